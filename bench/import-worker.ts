/**
 * Issue 9's import worker, in figures: what a worker thread costs on a normal article (import and extraction in the
 * worker vs on the calling thread), how fast browser mode answers status saves of the open case while a draft at the
 * size limit imports — one every 150 ms while the worker reads, extracts and builds the case, back to back from the
 * moment it has finished (the case received, written and answered on the server's thread) to the answer —, the
 * longest the server's thread was busy in one go meanwhile, and what opening that draft costs end to end: upload to
 * the answer, the answer's size, parsing it as the page does, the CPU the process spent, its peak memory up to the
 * answer (server, worker and the answer received; before the page's parse, which happens in another process in real
 * use), and the new case's first status save. The page's drawing of the case is not here (Chromium; README, "Size
 * limit").
 *
 *   npx esbuild bench/import-worker.ts --bundle --platform=node --format=esm --packages=external --target=node20 \
 *     --outfile=out/bench/import-worker.mjs && node --expose-gc out/bench/import-worker.mjs
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { build } from 'esbuild'
import type { CaseFile } from '../src/shared/case'
import type { ImportProgress, SaveResult, Session } from '../src/shared/contract'
import type { Result } from '../src/shared/result'
import { casePatch } from '../src/core/case/case-patch'
import { MAX_IMPORT_BYTES } from '../src/core/import/errors'
import { inProcessEngine } from '../src/main/services/draft-engine'
import type { DraftWork } from '../src/main/services/draft-work'
import { workerEngine } from '../src/main/services/worker-engine'
import { AnswerParts } from '../src/main/electron/answer-parts'
import { isPartedAnswer } from '../src/shared/contract'
import { startWebServer } from '../src/main/web/server'
import { postFromAnotherThread } from '../tests/helpers/another-thread'

const ENTRY = resolve('out/bench/import-worker-entry.mjs')
await build({
  entryPoints: ['src/main/services/import-worker.ts'],
  outfile: ENTRY,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  target: 'node20',
  logLevel: 'warning'
})

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const peakMB = (): number => Math.round(process.resourceUsage().maxRSS / 1024)
const sample = readFileSync('resources/sample-article.txt')
const work: DraftWork = {
  kind: 'import',
  file: { fileName: 'sample-article.txt', base64: sample.toString('base64') },
  settings: {}
}

async function timeRuns(run: () => Promise<unknown>, times: number): Promise<number> {
  const took: number[] = []
  for (let i = 0; i < times; i += 1) {
    const started = performance.now()
    await run()
    took.push(performance.now() - started)
  }
  return median(took)
}

const RUNS = 15
const inProcess = inProcessEngine()
const inWorker = workerEngine(ENTRY)
await timeRuns(() => inProcess.run(work), 3) // warm both: the first run compiles the engine
await timeRuns(() => inWorker.run(work), 3)
const onThread = await timeRuns(() => inProcess.run(work), RUNS)
const offThread = await timeRuns(() => inWorker.run(work), RUNS)
console.error(
  `bench import-worker: sample ${onThread.toFixed(1)} ms in-process, ${offThread.toFixed(1)} ms in a worker`
)

/** A draft at the limit, of real prose: the newsroom fixture's paragraphs over and over. */
const prose = readFileSync('tests/fixtures/import/newsroom.txt', 'utf8').split('\n\n').slice(3)
const paragraphs: string[] = []
for (let i = 0, size = 0; size + 4096 < MAX_IMPORT_BYTES; i += 1) {
  paragraphs.push(prose[i % prose.length])
  size += Buffer.byteLength(prose[i % prose.length]) + 2
}
const big = paragraphs.join('\n\n')

const server = await startWebServer({
  dataDir: mkdtempSync(join(tmpdir(), 'factdesk-bench-')),
  staticDir: tmpdir(),
  importWorker: ENTRY
})
const call = async <T>(method: string, input: unknown): Promise<T> => {
  const send = () =>
    fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-factdesk-token': server.token },
      body: JSON.stringify(input)
    })
  // Once more on a connection reset: a server thread held for seconds ends kept-alive connections as it wakes.
  const reply = await send().catch(send)
  const result = (await reply.json()) as Result<T>
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}
const session = await call<Session>('openFile', { fileName: 'water.txt', base64: sample.toString('base64') })
const jobId = 'bench-import-at-limit'
const importStarted = performance.now()
const cpuBefore = process.cpuUsage()
const busy = monitorEventLoopDelay({ resolution: 10 })
busy.enable()
/** The answer as the page gets it: its chunks as they come (timed and measured), parsed after the saves. */
const importing = fetch(`http://127.0.0.1:${server.port}/api/openFile`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-factdesk-token': server.token },
  body: JSON.stringify({ fileName: 'big.txt', base64: Buffer.from(big).toString('base64'), jobId })
}).then(async (reply) => {
  const chunks: Uint8Array[] = []
  for await (const chunk of reply.body as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk)
  return { answeredAt: performance.now(), cpu: process.cpuUsage(cpuBefore), peak: peakMB(), chunks }
})
let answered = false
void importing.finally(() => (answered = true))
while (!answered && !(await call<ImportProgress | null>('importStatus', { jobId })))
  await new Promise((r) => setTimeout(r, 20))
