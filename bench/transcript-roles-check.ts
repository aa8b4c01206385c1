/**
 * How well speaker roles are read on ClaimBuster's own debate transcripts (the training side, not
 * an evaluation set): every speaker of each of the 33 transcripts is imported as a .txt draft, and
 * a speaker is a candidate when crowdsourced.csv lists their surname for that debate (its rows are
 * candidates' sentences only). A candidate read as anything but a participant, or anyone else
 * (moderator, panelist, questioner from the floor) read as a participant, is wrong.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { csvRecords } from './checkworthiness-eval'
import { parseArticle } from '../src/core/import/index'

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []

export function rolesOnClaimBuster(debates: string, crowdsourced: string): string[] {
  if (!existsSync(debates) || !existsSync(crowdsourced)) return [`Role check skipped: ${debates} not found.`, '']
  const candidates = new Map<string, Set<string>>()
  for (const row of csvRecords(readFileSync(crowdsourced, 'utf8'))) {
    const surnames = candidates.get(row.File_id) ?? new Set<string>()
    surnames.add(words(row.Speaker).at(-1) ?? '')
    // "THE PRESIDENT" labels a sitting president who is a candidate.
    if (/president/i.test(row.Speaker_title) && !/vice/i.test(row.Speaker_title)) surnames.add('president')
    candidates.set(row.File_id, surnames)
  }
  let speakers = 0
  let named = 0
  const wrong: string[] = []
  for (const file of readdirSync(debates).sort()) {
    const parsed = parseArticle(file, new TextEncoder().encode(readFileSync(join(debates, file), 'utf8')))
    if (!parsed.ok) continue
    const roles = new Map<string, string>()
    for (const block of parsed.value.blocks)
      if (block.kind === 'turn' && block.speaker && !roles.has(block.speaker)) {
        roles.set(block.speaker, block.role ?? 'participant')
        if (block.speakerName) named++
      }
    const surnames = candidates.get(file) ?? new Set<string>()
    for (const [speaker, role] of roles) {
      speakers++
      const candidate = words(speaker).some((word) => surnames.has(word))
      if (candidate !== (role === 'participant')) wrong.push(`${file} ${speaker} (${role})`)
    }
  }
  return [
    '### Speaker roles on ClaimBuster debate transcripts',
    '',
    `${speakers} speakers in ${readdirSync(debates).length} transcripts; ${wrong.length} read in the wrong role` +
      `${wrong.length > 0 ? ` (${wrong.join('; ')})` : ''}; ${named} given a full name from the header.`,
    ''
  ]
}
