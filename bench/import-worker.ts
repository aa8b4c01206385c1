/**
 * Issue 9's import worker, in figures: what a worker thread costs on a normal article (import and extraction in the
 * worker vs on the calling thread), how fast browser mode answers status saves of the open case while a draft at the
 * size limit imports, and what opening that draft costs end to end: upload to the answer, the answer's size, parsing
 * it as the page does, the CPU the process spent, and its peak memory up to the answer (server, worker and the answer
 * received; before the page's parse, which happens in another process in real use). The page's drawing of the case
 * is not here (Chromium; README, "Size limit").
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import type { CaseFile } from '../src/shared/case'
import type { ImportProgress, SaveResult, Session } from '../src/shared/contract'
import type { Result } from '../src/shared/result'
import { casePatch } from '../src/core/case/case-patch'
import { MAX_IMPORT_BYTES } from '../src/core/import/errors'
import { inProcessEngine } from '../src/main/services/draft-engine'
import type { DraftWork } from '../src/main/services/draft-work'
import { workerEngine } from '../src/main/services/worker-engine'
import { startWebServer } from '../src/main/web/server'

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
  const reply = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-factdesk-token': server.token },
    body: JSON.stringify(input)
  })
  const result = (await reply.json()) as Result<T>
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}
const session = await call<Session>('openFile', { fileName: 'water.txt', base64: sample.toString('base64') })
const jobId = 'bench-import-at-limit'
const importStarted = performance.now()
const cpuBefore = process.cpuUsage()
/** The answer as the page gets it: its text first (timed and measured), then parsed. */
const importing = fetch(`http://127.0.0.1:${server.port}/api/openFile`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-factdesk-token': server.token },
  body: JSON.stringify({ fileName: 'big.txt', base64: Buffer.from(big).toString('base64'), jobId })
}).then(async (reply) => {
  const text = await reply.text()
  const answeredAt = performance.now()
  const cpu = process.cpuUsage(cpuBefore)
  const peak = peakMB()
  const parseStarted = performance.now()
  const result = JSON.parse(text) as Result<Session>
  const parseMs = performance.now() - parseStarted
  if (!result.ok) throw new Error(result.error.message)
  return { answeredAt, cpu, peak, parseMs, bytes: Buffer.byteLength(text), items: result.value.case.items.length }
})
let answered = false
void importing.finally(() => (answered = true))
while (!answered && !(await call<ImportProgress | null>('importStatus', { jobId })))
  await new Promise((r) => setTimeout(r, 20))
console.error('bench import-worker: the 6 MB import is running; saving')
const saves: number[] = []
let base: CaseFile = session.case
let fingerprint = session.fingerprint
const statuses = session.case.statuses.map((status) => status.id)
for (let i = 0; i < 20; i += 1) {
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
  saves.push(performance.now() - started)
  base = next
  fingerprint = saved.fingerprint
}
const stillImporting = (await call<ImportProgress | null>('importStatus', { jobId })) !== null
const opened = await importing
const importSeconds = (opened.answeredAt - importStarted) / 1000
await server.close()

console.log(
  [
    '## import-worker',
    '',
    '| Figure | Value |',
    '|---|---|',
    `| Normal article (resources/sample-article.txt, ${(sample.length / 1024).toFixed(1)} KB): import + extract on the calling thread, median of ${RUNS} | ${onThread.toFixed(1)} ms |`,
    `| The same in a worker thread (start, transfer, answer), median of ${RUNS} | ${offThread.toFixed(1)} ms |`,
    `| Worker overhead per draft | ${(offThread - onThread).toFixed(1)} ms |`,
    `| 20 status saves in browser mode while a ${(Buffer.byteLength(big) / 2 ** 20).toFixed(1)} MB draft imports: median / slowest | ${median(saves).toFixed(1)} / ${Math.max(...saves).toFixed(1)} ms${stillImporting ? '' : ' (the import had ended before the last save)'} |`,
    `| That import, upload to the answer (worker, then the case built, checked, written and sent) | ${importSeconds.toFixed(1)} s |`,
    `| CPU the process spent on it (worker and main thread, and the 20 saves) | ${((opened.cpu.user + opened.cpu.system) / 1e6).toFixed(1)} s |`,
    `| The answer: items, size, and parsing it (as the page does) | ${opened.items.toLocaleString('en-US')} items, ${(opened.bytes / 2 ** 20).toFixed(0)} MB, ${(opened.parseMs / 1000).toFixed(1)} s |`,
    `| Peak memory of the process up to the answer (server, worker, the answer received) | ${opened.peak} MB |`
  ].join('\n')
)
