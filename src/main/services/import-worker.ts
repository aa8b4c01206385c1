/**
 * The import worker's entry: one worker thread per draft, started by worker-engine.ts with the work in workerData.
 * It reads, parses and extracts the draft (draft-work.ts), tells its progress, and posts the result; the thread then
 * ends. The engine bounds it with a time budget and a heap limit and ends it at once on Cancel. Built as its own
 * bundle beside the app's main bundle and beside the CLI's (electron.vite.config.ts, scripts/build-cli.mjs).
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { ImportPhase } from '../../shared/contract'
import type { Result } from '../../shared/result'
import { doDraftWork, type DraftDone, type DraftWork } from './draft-work'
import { setImportLogSink } from './import-log'

/** What the worker posts to the engine. */
export type WorkerMessage =
  | { type: 'progress'; phase: ImportPhase; percent: number }
  | { type: 'log'; line: string }
  | { type: 'done'; result: Result<DraftDone> }

const port = parentPort
if (port) {
  const post = (message: WorkerMessage) => port.postMessage(message)
  // The import log is the main thread's to write (it knows the app's data folder): lines travel there.
  setImportLogSink((line) => post({ type: 'log', line }))
  let lastPercent = -1
  const report = (phase: ImportPhase, percent: number) => {
    if (percent === lastPercent) return
    lastPercent = percent
    post({ type: 'progress', phase, percent })
  }
  void doDraftWork(workerData as DraftWork, report).then((result) => post({ type: 'done', result }))
}
