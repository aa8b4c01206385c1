/**
 * The import worker's entry: a worker thread started by worker-engine.ts, sent one draft's work at a time. It reads,
 * parses and extracts the draft (draft-work.ts), and for a new case builds, checks and serialises it too (new-case.ts);
 * it tells its progress and posts the result, a new case's items in parts as the engine asks for them
 * (case-transfer.ts); the engine keeps it for the next draft. The engine bounds it with a time budget and a heap limit and ends it at once on Cancel. Built as its own
 * bundle beside the app's main bundle and beside the CLI's (electron.vite.config.ts, scripts/build-cli.mjs).
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { ImportPhase, PartedList } from '../../shared/contract'
import type { Result } from '../../shared/result'
import { splitForTransfer, type JsonList, type MoreItems, type TransferPart } from './case-transfer'
import { doDraftWork, type DraftWork, type WorkDone } from './draft-work'
import { setImportLogSink } from './import-log'

/** What the worker posts to the engine. */
export type WorkerMessage =
  | { type: 'progress'; phase: ImportPhase; percent: number }
  | { type: 'log'; line: string }
  | {
      type: 'done'
      result: Result<WorkDone>
      lists: PartedList[]
      json: JsonList[]
      caseSentOnly: boolean
      itemKeys: boolean
    }
  | TransferPart

/** What the engine asks of every answer (worker-engine.ts): browser mode's server asks for JSON (case-transfer.ts). */
export interface WorkerOptions {
  json: boolean
}

const port = parentPort
if (port) {
  const { json } = (workerData ?? { json: false }) as WorkerOptions
  const post = (message: WorkerMessage) => port.postMessage(message)
  // The import log is the main thread's to write (it knows the app's data folder): lines travel there.
  setImportLogSink((line) => post({ type: 'log', line }))
  /** The parts of the last answer still to send, one per request. */
  let parts: () => TransferPart | null = () => null
  // One draft at a time: the engine sends the next only after this one's answer (and its case's last part).
  port.on('message', (work: DraftWork | MoreItems) => {
    if ('type' in work) {
      port.postMessage((parts() ?? { type: 'items', items: [] }) satisfies WorkerMessage)
      return
    }
    let lastPercent = -1
    const report = (phase: ImportPhase, percent: number) => {
      if (percent === lastPercent) return
      lastPercent = percent
      post({ type: 'progress', phase, percent })
    }
    void doDraftWork(work, report).then((result) => {
      // A dry run's revised case is answered unwritten: where the answer is JSON, its bytes are all it needs.
      const caseSentOnly = json && work.kind === 'revise' && work.dryRun
      // A new case is written from its bytes and answered as them: the server patches it by its items' ids alone.
      const itemKeys = json && work.kind === 'new-case'
      const split = splitForTransfer(result, { json, caseSentOnly, itemKeys })
      parts = split.parts
      const { answer, lists } = split
      port.postMessage(
        {
          type: 'done',
          result: answer,
          lists,
          json: split.json,
          caseSentOnly: split.caseSentOnly,
          itemKeys: split.itemKeys
        } satisfies WorkerMessage,
        split.transfer
      )
    })
  })
}
