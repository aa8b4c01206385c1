/**
 * Undo and redo as a stack of whole-case snapshots. Ops never mutate, so a snapshot is just the
 * previous object: cheap to keep, and restoring one is exact.
 */

export interface UndoStack<T> {
  past: T[]
  present: T
  future: T[]
}

/** Enough for a long session of small steps without holding hundreds of big cases in memory. */
export const UNDO_LIMIT = 200

export function undoStack<T>(present: T): UndoStack<T> {
  return { past: [], present, future: [] }
}

/** Record a new present; the redo branch is dropped. Pushing the same object is a no-op. */
export function pushState<T>(stack: UndoStack<T>, next: T): UndoStack<T> {
  if (next === stack.present) return stack
  const past = [...stack.past, stack.present]
  if (past.length > UNDO_LIMIT) past.splice(0, past.length - UNDO_LIMIT)
  return { past, present: next, future: [] }
}

export function undo<T>(stack: UndoStack<T>): UndoStack<T> {
  if (stack.past.length === 0) return stack
  const present = stack.past[stack.past.length - 1]
  return { past: stack.past.slice(0, -1), present, future: [stack.present, ...stack.future] }
}

export function redo<T>(stack: UndoStack<T>): UndoStack<T> {
  if (stack.future.length === 0) return stack
  const [present, ...future] = stack.future
  return { past: [...stack.past, stack.present], present, future }
}

export const canUndo = <T>(stack: UndoStack<T>): boolean => stack.past.length > 0
export const canRedo = <T>(stack: UndoStack<T>): boolean => stack.future.length > 0
