/**
 * The worker engine: each draft is read, parsed and extracted in a worker thread (import-worker.ts), so the desktop
 * app's main process and browser mode's server keep saving and answering meanwhile. A worker is bounded:
 * - time: ended after IMPORT_BUDGET.seconds, answered 'import-too-slow';
 * - memory: V8 heap limits (resourceLimits); past them V8 ends the worker, answered 'import-too-big';
 * - Cancel: cancel(jobId) ends the worker at once, answered 'import-cancelled'.
 * Ending a worker frees everything it held; nothing was written by then (cases are written on this thread, after).
 * A new case comes back in parts (case-transfer.ts), each asked for after the requests waiting meanwhile have been
 * answered; the job runs, and can be cancelled, until the last part is in.
 */
import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import type { Result } from '../../shared/result'
import { errors } from '../../core/import/errors'
import { JobBoard, inProcessEngine, type DraftEngine } from './draft-engine'
import { receiveAnswer } from './case-transfer'
import type { DoneOf, DraftWork, WorkDone } from './draft-work'
import { oversized, workFileName } from './draft-work'
import { logImportProblem, writeImportLogLine } from './import-log'
import type { WorkerMessage, WorkerOptions } from './import-worker'

export interface ImportBudget {
  /** Wall-clock seconds a draft may take, reading to the end of extraction. */
  seconds: number
  /** The worker's old-generation heap, in MB: where the article, its blocks and the extraction live. */
  heapMb: number
}

/**
 * The draft size limit (MAX_IMPORT_BYTES, 2 MB) was chosen as what opens end to end within 20 s here; a draft at
 * the old 6 MB limit imported and extracted in the worker within 20 s on a quiet machine with a 430 MB peak (280 MB of
 * heap). Time: far more than a draft at the limit needs, because a laptop busy with other work is slower (a 6 MB draft
 * took 42 s here with two cores at load 13). Memory: the heap may grow to several times what a draft at the limit
 * needs. Both stop a pathological file long before it could take the machine down (docs/SECURITY.md, "Import worker").
 */
export const IMPORT_BUDGET: ImportBudget = { seconds: 120, heapMb: 1024 }

/** Young generation and stack: V8's defaults are enough; the stack is raised for deep documents. */
const YOUNG_GENERATION_MB = 48
const STACK_MB = 8

interface Running {
  fileName: string
  /** Answers the job's run() (once); `keep` returns its worker to the idle slot, else the worker is ended. */
  settle(result: Result<WorkDone>, keep?: boolean): void
}

let anonymousJobs = 0

/**
 * The worker engine. `prepare` starts its worker before the first draft asks for one, and gives it `work` to begin
 * with (the window's first open: the draft named on the command line, else the last case; draft-work.ts 'warm'): every
 * job asked meanwhile waits for that work, so it runs on the same worker, which holds what the work kept.
 */
export interface WorkerEngine extends DraftEngine {
  prepare(work?: DraftWork): void
}

/**
 * Workers are kept between drafts: starting one (a fresh V8 heap loading the importers and the engine) costs more
 * than reading a normal article, so one idle worker waits for the next draft, unref'd so it never keeps a process
 * alive. A worker that was cancelled, ran out of time or memory, or failed is ended, never reused.
 */
