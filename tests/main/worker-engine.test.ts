/**
 * The import worker (issue 9): a draft read and extracted in a worker thread gives exactly what the in-process
 * engine gives; while it runs its progress can be asked; Cancel, the time budget and the memory budget each end it
 * with one sentence in our words; a library's own words go to the import log, never to the checker.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { serialiseJson } from '../../src/main/services/atomic-file'
import { dataCasePath } from '../../src/main/services/case-paths'
import { fingerprintOf } from '../../src/main/services/case-store'
import { caseByteParts, holdsItemKeys, isSentOnly, serialiseCaseBytes } from '../../src/main/services/case-text'
import { BASE_CHANGED } from '../../src/main/services/case-work'
import { casePatch } from '../../src/core/case/case-patch'
import { ITEMS_PER_PART } from '../../src/main/services/case-transfer'
import { inProcessEngine } from '../../src/main/services/draft-engine'
import { percentOf, type DraftWork } from '../../src/main/services/draft-work'
import { setImportLogSink } from '../../src/main/services/import-log'
import { IMPORT_BUDGET, workerEngine } from '../../src/main/services/worker-engine'
import { jsonChunks } from '../../src/main/web/json-answer'
import type { ImportProgress } from '../../src/shared/contract'
import { makeDocx } from '../fixtures/import/make-docx'
import { builtImportWorker } from '../helpers/import-worker'
import { longDraft } from '../helpers/long-draft'
import { tempDir } from '../helpers/temp-dir'

const MB = 1024 * 1024

/** The JSON browser mode's server sends for a value. */
const sent = (value: unknown): string => Buffer.concat(jsonChunks(value)).toString('utf8')
let entry: string

const upload = (fileName: string, bytes: Buffer): DraftWork & { kind: 'import' } => ({
  kind: 'import',
  file: { fileName, base64: bytes.toString('base64') },
  settings: {}
})

