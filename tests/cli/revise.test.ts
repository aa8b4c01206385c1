import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { parseReviseArgs, run } from '../../src/cli/commands/revise'
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
  added: Array<{
    id: string
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
  test('--json lists each item with its outcome, before and after, and the new claims', async () => {
    const { casePath, v2 } = await folder()
    expect(await run([casePath, v2, '--json', '--checker', 'Rosa'])).toBe(0)
    expect(stderr).toEqual([])
    const report = JSON.parse(stdout) as JsonReport
    expect(Object.keys(report)).toEqual(['items', 'added'])
    const troops = report.items.find((i) => i.before.text === TROOPS)!
    expect(troops).toMatchObject({ outcome: 'changed', after: { text: TROOPS.replace('5,000', '5,500') } })
    expect(Object.keys(troops)).toEqual(['id', 'outcome', 'score', 'before', 'after'])
    expect(report.items.find((i) => i.before.text === BRIDGES)).toMatchObject({ outcome: 'removed', after: null })
    expect(report.added.map((c) => c.text)).toEqual([NEW_PARAGRAPH])
    expect(Object.keys(report.added[0])).toEqual([
      'id',
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
