import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { parseReviseArgs, run } from '../../src/cli/commands/revise'
import { lockPathFor } from '../../src/main/services/case-lock'
import { BASE, BRIDGES, TROOPS } from '../core/revisions/revision-pairs'
import { revisionFolder } from '../helpers/revision-folder'

let stdout: string
let stderr: string[]

beforeEach(() => {
  stdout = ''
  stderr = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  })
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void stderr.push(args.join(' ')))
  process.env.FACTDESK_DATA_DIR = mkdtempSync(join(tmpdir(), 'factdesk-cli-data-'))
})
afterEach(() => {
  vi.restoreAllMocks()
  delete process.env.FACTDESK_DATA_DIR
})

const NEW_PARAGRAPH = 'The Treasury said £40m in emergency funding would reach councils by March.'
const V2 = [
  BASE[0],
  BASE[1].replace('5,000 troops would', '5,500 troops would'),
  BASE[2].replace(' “Every bridge north of Carlisle is closed.”', ''),
  NEW_PARAGRAPH,
  ...BASE.slice(3)
]

const folder = () => revisionFolder(BASE, V2)

interface JsonReport {
  items: Array<{
    id: string
    outcome: string
    score: number
    before: { start: number; end: number; text: string }
    after: { start: number; end: number; text: string } | null
  }>
  draftId: string
  summary: { unchanged: number; changed: number; removed: number; added: number; sharedText: number }
  added: Array<{
    id: string
    kind: string
    start: number
    end: number
    text: string
    score: number
    type: string
    reasons: string[]
    facts: unknown[]
  }>
}

