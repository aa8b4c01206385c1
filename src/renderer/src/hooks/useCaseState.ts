/**
 * The open case in the UI: an undo/redo stack of whole-case snapshots plus autosave.
 * Discrete actions (a status, accept, a source) are written at once, so a status key is on disk
 * in well under the 100 ms goal; typing-like edits are debounced (300 ms) so a paragraph typed into
 * a field is one write, not fifty. Saves never overlap: changes made during a save are written
 * right after it. A conflict (the file changed on disk) stops autosave until the checker reloads.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { FactdeskApi, Session } from '../../../shared/contract'
import type { CaseFile } from '../../../shared/case'
import { canRedo, canUndo, pushState, redo, undo, undoStack, type UndoStack } from '../../../core/case/undo'
import { carryUnsent } from '../../../core/case/unsent'

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'saving' }
  | { kind: 'unsaved' }
  | { kind: 'failed'; reason: string }
  | { kind: 'conflict'; reason: string }

/** Long enough to gather a burst of keystrokes, short enough that every change is saved within a second. */
export const SAVE_DEBOUNCE_MS = 300
/** Keystrokes closer together than this belong to the same undo step. */
const TYPING_GROUP_MS = 1000

export interface ApplyOptions {
  /** Typing-like: saved after a short pause, and keystrokes close together are one undo step. */
  debounce?: boolean
  /** False for text typed and not sent yet: saved, but never an undo step of its own (see core/case/unsent.ts). */
  undoable?: boolean
}

export interface CaseState {
  caseFile: CaseFile
  saveState: SaveState
  /** Apply a change; returns false when it changed nothing. */
  apply(change: (c: CaseFile) => CaseFile, options?: ApplyOptions): boolean
  undo(): void
  redo(): void
  canUndo: boolean
  canRedo: boolean
}

export function useCaseState(api: FactdeskApi, session: Session): CaseState {
  const [stack, setStack] = useState<UndoStack<CaseFile>>(() => undoStack(session.case))
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: null })
  const stackRef = useRef(stack)
  const fingerprint = useRef(session.fingerprint)
  const pending = useRef<CaseFile | null>(null)
  const inFlight = useRef(false)
  const conflict = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const casePath = session.casePath

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (inFlight.current) return
    // Changes made while a save is in flight are written right after it, until nothing is pending.
    while (pending.current && !conflict.current) {
      const toSave = pending.current
      pending.current = null
      inFlight.current = true
      setSaveState({ kind: 'saving' })
      const result = await api.saveCase({ casePath, case: toSave, fingerprint: fingerprint.current })
      inFlight.current = false
      if (result.ok) {
        fingerprint.current = result.value.fingerprint
        if (!pending.current) setSaveState({ kind: 'saved', at: result.value.savedAt })
        continue
      }
      if (result.error.code === 'conflict') {
        conflict.current = true
        setSaveState({ kind: 'conflict', reason: result.error.message })
        return
      }
      // Keep the newest unsaved case; the next change (or the retry below) writes it.
      pending.current = pending.current ?? toSave
      setSaveState({ kind: 'failed', reason: result.error.message })
      return
    }
  }, [api, casePath])

  const schedule = useCallback(
    (next: CaseFile, debounce: boolean) => {
      pending.current = next
      if (conflict.current) return
      setSaveState((s) => (s.kind === 'saving' ? s : { kind: 'unsaved' }))
      if (timer.current) clearTimeout(timer.current)
      if (debounce) timer.current = setTimeout(() => void flush(), SAVE_DEBOUNCE_MS)
      else void flush()
    },
    [flush]
  )

  const commit = useCallback(
    (next: UndoStack<CaseFile>, debounce: boolean) => {
      if (next === stackRef.current) return false
      stackRef.current = next
      setStack(next)
      schedule(next.present, debounce)
      return true
    },
    [schedule]
  )

  // Typing in a field is one undo step, not one per keystroke: debounced edits within a second of
  // each other replace the present snapshot instead of pushing a new one.
  const lastTyped = useRef(0)
  const apply = useCallback(
    (change: (c: CaseFile) => CaseFile, options: ApplyOptions = {}) => {
      const current = stackRef.current
      const next = change(current.present)
      if (next === current.present) return false
      if (options.undoable === false) return commit({ ...current, present: next }, options.debounce ?? false)
      const now = Date.now()
      const typing = options.debounce === true && now - lastTyped.current < TYPING_GROUP_MS && current.past.length > 0
      lastTyped.current = options.debounce ? now : 0
      return commit(
        typing ? { ...current, present: next, future: [] } : pushState(current, next),
        options.debounce ?? false
      )
    },
    [commit]
  )

  // A failed save (disk full, server restarting) is retried every few seconds until it works.
  useEffect(() => {
    if (saveState.kind !== 'failed') return
    const retry = setTimeout(() => void flush(), 3000)
    return () => clearTimeout(retry)
  }, [saveState, flush])

  // Write what is pending when the window goes away (best effort: the debounce may not have fired).
  useEffect(() => {
    const onHide = () => void flush()
    window.addEventListener('pagehide', onHide)
    return () => window.removeEventListener('pagehide', onHide)
  }, [flush])

  return {
    caseFile: stack.present,
    saveState,
    apply,
    undo: () => void commit(restoreKeepingUnsent(stackRef.current, undo), false),
    redo: () => void commit(restoreKeepingUnsent(stackRef.current, redo), false),
    canUndo: canUndo(stack),
    canRedo: canRedo(stack)
  }
}

/** Undo or redo, with the text typed and not sent carried into the snapshot restored. */
function restoreKeepingUnsent(
  stack: UndoStack<CaseFile>,
  step: (s: UndoStack<CaseFile>) => UndoStack<CaseFile>
): UndoStack<CaseFile> {
  const next = step(stack)
  if (next === stack) return stack
  return { ...next, present: carryUnsent(stack.present, next.present) }
}
