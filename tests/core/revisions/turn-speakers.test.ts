/**
 * A corrected transcript that gives a line to another speaker: the labels are not in the text, so the
 * words (and the text's hash) are the same. It used to be refused as "already the current draft; nothing
 * changed", leaving a claim verified as one candidate's when the transcript now says the other said it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extract } from '../../../src/core/extract/extract'
import { parseArticle } from '../../../src/core/import/index'
import { renderHtml } from '../../../src/core/report/html/document'
import { renderMarkdown } from '../../../src/core/report/markdown/document'
import { changesSincePreviousDraft } from '../../../src/core/revisions/changes-since'
import { reviseCase } from '../../../src/core/revisions/revise-case'
import { reportText, speakerSummary } from '../../../src/core/revisions/revision-report'
import { recordedSpeakerChange } from '../../../src/core/revisions/turn-speakers'
import { NEEDS_RECHECK_STATUS, type CaseFile, type Item } from '../../../src/shared/case'
import { engineCase, itemStarting, sha256 } from '../../helpers/builders'

const DEBATE = readFileSync(join(__dirname, '../../fixtures/transcripts/harbour-debate.txt'), 'utf8')
const NOW = '2025-03-13T09:00:00.000Z'

function parse(text: string) {
  const parsed = parseArticle('harbour-debate.txt', new TextEncoder().encode(text))
  if (!parsed.ok) throw new Error(parsed.error.message)
  return parsed.value
}

/** The debate with "The council spent …" verified (Lindqvist's) and "The ferry carried …" left unchecked. */
function checkedCase(): CaseFile {
  const article = parse(DEBATE)
  const c = engineCase(article, extract(article), { fileName: 'harbour-debate.txt' })
  const spent = itemStarting(c, 'The council spent').id
  return {
    ...c,
    items: c.items.map((it): Item => (it.id === spent ? { ...it, state: 'accepted', status: 'verified' } : it))
  }
}

function revise(c: CaseFile, text: string) {
  const article = parse(text)
  return reviseCase(c, {
    article,
    hash: sha256(article.text),
    fileName: 'harbour-debate-v2.txt',
    extraction: extract(article),
    checker: 'Rosa',
    now: NOW
  })
}

describe('a transcript whose new version gives a turn to another speaker', () => {
  const reattributed = DEBATE.replace('LINDQVIST: The council spent', 'OKAFOR: The council spent')

  it('has the same text, and is still taken as a new draft', () => {
    expect(parse(reattributed).text).toBe(parse(DEBATE).text)
    const result = revise(checkedCase(), reattributed)
    expect(result.ok).toBe(true)
  })

  it('sends the verified claim back for re-checking, claimed by the new speaker, and lists it as changed', () => {
    const before = checkedCase()
    const result = revise(before, reattributed)
    if (!result.ok) throw new Error(result.error.message)
    const { case: after, report } = result.value
    const spent = itemStarting(after, 'The council spent')
    expect(itemStarting(before, 'The council spent').claimant?.name).toBe('LINDQVIST')
    expect(spent.claimant?.name).toBe('OKAFOR')
    expect(spent.status).toBe(NEEDS_RECHECK_STATUS)
    expect(spent.history.at(-1)).toMatchObject({ action: 'claimant', from: 'LINDQVIST', to: 'OKAFOR', by: 'Rosa' })
    expect(recordedSpeakerChange(spent, after.currentDraftId)).toEqual({ from: 'LINDQVIST', to: 'OKAFOR' })
    expect(report.items.find((r) => r.id === spent.id)?.outcome).toBe('changed')
    // The turn's other claim changed speaker too; nobody had checked it, so it stays Unchecked.
    const library = itemStarting(after, 'That is more than')
    expect(library.claimant?.name).toBe('OKAFOR')
    expect(library.status).toBe('unchecked')
    // The import's preview says what the changes view will: the speaker changed, the wording did not.
    expect(report.summary).toMatchObject({ changed: 0, speakerChanged: 2, speakerChanges: ['LINDQVIST → OKAFOR'] })
    expect(speakerSummary(report.summary)).toBe('2 with a new speaker: LINDQVIST → OKAFOR')
    // One item reads as naturally ("1 speaker changed" / "2 speaker changed" read as a typo either way).
    expect(speakerSummary({ ...report.summary, speakerChanged: 1 })).toBe('1 with a new speaker: LINDQVIST → OKAFOR')
    expect(reportText(report)).toContain('0 changed, 2 with a new speaker: LINDQVIST → OKAFOR (need re-check)')
    expect(changesSincePreviousDraft(after).entries.map((e) => e.item.id)).toEqual([spent.id, library.id])
    // Okafor's earlier turn is untouched.
    expect(itemStarting(after, 'The ferry carried').history.some((h) => h.action === 'claimant')).toBe(false)
  })

  it('says so in the report: "Speaker changed", not "Wording changed" over identical words', () => {
    const result = revise(checkedCase(), reattributed)
    if (!result.ok) throw new Error(result.error.message)
    const markdown = renderMarkdown(result.value.case, { now: new Date(NOW) })
    expect(markdown).toMatch(/\] Speaker changed: LINDQVIST → OKAFOR \(Needs re-check\): The council spent/)
    expect(markdown).not.toContain('Wording changed')
    expect(renderHtml(result.value.case, { now: new Date(NOW) })).toContain('Speaker changed: LINDQVIST → OKAFOR')
  })

  it('keeps a claimant the checker named by hand, but still asks for a re-check', () => {
    const c = checkedCase()
    const spent = itemStarting(c, 'The council spent').id
    const named: CaseFile = {
      ...c,
      items: c.items.map((it) =>
        it.id === spent && it.claimant ? { ...it, claimant: { ...it.claimant, name: 'Tomas Lindqvist' } } : it
      )
    }
    const result = revise(named, reattributed)
    if (!result.ok) throw new Error(result.error.message)
    const after = itemStarting(result.value.case, 'The council spent')
    expect(after.claimant?.name).toBe('Tomas Lindqvist')
    expect(after.status).toBe(NEEDS_RECHECK_STATUS)
    expect(recordedSpeakerChange(after, result.value.case.currentDraftId)).toBeNull()
  })

  it('still refuses the very same transcript', () => {
    const result = revise(checkedCase(), DEBATE)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('already-current')
  })
})

