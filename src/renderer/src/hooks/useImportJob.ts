/**
 * One followed import at a time for a part of the UI (the app's opening, the Import new draft dialog): its progress
 * to show, `follow` to run an import through followImport, and `cancel` for the progress line's button.
 */
import { useCallback, useRef, useState } from 'react'
import type { FactdeskApi, ImportProgress } from '../../../shared/contract'
import type { Result } from '../../../shared/result'
import { followImport, newJobId, type FollowTiming } from '../lib/import-job'

export interface ImportJob {
  /** Where the running import is, once it has taken over half a second; null otherwise. */
  progress: ImportProgress | null
  follow<T>(start: (jobId: string) => Promise<Result<T>>): Promise<Result<T>>
  /** Stops the running import; its call answers 'import-cancelled'. */
  cancel(): void
}

export function useImportJob(api: FactdeskApi, timing?: FollowTiming): ImportJob {
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  const running = useRef<string | null>(null)

  const follow = useCallback(
    async <T>(start: (jobId: string) => Promise<Result<T>>): Promise<Result<T>> => {
      const jobId = newJobId()
      running.current = jobId
      try {
        return await followImport(api, jobId, start, (next) => running.current === jobId && setProgress(next), timing)
      } finally {
        if (running.current === jobId) running.current = null
      }
    },
    [api, timing]
  )

  const cancel = useCallback(() => {
    const jobId = running.current
    if (jobId) void api.cancelImport({ jobId })
  }, [api])

  return { progress, follow, cancel }
}