console.error('bench import-worker: the import at the size limit is running; saving')
const savesInWorker: number[] = []
const savesAfterWorker: number[] = []
let base: CaseFile = session.case
let fingerprint = session.fingerprint
const statuses = session.case.statuses.map((status) => status.id)
/** One status save of the open small case (the `i`th status); answers how long it took. */
async function saveSmallCase(i: number): Promise<number> {
  const next = {
    ...base,
    items: base.items.map((item, n) => (n === 0 ? { ...item, status: statuses[i % statuses.length] } : item))
  }
  const started = performance.now()
  const saved = await call<SaveResult>('saveCase', {
    casePath: session.casePath,
    fingerprint,
    patch: casePatch(base, next)
  })
  base = next
  fingerprint = saved.fingerprint
  return performance.now() - started
}
for (let i = 0; !answered; i += 1) {
  const took = await saveSmallCase(i)
  const now = await call<ImportProgress | null>('importStatus', { jobId })
  // In the worker until it reports 100 %; then the case is received, written and answered on this thread.
  if (now && now.percent < 100) {
    savesInWorker.push(took)
    await new Promise((r) => setTimeout(r, 150))
  } else savesAfterWorker.push(took)
}
busy.disable()
const received = await importing
const parseStarted = performance.now()
const text = Buffer.concat(received.chunks).toString('utf8')
const result = JSON.parse(text) as Result<Session>
const parseMs = performance.now() - parseStarted
if (!result.ok) throw new Error(result.error.message)
const opened = { ...received, parseMs, bytes: Buffer.byteLength(text), items: result.value.case.items.length }
const importSeconds = (opened.answeredAt - importStarted) / 1000

// The new case's first status save: its items' bytes came from the worker, so only the changed one is serialised.
const bigCase = result.value.case
const changed = {
  ...bigCase,
  items: bigCase.items.map((item, n) => (n === 0 ? { ...item, status: statuses[1] } : item))
}
const firstSaveStarted = performance.now()
await call<SaveResult>('saveCase', {
  casePath: result.value.casePath,
  fingerprint: result.value.fingerprint,
  patch: casePatch(bigCase, changed)
})
const firstSaveMs = performance.now() - firstSaveStarted

/**
 * The open small case saved back to back while `request` (another call on the big case) is answered: each save's
 * time and the longest the server's thread was busy in one go meanwhile.
 */
async function savingWhile(request: Promise<unknown>): Promise<{ saves: number[]; busyMs: number; seconds: number }> {
  const started = performance.now()
  const delay = monitorEventLoopDelay({ resolution: 10 })
  delay.enable()
  let done = false
  void request.finally(() => (done = true))
  const times: number[] = []
  for (let i = 0; !done; i += 1) {
    times.push(await saveSmallCase(i))
    await new Promise((r) => setTimeout(r, 20))
  }
  await request
  delay.disable()
  return { saves: times, busyMs: delay.max / 1e6, seconds: (performance.now() - started) / 1000 }
}

/**
 * A call made from another thread, as the page makes it from another process: its request's and its answer's tens of
 * MB of JSON made and read here would hold up the very thread the server answers on. Answers the answer, parsed once
 * received (the saves are over by then).
 */
function callFromAnotherThread<T>(method: string, body: string): { answered: Promise<void>; answer: () => Promise<T> } {
  const headers = { 'content-type': 'application/json', 'x-factdesk-token': server.token }
  const bytes = postFromAnotherThread(`http://127.0.0.1:${server.port}/api/${method}`, headers, body)
  // Parsed when asked, once the saves are over: parsing 47 MB here holds this thread, which is the server's.
  const answer = async () => {
    const parsed = JSON.parse((await bytes).toString('utf8')) as Result<T>
    if (!parsed.ok) throw new Error(parsed.error.message)
    return parsed.value
  }
  return { answered: bytes.then(() => undefined), answer }
}

