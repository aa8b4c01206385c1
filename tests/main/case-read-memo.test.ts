/**
 * Opening a case the import worker read lately (a reload of the page, coming back to a case): the same bytes on disk
 * are answered from what that read gave, not parsed, checked and serialised again (case-read-memo.ts). What the
 * checker must never see is an older case than the file: any change to the file since, by this app or anyone else,
 * even one that keeps its size and modification time, is read afresh, and a damaged file is said to be damaged.
 */
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { serialiseJson } from '../../src/main/services/atomic-file'
import { forgetReadCases } from '../../src/main/services/case-read-memo'
import { fingerprintOf, writeCase } from '../../src/main/services/case-store'
import { serialiseCaseBytes } from '../../src/main/services/case-text'
import { inProcessEngine } from '../../src/main/services/draft-engine'
import type { DraftWork } from '../../src/main/services/draft-work'
import { workerEngine } from '../../src/main/services/worker-engine'
import type { CaseFile } from '../../src/shared/case'
import { caseFile, claim, draft, paragraphs } from '../helpers/builders'
import { builtImportWorker } from '../helpers/import-worker'
import { tempDir } from '../helpers/temp-dir'
import { FEES } from './harbour-case'

/**
 * A case file of some 40 KB, as a real one is: past Node's 4 KB pool for small buffers, so its bytes have memory of
 * their own and an answer moves them to the other thread rather than copying them.
 */
async function savedHarbourCase(): Promise<string> {
  const filler = Array.from({ length: 150 }, (_, n) => `The ferry ran ${n + 1} crossings in week ${n + 1}.`)
  const article = paragraphs(FEES, ...filler)
  const built = caseFile([draft(article, { fileName: 'harbour.txt' })], {
    items: [claim(article, FEES, { score: 0.8 })]
  })
  const path = join(tempDir(), 'harbour.txt.factdesk.json')
  const saved = await writeCase(path, built, '')
  if (!saved.ok) throw new Error(saved.error.message)
  expect(statSync(path).size).toBeGreaterThan(16_000)
  return path
}

const openWork = (casePath: string): DraftWork & { kind: 'open-case' } => ({
  kind: 'open-case',
  casePath,
  extract: false
})

/** Opens the case as the app does (the engine's read), answering the case, its bytes as text and the fingerprint. */
async function open(engine: ReturnType<typeof inProcessEngine>, casePath: string) {
  const read = await engine.run(openWork(casePath))
  if (!read.ok) throw new Error(read.error.message)
  const { prepared, fingerprint } = read.value
  const bytes = Buffer.from(prepared.bytes.buffer, prepared.bytes.byteOffset, prepared.bytes.byteLength)
  return { case: prepared.case, text: bytes.toString('utf8'), bytes: prepared.bytes, fingerprint }
}

/** Another program's edit: the item's score, same length, the file's size and modification time kept. */
function editBehindTheAppsBack(casePath: string, from: string, to: string): void {
  const before = statSync(casePath)
  const text = readFileSync(casePath, 'utf8')
  expect(text).toContain(from)
  writeFileSync(casePath, text.replace(from, to))
  utimesSync(casePath, before.atime, before.mtime)
  expect(statSync(casePath).size).toBe(before.size)
}

beforeEach(() => forgetReadCases())

