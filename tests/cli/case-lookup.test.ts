/**
 * One case per article everywhere: an article uploaded in browser mode has its case in the data
 * folder (the browser hands over bytes, never a path), and `factdesk report` and `factdesk revise`
 * given that article on disk find that very case by the article's text, say which file they used,
 * and never report "0 of N resolved" beside a case full of work. `--case` names a case outright.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { run as init } from '../../src/cli/commands/init'
import { run as report } from '../../src/cli/commands/report'
import { run as revise } from '../../src/cli/commands/revise'
import { setStatus } from '../../src/core/case/ops-status'
import { readCase, writeCase } from '../../src/main/services/case-store'
import { openInput } from '../../src/main/services/sessions'
import { BASE } from '../core/revisions/revision-pairs'
import { markdown } from '../helpers/revision-folder'

let stdout: string
let stderr: string[]
let dataDir: string

beforeEach(() => {
  stdout = ''
  stderr = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  })
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void stderr.push(args.join(' ')))
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
  dataDir = mkdtempSync(join(tmpdir(), 'factdesk-lookup-data-'))
  process.env.FACTDESK_DATA_DIR = dataDir
})
afterEach(() => {
  vi.restoreAllMocks()
  delete process.env.FACTDESK_DATA_DIR
})

/** The article uploaded through File › Open in browser mode, then two of its claims verified there. */
async function browserCase(text: string): Promise<{ casePath: string; caseId: string; verified: string[] }> {
  const opened = await openInput({ dataDir }, { fileName: 'floods.md', base64: Buffer.from(text).toString('base64') })
  if (!('session' in opened)) throw new Error('the upload did not open')
  const { casePath } = opened.session
  expect(casePath.startsWith(join(dataDir, 'cases'))).toBe(true)
  const loaded = await readCase(casePath)
  if (!loaded.ok) throw new Error(loaded.error.message)
  let caseFile = loaded.value.case
  const claims = caseFile.items
    .filter((item) => item.kind === 'claim')
    .slice(0, 2)
    .map((item) => item.id)
  for (const id of claims) {
    const next = setStatus(caseFile, id, 'verified', { by: 'Ana', at: '2024-05-14T10:00:00.000Z' })
    if (!next.ok) throw new Error(next.error.message)
    caseFile = next.value
  }
  const saved = await writeCase(casePath, caseFile, loaded.value.fingerprint)
  if (!saved.ok) throw new Error(saved.error.message)
  return { casePath, caseId: caseFile.id, verified: claims }
}

/** The same article saved somewhere on disk, under any name, with no case beside it. */
function onDisk(text: string, name = 'floods.md'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'factdesk-lookup-article-')), name)
  writeFileSync(path, text)
  return path
}