// Opening the big case again (read, parsed, checked and its draft extracted) while the small one saves.
const reopening = callFromAnotherThread<Session>('openFile', JSON.stringify({ path: result.value.casePath }))
const reopen = await savingWhile(reopening.answered)
const reopened = await reopening.answer()
// Importing a new draft of it (the app's dry run with the case on screen) while the small one saves.
const newDraft = `A new first paragraph for the second draft.\n\n${big}`
const revisingBody = JSON.stringify({
  casePath: reopened.casePath,
  file: { fileName: 'big-v2.txt', base64: Buffer.from(newDraft).toString('base64') },
  dryRun: true,
  // As the app sends it: the version on disk and the edits not saved yet (none here), not the case's 47 MB.
  base: { fingerprint: reopened.fingerprint, patch: casePatch(reopened.case, reopened.case) }
})
const revising = callFromAnotherThread<{ session: Session }>('revise', revisingBody)
const revision = await savingWhile(revising.answered)
const revisedItems = (await revising.answer()).session.case.items.length
const saves = [...savesInWorker, ...savesAfterWorker]
const slowest = (values: number[]) => (values.length ? Math.max(...values).toFixed(1) : '–')
await server.close()

// Measured after the server is closed: seconds without a request would end the client's kept-alive connections.
/**
 * The same session over Electron's IPC (structured clone, as Electron's IPC copies a message): in one message, as
 * before, and as answer-parts.ts sends it, its head and then parts: the longest clone is what holds main (and the
 * window) in one go.
 */
const cloneMs = (value: unknown): number => {
  const t0 = performance.now()
  structuredClone(value)
  return performance.now() - t0
}
const ipcWhole = median([cloneMs(result), cloneMs(result), cloneMs(result)])
const answerParts = new AnswerParts()
const partedAnswer = answerParts.answer(result)
if (!isPartedAnswer(partedAnswer)) throw new Error('the big session was not parted')
const ipcParts = [cloneMs(partedAnswer)]
for (let part = answerParts.next(partedAnswer.parted.id); part.ok; part = answerParts.next(partedAnswer.parted.id))
  ipcParts.push(cloneMs(part))

console.log(
  [
    '## import-worker',
    '',
    '| Figure | Value |',
    '|---|---|',
    `| Normal article (resources/sample-article.txt, ${(sample.length / 1024).toFixed(1)} KB): import + extract on the calling thread, median of ${RUNS} | ${onThread.toFixed(1)} ms |`,
    `| The same in a worker thread (start, transfer, answer), median of ${RUNS} | ${offThread.toFixed(1)} ms |`,
    `| Worker overhead per draft | ${(offThread - onThread).toFixed(1)} ms |`,
    `| Status saves in browser mode while a ${(Buffer.byteLength(big) / 2 ** 20).toFixed(1)} MB draft imports, upload to answer: count, median / slowest | ${saves.length}, ${median(saves).toFixed(1)} / ${slowest(saves)} ms |`,
    `| Of those, slowest while the worker read, extracted and built the case / after (case received, written, answered) | ${slowest(savesInWorker)} ms (${savesInWorker.length} saves) / ${slowest(savesAfterWorker)} ms (${savesAfterWorker.length} saves) |`,
    `| Longest the server's thread was busy in one go meanwhile (event-loop delay, max) | ${(busy.max / 1e6).toFixed(0)} ms |`,
    `| That import, upload to the answer (read, extracted and its case built in the worker; written and sent by the server) | ${importSeconds.toFixed(1)} s |`,
    `| CPU the process spent on it (worker and main thread, and the saves) | ${((opened.cpu.user + opened.cpu.system) / 1e6).toFixed(1)} s |`,
    `| The answer: items, size, and parsing it (as the page does) | ${opened.items.toLocaleString('en-US')} items, ${(opened.bytes / 2 ** 20).toFixed(0)} MB, ${(opened.parseMs / 1000).toFixed(1)} s |`,
    `| That session over Electron IPC (structured clone): in one message / in parts, count and longest | ${ipcWhole.toFixed(0)} ms / ${ipcParts.length} parts, longest ${Math.max(...ipcParts).toFixed(0)} ms |`,
    `| Peak memory of the process up to the answer (server, worker, the answer received) | ${opened.peak} MB |`,
    `| The new case's first status save (a patch: one item serialised again, the 46 MB file written) | ${firstSaveMs.toFixed(0)} ms |`,
    `| Opening that case again (read, checked, its draft extracted), answered in | ${reopen.seconds.toFixed(1)} s |`,
    `| Meanwhile: status saves of the small case, count, median / slowest; the server's thread busiest | ${reopen.saves.length}, ${median(reopen.saves).toFixed(1)} / ${slowest(reopen.saves)} ms; ${reopen.busyMs.toFixed(0)} ms |`,
    `| Import new draft of that case (dry run with the case on screen: checked, imported, extracted, revised; ${revisedItems.toLocaleString('en-US')} items), answered in | ${revision.seconds.toFixed(1)} s |`,
    `| Meanwhile: status saves of the small case, count, median / slowest; the server's thread busiest | ${revision.saves.length}, ${median(revision.saves).toFixed(1)} / ${slowest(revision.saves)} ms; ${revision.busyMs.toFixed(0)} ms |`
  ].join('\n')
)