export function workerEngine(
  entry: string,
  budget: ImportBudget = IMPORT_BUDGET,
  options: WorkerOptions = { json: false }
): WorkerEngine {
  const board = new JobBoard()
  const running = new Map<string, Running>()
  let idle: Worker | null = null
  let preparing: Promise<void> | null = null

  const spawn = () => {
    const worker = new Worker(entry, {
      workerData: options,
      resourceLimits: {
        maxOldGenerationSizeMb: budget.heapMb,
        maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
        stackSizeMb: STACK_MB
      }
    })
    // Between drafts nobody listens: an idle worker that fails is dropped, never an unhandled error in the app.
    worker.on('error', () => undefined)
    worker.on('exit', () => {
      if (idle === worker) idle = null
    })
    return worker
  }

  async function run<W extends DraftWork>(work: W, givenId?: string): Promise<Result<DoneOf<W>>> {
    return (await runWork(work, givenId)) as Result<DoneOf<W>>
  }

  async function runWork(work: DraftWork, givenId?: string, prepared = false): Promise<Result<WorkDone>> {
    const jobId = givenId && !board.has(givenId) ? givenId : `internal-${(anonymousJobs += 1)}`
    const fileName = workFileName(work)
    board.start(jobId)
    // A draft over the size limit is refused here, before a worker is asked for anything.
    const refused = await oversized(work)
    if (refused) {
      board.finish(jobId)
      return { ok: false, error: refused }
    }
    // Not cancellable meanwhile (no worker to end yet): the work begun at start-up takes a second or two at most.
    while (!prepared && preparing) await preparing
    const worker = idle ?? spawn()
    idle = null
    // Work nobody asked for yet keeps no process alive (its timer neither): stopping the app as it starts does not
    // wait for it.
    if (!prepared) worker.ref()
    return new Promise((resolve) => {
      let answer: Result<WorkDone> | null = null
      let receiving: ReturnType<typeof receiveAnswer> | null = null
      // The next part once this thread has answered what waited meanwhile (I/O is polled before setImmediate).
      const askMore = () => setImmediate(() => answer || worker.postMessage({ type: 'more' }))
      const received = (whole: Result<WorkDone> | null) => (whole ? settle(whole, true) : askMore())
      const onMessage = (message: WorkerMessage) => {
        if (message.type === 'progress') board.update(jobId, message.phase, message.percent)
        else if (message.type === 'log') writeImportLogLine(message.line)
        else if (message.type === 'items' || message.type === 'list') received(receiving?.add(message) ?? null)
        else {
          const { result, lists, json, caseSentOnly, itemKeys } = message
          receiving = receiveAnswer(result, lists, json, caseSentOnly, itemKeys)
          received(receiving.add(null))
        }
      }
      const onError = (error: Error & { code?: string }) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
          return settle({ ok: false, error: errors.tooBig(fileName, budget.heapMb) })
        logImportProblem(fileName, 'import worker', error)
        settle({ ok: false, error: errors.parseFailed(fileName) })
      }
      const onExit = () => {
        if (answer) return
        // Ended without an answer and without an error event: a crash of the thread itself.
        logImportProblem(fileName, 'import worker', new Error('the worker ended without an answer'))
        settle({ ok: false, error: errors.parseFailed(fileName) })
      }
      const settle = (result: Result<WorkDone>, keep = false) => {
        if (answer) return
        answer = result
        clearTimeout(timer)
        running.delete(jobId)
        board.finish(jobId)
        worker.off('message', onMessage).off('error', onError).off('exit', onExit)
        if (keep && !idle) {
          worker.unref()
          idle = worker
        } else void worker.terminate()
        resolve(result)
      }
      const timer = setTimeout(
        () => settle({ ok: false, error: errors.tooSlow(fileName, budget.seconds) }),
        budget.seconds * 1000
      )
      if (prepared) timer.unref()
      running.set(jobId, { fileName, settle })
      worker.on('message', onMessage).on('error', onError).on('exit', onExit)
      worker.postMessage(work)
    })
  }

  return {
    run,
    prepare(work) {
      if (!idle && !preparing) {
        idle = spawn()
        idle.unref()
      }
      if (!work || preparing) return
      preparing = runWork(work, undefined, true).then(() => {
        preparing = null
      })
    },
    status: (jobId) => board.status(jobId),
    cancel(jobId) {
      const job = running.get(jobId)
      if (!job) return false
      // Answered at once: the checker sees the import stop when they press Cancel, not when the thread is gone.
      job.settle({ ok: false, error: errors.cancelled(job.fileName) })
      return true
    }
  }
}

/**
 * The shells' engine: the worker built beside their bundle. A build without it (a stale development build) still
 * opens drafts, on the calling thread, and says so once on stderr rather than failing every import.
 *
 * Its worker is started at once, given `first` (the draft named on the command line, else the last case opened) to
 * begin: the window's first open otherwise waited for the worker's 1.5 MB bundle to load and for the draft's
 * extraction, which now happen while the browser or the window starts.
 */
export function draftEngineFor(
  entry: string,
  options: WorkerOptions = { json: false },
  first?: DraftWork
): DraftEngine {
  if (existsSync(entry)) {
    const engine = workerEngine(entry, IMPORT_BUDGET, options)
    engine.prepare(first)
    return engine
  }
  console.error(`factdesk: the import worker ${entry} is missing (rebuild with npm run build); importing in-process`)
  return inProcessEngine()
}
