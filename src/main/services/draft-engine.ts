/**
 * Who does a draft's heavy work (import and extraction, draft-work.ts): the services ask a DraftEngine and do not
 * care where it runs. The desktop app and browser mode use the worker engine (worker-engine.ts: a worker thread per
 * draft, with a time and memory budget and Cancel), so the process that saves the open case never waits on a parse.
 * The CLI and most tests use the in-process engine below: one command, one draft, nothing else to keep answering.
 */
import type { ImportProgress } from '../../shared/contract'
import type { Result } from '../../shared/result'
import { doDraftWork, type DoneOf, type DraftWork } from './draft-work'

export interface DraftEngine {
  /** Does the work; `jobId` names it for status and cancel (the UI's id), absent when nobody follows it. */
  run<W extends DraftWork>(work: W, jobId?: string): Promise<Result<DoneOf<W>>>
  /** Where the job is; null when no job of that id is running. */
  status(jobId: string): ImportProgress | null
  /** Stops the job; false when there was none running. Its run() answers 'import-cancelled'. */
  cancel(jobId: string): boolean
}

/** Progress of running jobs, kept for importStatus; shared by both engines. */
export class JobBoard {
  private readonly jobs = new Map<string, { startedAt: number; progress: Omit<ImportProgress, 'elapsedMs'> }>()

  start(jobId: string): void {
    this.jobs.set(jobId, { startedAt: Date.now(), progress: { jobId, phase: 'reading', percent: 0 } })
  }

  update(jobId: string, phase: ImportProgress['phase'], percent: number): void {
    const job = this.jobs.get(jobId)
    if (job) job.progress = { jobId, phase, percent }
  }

  finish(jobId: string): void {
    this.jobs.delete(jobId)
  }

  has(jobId: string): boolean {
    return this.jobs.has(jobId)
  }

  status(jobId: string): ImportProgress | null {
    const job = this.jobs.get(jobId)
    return job ? { ...job.progress, elapsedMs: Date.now() - job.startedAt } : null
  }
}

/**
 * The work on the calling thread. Status answers between the work's awaits only (reading the file); there is no
 * stopping a parse already running on this thread, so cancel answers false.
 */
export function inProcessEngine(): DraftEngine {
  const board = new JobBoard()
  return {
    async run<W extends DraftWork>(work: W, jobId?: string) {
      if (!jobId) return doDraftWork(work)
      board.start(jobId)
      try {
        return await doDraftWork(work, (phase, percent) => board.update(jobId, phase, percent))
      } finally {
        board.finish(jobId)
      }
    },
    status: (jobId) => board.status(jobId),
    cancel: () => false
  }
}

const IN_PROCESS = inProcessEngine()

/** The caller's engine, else one shared in-process engine. */
export function engineOf(holder: { engine?: DraftEngine }): DraftEngine {
  return holder.engine ?? IN_PROCESS
}
