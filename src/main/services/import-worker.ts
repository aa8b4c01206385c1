/**
 * The import worker's entry: a worker thread started by worker-engine.ts, sent one draft's work at a time. It reads,
 * parses and extracts the draft (draft-work.ts), tells its progress, and posts the result; the engine keeps it for the
 * next draft. The engine bounds it with a time budget and a heap limit and ends it at once on Cancel. Built as its own
 * bundle beside the app's main bundle and beside the CLI's (electron.vite.config.ts, scripts/build-cli.mjs).
 */
import { parentPort } from 'node:worker_threads'
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
  // One draft at a time: the engine sends the next only after this one's answer.
  port.on('message', (work: DraftWork) => {
    let lastPercent = -1
    const report = (phase: ImportPhase, percent: number) => {
      if (percent === lastPercent) return
      lastPercent = percent
      post({ type: 'progress', phase, percent })
    }
    void doDraftWork(work, report).then((result) => post({ type: 'done', result }))
  })
}