/** Asks for the job's progress every 20 ms until `enough` says so; answers every answer seen. */
async function watch(
  status: () => ImportProgress | null,
  enough: (seen: ImportProgress[]) => boolean
): Promise<ImportProgress[]> {
  const seen: ImportProgress[] = []
  for (let i = 0; i < 3000 && !enough(seen); i += 1) {
    const now = status()
    if (now) seen.push(now)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return seen
}

/** New-case work for a draft of 60 KB of newsroom prose (some 800 items), in a fresh data folder. */
const newCase = (caseId: string) => ({
  kind: 'new-case' as const,
  file: upload('harbour.txt', longDraft(60_000)).file,
  order: { dataDir: tempDir(), articlePath: null, caseId, now: '2024-03-14T10:00:00.000Z', settings: {} }
})

beforeAll(async () => {
  entry = await builtImportWorker()
})

describe('the import worker', () => {
  it('imports and extracts a draft exactly as the in-process engine does', async () => {
    const work = upload('harbour.txt', longDraft(20_000))
    const [inWorker, inProcess] = await Promise.all([workerEngine(entry).run(work), inProcessEngine().run(work)])
    expect(inWorker.ok && inProcess.ok).toBe(true)
    if (!inWorker.ok || !inProcess.ok) return
    expect(inWorker.value.imported?.hash).toBe(inProcess.value.imported?.hash)
    expect(inWorker.value.extraction.claims.length).toBeGreaterThan(0)
    expect(inWorker.value.extraction).toEqual(inProcess.value.extraction)
  })

  it('answers the first draft from a worker started before it was asked, as the in-process engine does', async () => {
    const engine = workerEngine(entry)
    engine.prepare()
    engine.prepare() // again, as a shell might: still one worker, and it answers
    const work = upload('harbour.txt', longDraft(20_000))
    const [inWorker, inProcess] = await Promise.all([engine.run(work), inProcessEngine().run(work)])
    if (!inWorker.ok || !inProcess.ok) throw new Error('expected both to import')
    expect(inWorker.value.extraction).toEqual(inProcess.value.extraction)
    // The worker is kept for the next draft as before.
    const again = await engine.run(work)
    expect(again.ok && again.value.imported?.hash).toBe(inProcess.value.imported?.hash)
  })

  it('holds a draft asked while the one begun at start-up runs, then answers it from that worker’s extraction', async () => {
    const [dataDir, articlePath] = [tempDir(), join(tempDir(), 'harbour.txt')]
    writeFileSync(articlePath, longDraft(40_000))
    const order = { dataDir, articlePath, caseId: 'case-0', now: '2024-03-14T10:00:00.000Z', settings: {} }
    const open = { kind: 'new-case' as const, file: { path: articlePath }, order }
    const made = await inProcessEngine().run(open)
    if (!made.ok || !made.value.prepared) throw new Error('expected a new case')
    writeFileSync(`${articlePath}.factdesk.json`, made.value.prepared.bytes)
    const engine = workerEngine(entry)
    engine.prepare({ kind: 'warm', file: { path: articlePath }, dataDir })
    const opening = engine.run(open, 'first-open')
    const phases = await watch(
      () => engine.status('first-open'),
      (seen) => seen.length > 0 && engine.status('first-open') === null
    )
    const opened = await opening
    if (!opened.ok) throw new Error('expected the draft to open')
    expect(opened.value.prepared).toBeNull()
    expect(opened.value.shown).toEqual(made.value.shown)
    expect(phases.map((p) => p.phase)).not.toContain('check-worthiness')
  })

  it('reads a draft for the hash of its text alone, as the import does, extracting nothing', async () => {
    const file = upload('harbour.txt', longDraft(20_000)).file
    const [read, imported] = await Promise.all([
      workerEngine(entry).run({ kind: 'read', file }),
      inProcessEngine().run({ kind: 'import', file, settings: {} })
    ])
    if (!read.ok || !imported.ok) throw new Error('expected both to read the draft')
    expect(read.value).toEqual({ fileName: 'harbour.txt', hash: imported.value.imported?.hash })
    expect(percentOf('read', 'parsing', 1)).toBe(100)
  })

  it('builds, checks and serialises a new case exactly as the in-process engine does, and sends it whole', async () => {
    const work = newCase('case-1')
    const { order } = work
    const engine = workerEngine(entry)
    const [inWorker, inProcess] = await Promise.all([engine.run(work), inProcessEngine().run(work)])
    if (!inWorker.ok || !inProcess.ok) throw new Error('expected both to import')
    const made = inWorker.value.prepared
    expect(made?.case.items.length).toBeGreaterThan(ITEMS_PER_PART) // more than one part crossed
    expect(made?.case).toEqual(inProcess.value.prepared?.case)
    expect(Buffer.from(made?.bytes ?? []).toString('utf8')).toBe(serialiseJson(made?.case))
    expect(inWorker.value.shown).toEqual(inProcess.value.shown)
    // Building the case is the last phase of such an import; an import without one ends with its extraction.
    expect([percentOf('new-case', 'consistency', 1), percentOf('new-case', 'case', 1)]).toEqual([70, 100])
    expect(percentOf('import', 'consistency', 1)).toBe(100)
    // An article that has its case already is not given a second one.
    const existing = dataCasePath(order.dataDir, 'harbour.txt', inWorker.value.imported.hash)
    mkdirSync(dirname(existing), { recursive: true })
    writeFileSync(existing, '{}')
    const again = await engine.run(work)
    expect(again.ok && again.value.prepared).toBeNull()
  })

  it('opens an existing case and revises it with a new draft exactly as in-process, each arriving with its bytes', async () => {
    const made = await inProcessEngine().run(newCase('case-2'))
    if (!made.ok || !made.value.prepared) throw new Error('expected a new case')
    const casePath = join(tempDir(), 'harbour.txt.factdesk.json')
    writeFileSync(casePath, made.value.prepared.bytes)
    const engine = workerEngine(entry)

    const open: DraftWork = { kind: 'open-case', casePath, extract: true }
    const [opened, openedHere] = await Promise.all([engine.run(open), inProcessEngine().run(open)])
    if (!opened.ok || !openedHere.ok) throw new Error('expected both to open the case')
    expect(opened.value.prepared.case.items.length).toBeGreaterThan(ITEMS_PER_PART) // more than one part crossed
    expect(opened.value.prepared.case).toEqual(made.value.prepared.case)
    expect(opened.value.fingerprint).toBe(fingerprintOf(readFileSync(casePath)))
    expect(opened.value.shown).toEqual(openedHere.value.shown)
    expect(opened.value.shown).toEqual(made.value.shown)
    // Its bytes came with it: answering or saving it serialises nothing on this thread. Compared as text of one
    // character a byte (latin1: exact, byte for byte): toEqual walks two Buffers element by element, 7 s for this
    // 1 MB case on a loaded machine, most of the test's 20 s budget.
    const latin1 = (bytes: Uint8Array) =>
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
    expect(caseByteParts(opened.value.prepared.case).map(latin1)).toEqual([latin1(readFileSync(casePath))])

    const newDraft = Buffer.concat([Buffer.from('A new first paragraph.\n\n'), longDraft(60_000)])
    const work = {
      kind: 'revise' as const,
      casePath,
      dryRun: true,
      case: opened.value.prepared.case,
      checked: false,
      base: null,
      file: upload('harbour v2.txt', newDraft).file,
      checker: 'Rosa',
      now: '2024-03-15T10:00:00.000Z'
    }
    const [revised, revisedHere] = await Promise.all([engine.run(work), inProcessEngine().run(work)])
    if (!revised.ok || !revisedHere.ok) throw new Error('expected both to revise the case')
    expect(revised.value.prepared.case).toEqual(revisedHere.value.prepared.case)
    expect(revised.value.prepared.case.drafts.map((draft) => draft.fileName)).toEqual(['harbour.txt', 'harbour v2.txt'])
    expect(revised.value.report).toEqual(revisedHere.value.report)
    expect(revised.value.shown).toEqual(revisedHere.value.shown)
    expect(revised.value.diskFingerprint).toBe(opened.value.fingerprint)
    expect(serialiseCaseBytes(revised.value.prepared.case).toString('utf8')).toBe(
      serialiseJson(revisedHere.value.prepared.case)
    )

    // What the app sends instead of the case: the file on disk, read in the worker, and the edits not saved yet.
    const onScreen = opened.value.prepared.case
    const edited = {
      ...onScreen,
      items: onScreen.items.map((item, n) => (n === 0 ? { ...item, status: 'verified' } : item))
    }
    const base = { fingerprint: opened.value.fingerprint, patch: casePatch(onScreen, edited) }
    const fromBase = await engine.run({ ...work, case: null, base })
    const fromEdited = await inProcessEngine().run({ ...work, case: edited })
    if (!fromBase.ok || !fromEdited.ok) throw new Error('expected both to revise the case')
    expect(fromBase.value.prepared.case).toEqual(fromEdited.value.prepared.case)
    expect(fromBase.value.prepared.case.items[0].status).toBe('verified')
    const moved = await engine.run({ ...work, case: null, base: { ...base, fingerprint: 'f'.repeat(64) } })
    expect(moved).toEqual({ ok: false, error: { code: 'conflict', message: BASE_CHANGED } })

    // A damaged case file and a case that does not check answer in our words, from the worker as in-process.
    writeFileSync(casePath, '{"schemaVersion": 1, "items": [')
    const damaged = await engine.run(open)
    expect(damaged.ok ? '' : damaged.error.code).toBe('case-invalid')
    const invalid = await engine.run({ ...work, case: { ...opened.value.prepared.case, items: [{ id: 7 }] } as never })
    expect(invalid.ok ? '' : invalid.error.message).toMatch(/^Not revised: the case is not valid/)
  })

  it('answers browser mode as JSON: what it only sends on arrives as bytes, the same JSON as in-process', async () => {
    const made = await inProcessEngine().run(newCase('case-3'))
    if (!made.ok || !made.value.prepared) throw new Error('expected a new case')
    const casePath = join(tempDir(), 'harbour.txt.factdesk.json')
    writeFileSync(casePath, made.value.prepared.bytes)
    const engine = workerEngine(entry, IMPORT_BUDGET, { json: true })

    // A new case is written and answered as its bytes, and patched by id: its items arrive as their ids alone.
    const fresh = await engine.run(newCase('case-3'))
    if (!fresh.ok || !fresh.value.prepared) throw new Error('expected a new case')
    const ids = made.value.prepared.case.items.map(({ id }) => ({ id }))
    expect(fresh.value.prepared.case.items).toEqual(ids)
    expect(holdsItemKeys(fresh.value.prepared.case)).toBe(true)
    expect(sent(fresh.value.prepared.case)).toBe(sent(made.value.prepared.case))

    // An opened case is kept by this thread (its saves patch it): its items arrive; its sentence scores as JSON.
    const open: DraftWork = { kind: 'open-case', casePath, extract: true }
    const [opened, openedHere] = await Promise.all([engine.run(open), inProcessEngine().run(open)])
    if (!opened.ok || !openedHere.ok || !opened.value.shown) throw new Error('expected both to open the case')
    expect(opened.value.prepared.case).toEqual(made.value.prepared.case)
    expect(opened.value.shown.sentences).toHaveLength(0)
    expect(sent(opened.value.shown)).toBe(sent(openedHere.value.shown))

    // A dry run's revised case is only answered: it arrives as its bytes, answered exactly as in-process.
    const work = {
      kind: 'revise' as const,
      casePath,
      dryRun: true,
      case: null,
      checked: false,
      base: {
        fingerprint: opened.value.fingerprint,
        patch: casePatch(opened.value.prepared.case, opened.value.prepared.case)
      },
      file: upload('harbour v2.txt', Buffer.concat([Buffer.from('A new first paragraph.\n\n'), longDraft(60_000)]))
        .file,
      checker: 'Rosa',
      now: '2024-03-15T10:00:00.000Z'
    }
    const [revised, revisedHere] = await Promise.all([engine.run(work), inProcessEngine().run(work)])
    if (!revised.ok || !revisedHere.ok) throw new Error('expected both to revise the case')
    expect(isSentOnly(revised.value.prepared.case)).toBe(true)
    expect(revised.value.prepared.case.items).toEqual([])
    expect(sent(revised.value.prepared.case)).toBe(sent(revisedHere.value.prepared.case))
    expect(sent(revised.value.shown)).toBe(sent(revisedHere.value.shown))
    expect(revised.value.report.summary).toEqual(revisedHere.value.report.summary)
    // Revised to be written (the CLI's revise), the case comes whole.
    const kept = await engine.run({ ...work, dryRun: false })
    if (!kept.ok) throw new Error('expected the case revised')
    expect(isSentOnly(kept.value.prepared.case)).toBe(false)
    expect(kept.value.prepared.case).toEqual(revisedHere.value.prepared.case)
  })

  it('tells its progress, phase by phase, while a long draft imports; Cancel ends it at once', async () => {
    const engine = workerEngine(entry)
    const running = engine.run(upload('long draft.txt', longDraft(MB)), 'job-progress-1')
    const seen = await watch(
      () => engine.status('job-progress-1'),
      // Quotes are found after the sentences are scored (only claims' claimants are read).
      (answers) => answers.some((answer) => answer.phase === 'quotes')
    )
    const phases = [...new Set(seen.map((answer) => answer.phase))]
    expect(phases).toContain('quotes')
    const percents = seen.map((answer) => answer.percent)
    expect(percents).toEqual([...percents].sort((a, b) => a - b)) // never goes backwards
    expect(percents.at(-1)).toBeGreaterThan(50)

    expect(engine.cancel('job-progress-1')).toBe(true)
    // Answered at once, before this thread's next turn: not once the worker's thread is gone (no clock involved).
    const nextTurn = new Promise((resolve) => setImmediate(() => resolve('not answered yet')))
    const result = await Promise.race([running, nextTurn])
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'import-cancelled',
        message: 'Cannot open "long draft.txt": the import was cancelled; nothing was changed.'
      }
    })
    expect(engine.status('job-progress-1')).toBeNull()
    expect(engine.cancel('job-progress-1')).toBe(false) // nothing left to cancel
    // The cancelled worker is gone; the next draft gets a fresh one, and the one after reuses it.
    const next = await engine.run(upload('next.txt', longDraft(5_000)))
    expect(next.ok && next.value.imported?.fileName).toBe('next.txt')
    const again = await engine.run(upload('again.txt', longDraft(5_000)))
    expect(again.ok && again.value.extraction).toEqual(next.ok && next.value.extraction)
  })

  it('stops a draft that takes longer than its time budget', async () => {
    const engine = workerEngine(entry, { seconds: 0.2, heapMb: 1024 })
    const result = await engine.run(upload('slow.txt', longDraft(2 * MB)))
    expect(result.ok ? 'ok' : result.error.code).toBe('import-too-slow')
    if (!result.ok)
      expect(result.error.message).toMatch(/^Cannot open "slow\.txt": reading it took longer than 0\.2 seconds/)
  })

  it('stops a draft that needs more memory than its budget', async () => {
    const engine = workerEngine(entry, { seconds: 120, heapMb: 16 })
    const result = await engine.run(upload('heavy.txt', longDraft(1.5 * MB)))
    expect(result.ok ? 'ok' : result.error.code).toBe('import-too-big')
    if (!result.ok) expect(result.error.message).toContain('needed more than 16 MB of memory')
  })

  it('answers a damaged Word file in our words; the library’s words reach the import log from the worker', async () => {
    const lines: string[] = []
    setImportLogSink((line) => lines.push(line))
    try {
      const docx = makeDocx([], { 'word/document.xml': '<w:document><w:body><w:p>&bogus;</w:p></w:body></w:document>' })
      const result = await workerEngine(entry).run(upload('entity.docx', Buffer.from(docx)))
      expect(result.ok ? 'ok' : result.error.code).toBe('corrupt-docx')
      if (!result.ok) expect(result.error.message).toMatch(/^Cannot open "entity\.docx": it is not a readable Word/)
      expect(lines.join('')).toMatch(/entity\.docx \(docx conversion\): /)
    } finally {
      setImportLogSink(null)
    }
  })
})
