/**
 * Running a pure case op from the UI: stamps it with the checker and the time, turns a failed
 * Result into a message for the checker instead of a thrown error, and leaves the case unchanged.
 */
import { useCallback } from 'react'
import type { CaseFile } from '../../../shared/case'
import type { Result } from '../../../shared/result'
import type { OpContext } from '../../../core/case/op-context'
import type { ApplyOptions, CaseState } from '../hooks/useCaseState'

export type Op = (c: CaseFile, ctx: OpContext) => CaseFile | Result<CaseFile>
export type RunOp = (op: Op, options?: ApplyOptions) => boolean

/** How text typed and not sent yet is kept: saved after a pause, never an undo step. */
export const UNSENT: ApplyOptions = { debounce: true, undoable: false }

export function useRunOp(state: CaseState, checkerName: string, notify: (message: string) => void): RunOp {
  const { apply } = state
  return useCallback(
    (op, options) => {
      let problem: string | null = null
      const changed = apply((c) => {
        const outcome = op(c, { by: checkerName, at: new Date().toISOString() })
        if (!('ok' in outcome)) return outcome
        if (outcome.ok) return outcome.value
        problem = outcome.error.message
        return c
      }, options)
      if (problem) notify(problem)
      return changed
    },
    [apply, checkerName, notify]
  )
}
