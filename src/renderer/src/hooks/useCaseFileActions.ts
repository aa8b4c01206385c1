/**
 * What the checker can do about the case file itself, whatever state it is in: save their version as a copy (always
 * there, never over anything), put their version back in place of a file that cannot be used (what was there is
 * kept aside), or reload the version on disk (after a clash a save could not settle). Each says how it went. Also
 * says, once each time, that a change made elsewhere was merged in, so nothing on screen changes unexplained, and
 * that backups stopped being kept (and when they are kept again).
 */
import { useCallback, useEffect, useRef } from 'react'
import type { FactdeskApi, Session } from '../../../shared/contract'
import { viewerTag } from '../api/client'
import type { CaseState } from './useCaseState'

export interface CaseFileActions {
  saveCopy(): Promise<void>
  /** `told`: what to say when it is back and nothing was there (an import put it back), instead of the usual line. */
  putBack(told?: string): Promise<void>
  reload(): Promise<void>
}

/** Said when backups are kept again after a notice that they were not. */
export const BACKUPS_AGAIN = 'Backups of this case are being kept again.'

export function useCaseFileActions(
  api: FactdeskApi,
  state: CaseState,
  notify: (message: string) => void,
  onSession: (session: Session) => void
): CaseFileActions {
  const { session: caseSession, putBack: writeBack, outsideMerges, backups } = state
  const { casePath } = caseSession

  const saveCopy = useCallback(async () => {
    const result = await api.saveCopy({ casePath, case: caseSession.present })
    notify(result.ok ? `Your version is saved as a copy: ${result.value.path}` : result.error.message)
  }, [api, caseSession, casePath, notify])

  const putBack = useCallback(
    async (told?: string) => {
      const result = await writeBack()
      if (!result.ok) return notify(result.error.message)
      const aside = result.value.setAside
      notify(
        aside
          ? `Your version is back in place; what was there is kept as ${aside}`
          : (told ?? 'Your version is back in place.')
      )
    },
    [writeBack, notify]
  )

  const reload = useCallback(async () => {
    const result = await api.openFile({ path: casePath, ...viewerTag() })
    if (result.ok) onSession(result.value)
    else notify(result.error.message)
  }, [api, casePath, notify, onSession])

  useEffect(() => {
    if (outsideMerges > 0) notify('Changes made to this case elsewhere (another window or program) were merged in.')
  }, [outsideMerges, notify])

  // Backups that stop being kept are said once, and again when they are kept again: saves go on all the while.
  const toldBackups = useRef<string | null>(null)
  useEffect(() => {
    if (backups && backups !== toldBackups.current) notify(backups)
    else if (!backups && toldBackups.current) notify(BACKUPS_AGAIN)
    toldBackups.current = backups
  }, [backups, notify])

  return { saveCopy, putBack, reload }
}
