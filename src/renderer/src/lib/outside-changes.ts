/**
 * Taking a change made outside (another window, another process, a synced copy) into the open case's undo stack:
 * the checker's own changes since the version it was made from are merged on top of it three-way
 * (core/case/merge-cases.ts), and every undo and redo snapshot takes the outside change too, so undo never reverts
 * what someone else did. Pure: the session (case-session.ts) holds the stack and says when.
 */
import type { CaseOwner } from '../../../shared/contract'
import type { CaseFile } from '../../../shared/case'
import { applyPatch, casePatch } from '../../../core/case/case-patch'
import { mergeCases } from '../../../core/case/merge-cases'
import type { UndoStack } from '../../../core/case/undo'
import { keepIdentity } from './case-identity'

/**
 * `stack` with `outside` (now the version on disk) taken in, `from` being the version of ours it was made from (the
 * session's last base, or the case a merged save sent); `stack` itself when the case on screen does not change.
 * `at` and `oursBy` stamp the conflicts the merge records.
 */
export function withOutside(
  stack: UndoStack<CaseFile>,
  from: CaseFile,
  outside: CaseFile,
  stamp: { at: string; oursBy: string }
): UndoStack<CaseFile> {
  const before = stack.present
  let after = outside
  if (before !== from) after = keepIdentity(before, mergeCases(from, before, outside, stamp).case)
  if (after === before) return stack
  const delta = casePatch(before, after)
  const carry = (snapshot: CaseFile) => applyPatch(snapshot, delta)
  return { past: stack.past.map(carry), present: after, future: stack.future.map(carry) }
}

/** Whether two polls saw the same other owners of the case (the view changes only when they differ). */
export function sameOwners(a: readonly CaseOwner[], b: readonly CaseOwner[]): boolean {
  return a.length === b.length && a.every((owner, i) => JSON.stringify(owner) === JSON.stringify(b[i]))
}
