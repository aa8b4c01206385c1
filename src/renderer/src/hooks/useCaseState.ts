/**
 * The open case in React: one CaseSession (lib/case-session.ts: the undo stack, autosave, outside changes merged
 * in) per workspace, read through useSyncExternalStore. The session starts watching the file when the workspace
 * mounts, writes what is pending when the window goes away, and tells the Node side the window is done with the
 * case when the workspace goes for good.
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import type { FactdeskApi, PutBack, Session } from '../../../shared/contract'
import type { Result } from '../../../shared/result'
import type { CaseFile } from '../../../shared/case'
import { leaveCase, viewerTag } from '../api/client'
import { CaseSession, type ApplyOptions, type SaveState, type SessionView } from '../lib/case-session'

export type { ApplyOptions, SaveState } from '../lib/case-session'
export { SAVE_DEBOUNCE_MS } from '../lib/case-session'

/** What the window shows of the session (lib/session-core.ts SessionView) with the case under its own name, and the
 * actions on it. */
export interface CaseState extends Omit<SessionView, 'case'> {
  caseFile: CaseFile
  /** Apply a change; returns false when it changed nothing. */
  apply(change: (c: CaseFile) => CaseFile, options?: ApplyOptions): boolean
  undo(): void
  redo(): void
  /** Write everything pending now; true when what is on screen is on disk. */
  flush(): Promise<boolean>
  /** Writes the case on screen in place of the file on disk that cannot be used (kept aside). */
  putBack(): Promise<Result<PutBack>>
  session: CaseSession
}

export function useCaseState(api: FactdeskApi, session: Session, checkerName = ''): CaseState {
  const [caseSession] = useState(
    () =>
      new CaseSession(api, {
        casePath: session.casePath,
        case: session.case,
        fingerprint: session.fingerprint,
        owners: session.owners,
        ...viewerTag()
      })
  )
  useEffect(() => caseSession.setChecker(checkerName), [caseSession, checkerName])
  const view = useSyncExternalStore(caseSession.subscribe, caseSession.getView)
  const mounts = useRef(0)

  useEffect(() => {
    mounts.current += 1
    const mount = mounts.current
    caseSession.start()
    // A closing window cannot wait for an answer: write what is pending now (best effort), and say the window is done
    // with the case (a beacon, browser mode), unless the page may come back from the back-forward cache.
    const onHide = (event: PageTransitionEvent) => {
      void caseSession.flush()
      if (!event.persisted) leaveCase(caseSession.casePath)
    }
    // After a save that failed (the file on disk damaged, the disk full, a clash not resolved) the changes are on
    // screen only, and closing or reloading would lose them without a word: the window asks first. Changes merely
    // waiting for their save are written by onHide and do not ask.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const view = caseSession.getView()
      // A case file gone, damaged or replaced on disk: the window holds the only good copy, pending changes or not.
      if (!holdsUnsavedWork(view.saveState) && !view.diskProblem) return
      event.preventDefault()
      event.returnValue = ''
    }
    // Back from the editor or the file manager: the case file or its article may have changed there, so look now
    // rather than at the next poll (focus, in the desktop app and the browser alike; a tab shown again).
    const onFocus = () => void caseSession.lookNow()
    const onVisible = () => document.visibilityState === 'visible' && onFocus()
    window.addEventListener('pagehide', onHide)
    window.addEventListener('beforeunload', onBeforeUnload)
    window.addEventListener('focus', onFocus)
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      window.removeEventListener('pagehide', onHide)
      window.removeEventListener('beforeunload', onBeforeUnload)
      window.removeEventListener('focus', onFocus)
      document.removeEventListener('visibilitychange', onVisible)
      void caseSession.stop().then(() => {
        // React may unmount and mount again at once (StrictMode): only a workspace gone for good closes the case.
        if (mounts.current === mount) void api.closeCase({ casePath: caseSession.casePath, ...viewerTag() })
      })
    }
  }, [api, caseSession])

  // Stable functions: ops and effects that depend on them must not run again on every render.
  const actions = useMemo(
    () => ({
      apply: (change: (c: CaseFile) => CaseFile, options?: ApplyOptions) => caseSession.apply(change, options),
      undo: () => caseSession.undo(),
      redo: () => caseSession.redo(),
      flush: () => caseSession.flush(),
      putBack: () => caseSession.putBack()
    }),
    [caseSession]
  )

  const { case: caseFile, ...shown } = view
  return { ...actions, ...shown, caseFile, session: caseSession }
}

/** True when the last save failed, so what is on screen is not on disk and would be lost with the window. */
export function holdsUnsavedWork(saveState: SaveState): boolean {
  return saveState.kind === 'failed' || saveState.kind === 'conflict'
}