describe('factdesk revise', () => {
  test('a case saved by a newer Factdesk meanwhile is not revised over: exit 1, the file as it was', async () => {
    const { casePath, v2 } = await folder()
    const newer = JSON.stringify({ ...JSON.parse(readFileSync(casePath, 'utf8')), schemaVersion: 99, onlyThere: 1 })
    writeFileSync(casePath, newer)
    expect(await run([casePath, v2])).toBe(1)
    expect(stderr.join('\n')).toMatch(/newer Factdesk/)
    expect(readFileSync(casePath, 'utf8')).toBe(newer)
  })

  test('an empty lock left beside the case by a full disk earlier does not hold the revision up', async () => {
    const { casePath, v2 } = await folder()
    writeFileSync(lockPathFor(casePath), '')
    const earlier = (Date.now() - 1000) / 1000
    utimesSync(lockPathFor(casePath), earlier, earlier)
    expect(await run([casePath, v2])).toBe(0)
    expect((JSON.parse(readFileSync(casePath, 'utf8')) as { currentDraftId: string }).currentDraftId).toBe('d2')
  })

  test('--json lists each item with its outcome, before and after, and the new claims', async () => {
    const { casePath, v2 } = await folder()
    expect(await run([casePath, v2, '--json', '--checker', 'Rosa'])).toBe(0)
    expect(stderr).toEqual([])
    const report = JSON.parse(stdout) as JsonReport
    expect(Object.keys(report)).toEqual(['draftId', 'previousDraftId', 'fileName', 'summary', 'items', 'added'])
    expect(report.draftId).toBe('d2')
    const troops = report.items.find((i) => i.before.text === TROOPS)!
    expect(troops).toMatchObject({ outcome: 'changed', after: { text: TROOPS.replace('5,000', '5,500') } })
    expect(Object.keys(troops)).toEqual(['id', 'outcome', 'score', 'before', 'after'])
    expect(report.items.find((i) => i.before.text === BRIDGES)).toMatchObject({ outcome: 'removed', after: null })
    expect(report.added.map((c) => c.text)).toEqual([NEW_PARAGRAPH])
    expect(Object.keys(report.added[0])).toEqual([
      'id',
      'kind',
      'start',
      'end',
      'text',
      'score',
      'type',
      'reasons',
      'facts',
      'claimant'
    ])
    const saved = JSON.parse(readFileSync(casePath, 'utf8')) as {
      currentDraftId: string
      items: Array<{ id: string; history: Array<{ by: string; action: string }> }>
    }
    expect(saved.currentDraftId).toBe('d2')
    // The changed item's history names who imported the draft.
    const changed = saved.items.find((item) => item.id === troops.id)!
    expect(changed.history.at(-1)).toMatchObject({ action: 'revised', by: 'Rosa' })
    // The new claim is named by the id the case gave it, so a script can find it there.
    expect(saved.items.map((item) => item.id)).toContain(report.added[0].id)
    expect(report.summary.added).toBe(report.added.length)
  })

  // --json listed new claims only, under the engine's ids (c1…) that the case never uses, so a new quote went
  // unlisted and no new suggestion could be found in the case; the summary line's counts were not in it either.
  test('--json lists every new suggestion, quotes too, under the id the case gives it', async () => {
    const quoted = V2.map((paragraph) =>
      paragraph === NEW_PARAGRAPH
        ? `${NEW_PARAGRAPH} “Every council will get its share,” a Treasury minister said.`
        : paragraph
    )
    const { casePath, v2 } = await revisionFolder(BASE, quoted)
    expect(await run([casePath, v2, '--json'])).toBe(0)
    const report = JSON.parse(stdout) as JsonReport
    const saved = JSON.parse(readFileSync(casePath, 'utf8')) as {
      items: Array<{ id: string; kind: string; anchor: { start: number; end: number } }>
    }
    const quote = report.added.find((added) => added.kind === 'quote')
    expect(quote?.text).toBe('Every council will get its share,')
    expect(report.summary.added).toBe(report.added.length)
    for (const added of report.added) {
      const item = saved.items.find((candidate) => candidate.id === added.id)
      expect(item).toMatchObject({ kind: added.kind, anchor: { start: added.start, end: added.end } })
    }
  })

  test('without --json prints counts and the changed and removed items', async () => {
    const { casePath, v2 } = await folder()
    expect(await run([casePath, v2])).toBe(0)
    expect(stdout).toMatch(/\d+ unchanged, 1 changed \(need re-check\), 2 removed, 1 new suggested\./)
    expect(stdout).toContain('Changed:')
    expect(stdout).toContain('now "The Ministry of Defence said on Tuesday that 5,500 troops')
    expect(stdout).toContain('Removed:')
    expect(stdout).toContain(`Saved ${casePath}.`)
  })

  test('--dry-run reports and writes nothing', async () => {
    const { casePath, v2 } = await folder()
    const bytes = readFileSync(casePath, 'utf8')
    expect(await run([casePath, v2, '--dry-run'])).toBe(0)
    expect(stdout).toContain('Dry run: nothing was written.')
    expect(readFileSync(casePath, 'utf8')).toBe(bytes)
  })

  test('the same draft twice: exit 1, one line saying it is already the current draft', async () => {
    const { casePath, v2 } = await folder()
    expect(await run([casePath, v2])).toBe(0)
    stdout = ''
    expect(await run([casePath, v2])).toBe(1)
    expect(stderr).toHaveLength(1)
    expect(stderr[0]).toMatch(/^factdesk revise: floods-v2\.md is already the current draft \(d2\)/)
  })

  test.each([
    [[], /give the CASE file \(or its article\) and the NEW_FILE draft \(got 0 files\)/],
    [['only-one.factdesk.json'], /\(got 1 file\);/],
    [['a', 'b', '--frobnicate'], /unknown option --frobnicate/],
    [['a', 'b', '--checker'], /--checker needs a name/]
  ])('bad arguments %j: exit 1 and one clear line', async (args, message) => {
    expect(await run(args)).toBe(1)
    expect(stderr).toHaveLength(1)
    expect(stderr[0]).toMatch(message)
    expect(stdout).toBe('')
  })

  test('a missing new draft: exit 1 naming the file', async () => {
    const { dir, casePath } = await folder()
    expect(await run([casePath, join(dir, 'missing.docx')])).toBe(1)
    expect(stderr).toHaveLength(1)
    expect(stderr[0]).toContain('missing.docx')
  })

  test('parses flags in any order', () => {
    expect(parseReviseArgs(['--dry-run', 'c.factdesk.json', '--json', 'v2.md'])).toEqual({
      caseOrArticle: 'c.factdesk.json',
      caseGiven: false,
      filePath: 'v2.md',
      json: true,
      dryRun: true,
      checker: null
    })
    expect(parseReviseArgs(['--case', 'c.factdesk.json', 'v2.md'])).toMatchObject({
      caseOrArticle: 'c.factdesk.json',
      caseGiven: true,
      filePath: 'v2.md'
    })
  })
})
