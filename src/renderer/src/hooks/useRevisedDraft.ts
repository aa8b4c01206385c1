/**
 * A new draft revised on the Node side (Import new draft: a dry run, nothing written) taken into the open case as one
 * undoable step, changes made meanwhile (an outside merge) kept on top of it. When the case file had gone from disk
 * (moved or deleted) the draft was revised from the work on screen, which is then the only copy: it is written back
 * in the file's place at once, as "Put my version back" would, and said in one line. The import used to fail until
 * the checker found that button; a put-back that fails says why, and the banner still offers it.
 */
import { useCallback } from 'react'
import type { Session } from '../../../shared/contract'
import type { CaseFile } from '../../../shared/case'
import { mergeCases } from '../../../core/case/merge-cases'
import { keepIdentity } from '../lib/case-identity'
import type { CaseState } from './useCaseState'

export const PUT_BACK_WITH_DRAFT =
  'The case file had gone from disk (moved or deleted): your version, with the new draft, is back in its place.'

export function useRevisedDraft(
  state: Pick<CaseState, 'apply' | 'diskProblem'>,
  putBack: (told?: string) => Promise<void>,
  onShown: (next: Session) => void
): (sent: CaseFile, next: Session) => void {
  const { apply, diskProblem } = state
  const missing = diskProblem?.kind === 'missing'
  return useCallback(
    (sent: CaseFile, next: Session) => {
      apply((current) => {
        const fresh = keepIdentity(sent, next.case)
        return current === sent ? fresh : mergeCases(sent, current, fresh, { at: new Date().toISOString() }).case
      })
      onShown(next)
      if (missing) void putBack(PUT_BACK_WITH_DRAFT)
    },
    [apply, missing, putBack, onShown]
  )
}
