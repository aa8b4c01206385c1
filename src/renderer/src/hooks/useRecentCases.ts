/**
 * The recent cases as the window knows them: the list (refreshed after each open, and when the File menu opens),
 * and what becomes of a case whose file has gone. Choosing one asks where it went (`missing`, the dialog's entry)
 * instead of failing to open it; Locate… makes the next file picked its new place, so once that opens the missing
 * entry leaves the list (any other way of opening starts afresh); Remove from list takes it off.
 */
import { useCallback, useRef, useState } from 'react'
import type { FactdeskApi, RecentEntry, Session } from '../../../shared/contract'

export interface RecentCases {
  recent: RecentEntry[]
  setRecent(recent: RecentEntry[]): void
  refresh(): void
  /** A case opened: the entry being located leaves the list, else the list is read again. */
  afterOpen(session: Session): void
  /** The next file picked is where this missing case went (true), or just a file to open (null). */
  locating(casePath: string | null): void
  forget(casePath: string): void
  /** The missing case chosen, whose dialog asks where it went; null when none. */
  missing: RecentEntry | null
  /** Asks about `casePath` when its file has gone; false when it is there (open it). */
  askIfMissing(casePath: string): boolean
  closeMissing(): void
}

export function useRecentCases(api: FactdeskApi, notify: (message: string) => void): RecentCases {
  const [recent, setRecent] = useState<RecentEntry[]>([])
  const [missing, setMissing] = useState<RecentEntry | null>(null)
  const located = useRef<string | null>(null)

  const refresh = useCallback(() => {
    void api.listRecent().then((result) => result.ok && setRecent(result.value))
  }, [api])

  const afterOpen = useCallback(
    (session: Session) => {
      const was = located.current
      located.current = null
      if (was && was !== session.casePath)
        void api.forgetRecent({ casePath: was }).then((result) => result.ok && setRecent(result.value))
      else refresh()
    },
    [api, refresh]
  )

  const forget = useCallback(
    (casePath: string) =>
      void api.forgetRecent({ casePath }).then((result) => {
        if (result.ok) setRecent(result.value)
        else notify(result.error.message)
      }),
    [api, notify]
  )

  const askIfMissing = useCallback(
    (casePath: string) => {
      const entry = recent.find((known) => known.casePath === casePath)
      if (entry?.missing) setMissing(entry)
      return entry?.missing === true
    },
    [recent]
  )

  const locating = useCallback((casePath: string | null) => {
    located.current = casePath
  }, [])
  const closeMissing = useCallback(() => setMissing(null), [])

  return { recent, setRecent, refresh, afterOpen, locating, forget, missing, askIfMissing, closeMissing }
}