describe('reopening a case read lately', () => {
  it('answers the same case and bytes as a first read, without reading them again', async () => {
    const casePath = await savedHarbourCase()
    const engine = inProcessEngine()
    const first = await open(engine, casePath)
    const again = await open(engine, casePath)
    expect(again.case).toBe(first.case) // what the first read gave: not parsed or checked again
    expect(again.fingerprint).toBe(fingerprintOf(readFileSync(casePath)))
    expect(again.text).toBe(serialiseCaseBytes(first.case).toString('utf8'))
    // Each answer has bytes of its own: one moved to another thread (as the worker's answer is) empties no other.
    structuredClone(again.bytes, { transfer: [again.bytes.buffer as ArrayBuffer] })
    expect((await open(engine, casePath)).text).toBe(first.text)
  })

  it('reads a file changed behind its back afresh, even with its size and modification time unchanged', async () => {
    const casePath = await savedHarbourCase()
    const engine = inProcessEngine()
    expect((await open(engine, casePath)).case.items[0].score).toBe(0.8)
    editBehindTheAppsBack(casePath, '"score": 0.8', '"score": 0.6')
    const changed = await open(engine, casePath)
    expect(changed.case.items[0].score).toBe(0.6)
    expect(changed.fingerprint).toBe(fingerprintOf(readFileSync(casePath)))
    // Put back byte for byte (a sync tool restoring it): that version, and its own fingerprint.
    editBehindTheAppsBack(casePath, '"score": 0.6', '"score": 0.8')
    expect((await open(engine, casePath)).case.items[0].score).toBe(0.8)
  })

  it('loses nothing: the app’s own save and another program’s edit after it are both in the next open', async () => {
    const casePath = await savedHarbourCase()
    const engine = inProcessEngine()
    const first = await open(engine, casePath)
    const checked: CaseFile = { ...first.case, items: [{ ...first.case.items[0], status: 'accurate' }] }
    const saved = await writeCase(casePath, checked, first.fingerprint)
    if (!saved.ok) throw new Error(saved.error.message)
    const afterSave = await open(engine, casePath)
    expect(afterSave.case.items[0].status).toBe('accurate')
    expect(afterSave.fingerprint).toBe(saved.value.fingerprint)
    // Another program rewrites the file its own way (compact JSON, a verdict note added): read as it is now.
    const outside = JSON.parse(readFileSync(casePath, 'utf8')) as CaseFile
    outside.items[0] = { ...outside.items[0], verdictNote: 'Checked with the port authority.' }
    writeFileSync(casePath, JSON.stringify(outside))
    const afterOutside = await open(engine, casePath)
    expect(afterOutside.case.items[0]).toMatchObject({
      status: 'accurate',
      verdictNote: 'Checked with the port authority.'
    })
    // Its bytes are the case as the app writes it, not the other program's spelling of it.
    expect(afterOutside.text).toBe(serialiseJson(afterOutside.case))
  })

  it('says a file damaged since it was read is damaged', async () => {
    const casePath = await savedHarbourCase()
    const engine = inProcessEngine()
    await open(engine, casePath)
    writeFileSync(casePath, readFileSync(casePath, 'utf8').slice(0, 200))
    const read = await engine.run(openWork(casePath))
    expect(read.ok ? 'opened' : read.error.code).toBe('case-invalid')
  })

  it('in the import worker, whose answers move their bytes: a reopen has them whole, a change is read', async () => {
    const engine = workerEngine(await builtImportWorker())
    const casePath = await savedHarbourCase()
    const whole = readFileSync(casePath, 'utf8')
    const read = async () => {
      const done = await engine.run(openWork(casePath))
      if (!done.ok) throw new Error(done.error.message)
      return done.value.prepared
    }
    const first = await read()
    const again = await read()
    expect(again.case).toEqual(first.case)
    expect(Buffer.from(again.bytes).toString('utf8')).toBe(whole)
    editBehindTheAppsBack(casePath, '"score": 0.8', '"score": 0.6')
    const changed = await read()
    expect(changed.case.items[0].score).toBe(0.6)
    expect(Buffer.from(changed.bytes).toString('utf8')).toBe(whole.replace('"score": 0.8', '"score": 0.6'))
  })
})

describe('the case of the draft named on the command line, begun as the app starts', () => {
  /** The draft beside its case, as `factdesk serve harbour.txt` finds them; warmed as the shells warm it. */
  async function warmed(): Promise<{ casePath: string; engine: ReturnType<typeof inProcessEngine> }> {
    const casePath = await savedHarbourCase()
    const articlePath = casePath.replace(/\.factdesk\.json$/, '')
    const caseFile = JSON.parse(readFileSync(casePath, 'utf8')) as CaseFile
    writeFileSync(articlePath, caseFile.drafts[0].article.text)
    const engine = inProcessEngine()
    const warm = await engine.run({ kind: 'warm', file: { path: articlePath }, dataDir: tempDir() })
    if (!warm.ok) throw new Error(warm.error.message)
    return { casePath, engine }
  }

  it('is read then: the window’s open finds it read, the same case a fresh read gives', async () => {
    const { casePath, engine } = await warmed()
    const parse = vi.spyOn(JSON, 'parse')
    const opened = await open(engine, casePath)
    const parsedWhole = parse.mock.calls.filter(([text]) => text.length >= statSync(casePath).size)
    parse.mockRestore()
    expect(parsedWhole).toHaveLength(0) // read at the start, not at the open
    forgetReadCases()
    const fresh = await open(engine, casePath)
    expect(fresh.case).not.toBe(opened.case)
    expect(fresh.case).toEqual(opened.case)
    expect(fresh.text).toBe(opened.text)
  })

  it('changed on disk between the start and the open: the open shows the file as it is now', async () => {
    const { casePath, engine } = await warmed()
    editBehindTheAppsBack(casePath, '"score": 0.8', '"score": 0.6')
    expect((await open(engine, casePath)).case.items[0].score).toBe(0.6)
  })
})

beforeAll(async () => {
  await builtImportWorker()
})