describe('captions re-timed: the same words and speakers at other times', () => {
  const VTT = readFileSync(join(__dirname, '../../fixtures/transcripts/harbour-debate.vtt'), 'utf8')
  const parseVtt = (text: string) => {
    const parsed = parseArticle('harbour-debate.vtt', new TextEncoder().encode(text))
    if (!parsed.ok) throw new Error(parsed.error.message)
    return parsed.value
  }
  // Every cue 62 seconds later, as when a recording gains a minute of titles at its start.
  const later = VTT.replace(
    /00:00:(\d\d)\.(\d{3})/g,
    (_, s: string, ms: string) => `00:01:${String(Number(s) + 2).padStart(2, '0')}.${ms}`
  )

  // It was refused as "already the current draft; nothing changed", and the workspace kept the old times.
  it('is a new draft whose turns carry the new times; nothing is sent back for re-checking', () => {
    const first = parseVtt(VTT)
    const c = engineCase(first, extract(first), { fileName: 'harbour-debate.vtt' })
    const verified = { ...c, items: c.items.map((it): Item => ({ ...it, state: 'accepted', status: 'verified' })) }
    const article = parseVtt(later)
    expect(sha256(article.text)).toBe(sha256(first.text))
    const result = reviseCase(verified, {
      article,
      hash: sha256(article.text),
      fileName: 'harbour-debate-synced.vtt',
      extraction: extract(article),
      checker: 'Rosa',
      now: NOW
    })
    if (!result.ok) throw new Error(result.error.message)
    const revised = result.value.case
    const draft = revised.drafts.find((d) => d.id === revised.currentDraftId)!
    expect(draft.article.blocks.find((b) => b.speaker === 'Amara Okafor')?.time).toEqual({ start: 67, end: 72 })
    expect(revised.items.every((it) => it.status === 'verified')).toBe(true)
    expect(renderHtml(revised, { now: new Date(NOW) })).toContain('turns have new caption times')
    expect(renderMarkdown(revised, { now: new Date(NOW) })).toMatch(
      /In the text: no words changed; \d+ turns have new caption times\./
    )
    // The very same captions are still the same draft.
    const again = reviseCase(verified, {
      article: first,
      hash: sha256(first.text),
      fileName: 'harbour-debate.vtt',
      extraction: extract(first),
      checker: 'Rosa',
      now: NOW
    })
    expect(again.ok ? 'ok' : again.error.code).toBe('already-current')
  })
})