describe('the CLI finds the case the app made for an uploaded article', () => {
  const text = markdown(BASE)

  test('report: the browser-mode case, found by the article text, with its work; stderr names the case file', async () => {
    const { casePath, caseId, verified } = await browserCase(text)
    expect(await report([onDisk(text), '--format', 'json'])).toBe(0)
    const json = JSON.parse(stdout) as {
      case: { id: string }
      summary: { items: Array<{ id: string; status: string }> }
    }
    expect(json.case.id).toBe(caseId)
    expect(
      json.summary.items
        .filter((item) => item.status === 'verified')
        .map((item) => item.id)
        .sort()
    ).toEqual([...verified].sort())
    expect(stderr).toEqual([
      `factdesk report: using the case found by the article's text in the data folder: ${casePath}`
    ])
  })

  test('report: found even when the file on disk has another name', async () => {
    const { casePath } = await browserCase(text)
    expect(await report([onDisk(text, 'floods (1).md'), '--format', 'md'])).toBe(0)
    expect(stderr.join('\n')).toContain(casePath)
    expect(stdout).toContain('2 of ')
  })

  test('report: an article with no case anywhere says so, and reports the suggestions', async () => {
    expect(await report([onDisk(text), '--format', 'md'])).toBe(0)
    expect(stderr).toHaveLength(1)
    expect(stderr[0]).toMatch(/no case found for .*floods\.md .*all Unchecked/)
    expect(stdout).toContain('0 of ')
  })

  test('revise: the article names its case; the new draft goes into the browser-mode case', async () => {
    const { casePath } = await browserCase(text)
    const v2 = onDisk(
      markdown([...BASE, 'The Treasury said £40m in emergency funding would reach councils by March.']),
      'floods-v2.md'
    )
    expect(await revise([onDisk(text), v2, '--json', '--checker', 'Ana'])).toBe(0)
    expect(stderr).toEqual([
      `factdesk revise: using the case found by the article's text in the data folder: ${casePath}`
    ])
    const saved = JSON.parse(readFileSync(casePath, 'utf8')) as { drafts: Array<{ fileName: string }> }
    expect(saved.drafts.map((draft) => draft.fileName)).toEqual(['floods.md', 'floods-v2.md'])
  })

  test('revise: an article with no case is refused with what to do', async () => {
    const v2 = onDisk(text, 'v2.md')
    expect(await revise([onDisk(text), v2])).toBe(1)
    expect(stderr).toHaveLength(1)
    expect(stderr[0]).toMatch(/no case found for .*run factdesk init/)
  })

  test("--case chooses the case, and a draft that is not the case's current one is pointed out", async () => {
    const { casePath, caseId } = await browserCase(text)
    const other = onDisk(markdown([...BASE.slice(0, 2), 'An unrelated closing line.']))
    expect(await report([other, '--case', casePath, '--format', 'json'])).toBe(0)
    expect((JSON.parse(stdout) as { case: { id: string } }).case.id).toBe(caseId)
    expect(stderr[0]).toBe(`factdesk report: using the case given with --case: ${casePath}`)
    expect(stderr[1]).toMatch(/differs from the case's current draft; to bring it in, run: factdesk revise /)
  })
})

describe('a later draft finds the case it was revised into', () => {
  // After `revise floods.md floods-v2.md` the case stays floods.md.factdesk.json: `report floods-v2.md` said "no case
  // found" and reported every item Unchecked, and `init floods-v2.md` started a second case, a fork of the check.
  const V2 = [BASE[0], BASE[1].replace('5,000 troops would', '5,500 troops would'), ...BASE.slice(2)]

  async function revised(): Promise<{ dir: string; casePath: string; v2: string }> {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-later-draft-'))
    const v1 = join(dir, 'floods.md')
    const v2 = join(dir, 'floods-v2.md')
    writeFileSync(v1, markdown(BASE))
    writeFileSync(v2, markdown(V2))
    expect(await init([v1])).toBe(0)
    const casePath = `${v1}.factdesk.json`
    const loaded = await readCase(casePath)
    if (!loaded.ok) throw new Error(loaded.error.message)
    const claim = loaded.value.case.items.find((item) => item.kind === 'claim')!
    const worked = setStatus(loaded.value.case, claim.id, 'verified', { by: 'Ines', at: '2026-01-01T00:00:00.000Z' })
    if (!worked.ok) throw new Error(worked.error.message)
    expect((await writeCase(casePath, worked.value, loaded.value.fingerprint)).ok).toBe(true)
    expect(await revise([v1, v2, '--checker', 'Ines'])).toBe(0)
    stdout = ''
    stderr = []
    return { dir, casePath, v2 }
  }

  test('report on the new draft uses that case, with its work, and says so', async () => {
    const { casePath, v2 } = await revised()
    expect(await report([v2, '--format', 'md'])).toBe(0)
    expect(stderr).toEqual([`factdesk report: using the case whose current draft is this article: ${casePath}`])
    expect(stdout).toContain('draft 2 of 2')
    expect(stdout).toMatch(/Verified/)
  })

  test('init on the new draft refreshes that case and makes no second one', async () => {
    const { dir, casePath, v2 } = await revised()
    expect(await init([v2])).toBe(0)
    expect(stderr[0]).toBe(`factdesk init: using the case whose current draft is this article: ${casePath}`)
    expect(readdirSync(dir).filter((name) => name.endsWith('.factdesk.json'))).toEqual(['floods.md.factdesk.json'])
  })

  test('the app opening the new draft by its path opens that case, with its work, and makes no second one', async () => {
    const { dir, casePath, v2 } = await revised()
    const opened = await openInput({ dataDir }, { path: v2 })
    if (!('session' in opened)) throw new Error('the new draft did not open')
    expect(opened.session.casePath).toBe(casePath)
    expect(opened.session.notice).toBe('Opened floods.md.factdesk.json: floods-v2.md is its current draft.')
    expect(opened.session.case.items.some((item) => item.status === 'verified')).toBe(true)
    expect(readdirSync(dir).filter((name) => name.endsWith('.factdesk.json'))).toEqual(['floods.md.factdesk.json'])
    const dataCases = join(dataDir, 'cases')
    expect(existsSync(dataCases) ? readdirSync(dataCases) : []).toEqual([])
  })

  test('two cases holding the draft (a copy beside it): none is picked, and the line says how to pick', async () => {
    const { casePath, v2 } = await revised()
    copyFileSync(casePath, casePath.replace('.factdesk.json', ' (copy 1).factdesk.json'))
    expect(await report([v2, '--format', 'md'])).toBe(1)
    expect(stderr).toHaveLength(1)
    expect(stderr[0]).toMatch(
      /^factdesk report: 2 cases beside .* have it as their current draft \(.*\); name one with --case\.$/
    )
    expect(stdout).toBe('')
  })
})
