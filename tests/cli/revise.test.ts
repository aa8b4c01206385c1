import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { parseReviseArgs, run } from '../../src/cli/commands/revise'
import { createCase } from '../../src/core/case/create-case'
import { extract } from '../../src/core/extract/extract'
import { writeCase } from '../../src/main/services/case-store'
import { importFile } from '../../src/main/services/file-import'
import { BASE, BRIDGES, TROOPS } from '../core/revisions/revision-pairs'

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

const markdown = (paragraphs: string[]): string => `# ${paragraphs[0]}\n\n${paragraphs.slice(1).join('\n\n')}\n`
const NEW_PARAGRAPH = 'The Treasury said £40m in emergency funding would reach councils by March.'
const V2 = [BASE[0], BASE[1].replace('5,000 troops would', '5,500 troops would'), BASE[2].replace(' “Every bridge north of Carlisle is closed.”', ''), NEW_PARAGRAPH, ...BASE.slice(3)]

async function folder(): Promise<{ dir: string; casePath: string; v2: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-revise-'))
  const v1 = join(dir, 'floods.md')
  const v2 = join(dir, 'floods-v2.md')
  writeFileSync(v1, markdown(BASE))
  writeFileSync(v2, markdown(V2))
  const imported = await importFile(v1)
  if (!imported.ok) throw new Error(imported.error.message)
  const { article, hash, fileName } = imported.value
  const caseFile = createCase({ article, extraction: extract(article), hash, fileName, articlePath: v1, now: '2024-06-11T09:00:00.000Z', caseId: 'c1' })
  const casePath = `${v1}.factdesk.json`
  const saved = await writeCase(casePath, caseFile, '')
  if (!saved.ok) throw new Error(saved.error.message)
  return { dir, casePath, v2 }
}

interface JsonReport {
  items: Array<{ id: string; outcome: string; score: number; before: { start: number; end: number; text: string }; after: { start: number; end: number; text: string } | null }>
  added: Array<{ id: string; start: number; end: number; text: string; score: number; type: string; reasons: string[]; facts: unknown[] }>
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
    expect(Object.keys(report.added[0])).toEqual(['id', 'start', 'end', 'text', 'score', 'type', 'reasons', 'facts'])
    const saved = JSON.parse(readFileSync(casePath, 'utf8')) as { currentDraftId: string; items: Array<{ history: Array<{ by: string }> }> }
    expect(saved.currentDraftId).toBe('d2')
    expect(saved.items[0].history.at(-1)!.by).toBe('Rosa')
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
    [[], /give the CASE file and the NEW_FILE draft \(got 0 files\)/],
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
    expect(parseReviseArgs(['--dry-run', 'c.factdesk.json', '--json', 'v2.md'])).toEqual({ casePath: 'c.factdesk.json', filePath: 'v2.md', json: true, dryRun: true, checker: null })
  })
})
