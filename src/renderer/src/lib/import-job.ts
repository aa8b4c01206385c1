/**
 * Following a draft import from the UI: the call that imports (openFile, openDialog, revise) carries a job id made
 * here; once it has taken over half a second the app asks importStatus every quarter second and shows where it is
 * ("Reading draft… 40%") with a Cancel button (cancelImport). Quick imports show nothing at all.
 */
import type { FactdeskApi, ImportPhase, ImportProgress } from '../../../shared/contract'
import type { Result } from '../../../shared/result'

export interface FollowTiming {
  /** An import shorter than this shows no progress. */
  showAfterMs: number
  /** How often the progress is asked for meanwhile. */
  pollMs: number
}

export const FOLLOW_TIMING: FollowTiming = { showAfterMs: 500, pollMs: 250 }

const PHASE_WORDS: Record<ImportPhase, string> = {
  reading: 'Reading draft…',
  parsing: 'Reading draft…',
  sentences: 'Splitting sentences…',
  quotes: 'Finding quotes…',
  'check-worthiness': 'Scoring sentences for claims…',
  consistency: 'Checking numbers for consistency…',
  case: 'Building the case…'
}

/** What the progress line says: the phase in words and the percentage of the whole import. */
export function progressText(progress: ImportProgress): string {
  return `${PHASE_WORDS[progress.phase]} ${progress.percent}%`
}

/** A job id nobody else has: random, not secret (the API's token guards who may ask about it). */
export function newJobId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  return `import-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs `start(jobId)` and, while it has not answered after `showAfterMs`, tells `onProgress` where the import is;
 * `onProgress(null)` when it has answered. Answers what `start` answered.
 */
export async function followImport<T>(
  api: Pick<FactdeskApi, 'importStatus'>,
  jobId: string,
  start: (jobId: string) => Promise<Result<T>>,
  onProgress: (progress: ImportProgress | null) => void,
  timing: FollowTiming = FOLLOW_TIMING
): Promise<Result<T>> {
  let answered = false
  const call = start(jobId).finally(() => {
    answered = true
  })
  const follow = async () => {
    await Promise.race([call, pause(timing.showAfterMs)])
    while (!answered) {
      const status = await api.importStatus({ jobId })
      // A status that arrives after the answer is stale: the line must not come back once the import is done.
      if (!answered && status.ok && status.value) onProgress(status.value)
      await Promise.race([call, pause(timing.pollMs)])
    }
  }
  const following = follow().catch(() => undefined)
  try {
    return await call
  } finally {
    await following
    onProgress(null)
  }
}
