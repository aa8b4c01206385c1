/**
 * Every way the window opens a file, in one place so each takes the same path: the open case is asked whether it may
 * be replaced (never while it holds unsaved work), the import is followed (a progress line with Cancel over half a
 * second), and a refusal is said in a notice while the case on screen stays. Browser mode has no native dialog, so
 * Open… clicks the page's hidden file input; a recent case whose file has gone is asked about instead of failing. An
 * uploaded case Factdesk already keeps with other work in it ('case-in-library') is held, with the server's words, until
 * the checker chooses which copy to open (SameCaseDialog).
 */
import { useCallback, useState, type RefObject } from 'react'
import type { FactdeskApi, FileInput, SameCaseChoice, Session } from '../../../shared/contract'
import { viewerTag } from '../api/client'
import { LeaveGuard, UNSAVED_CASE_STAYS } from '../lib/leave-guard'
import type { ImportJob } from './useImportJob'
import type { RecentCases } from './useRecentCases'

interface Options {
  api: FactdeskApi
  mode: 'electron' | 'browser'
  follow: ImportJob['follow']
  recents: Pick<RecentCases, 'locating' | 'askIfMissing'>
  /** The browser's file picker (an <input type="file"> the shell renders). */
  fileInput: RefObject<HTMLInputElement | null>
  /** A case opened: show it (and refresh the recent list). */
  opened(session: Session): void
  notify(message: string): void
}

export interface FileOpening {
  /** The open case's say on being replaced: Workspace registers with it. */
  leaveGuard: LeaveGuard
  openInput(input: FileInput, sameCase?: SameCaseChoice): Promise<void>
  /** An uploaded case Factdesk already keeps, with other work in it: what differs, until the checker chooses. */
  sameCase: { input: FileInput; message: string } | null
  chooseSameCase(choice: SameCaseChoice | null): void
  /** A case file chosen or dropped where a draft was expected, opened as a case by the usual flow. */
  openCaseFile(file: FileInput): void
  open(): Promise<void>
  openRecent(casePath: string): void
  /** Locate… for a recent case that went missing: the next file picked is where it went. */
  locateRecent(casePath: string): void
}

export function useFileOpening({ api, mode, follow, recents, fileInput, opened, notify }: Options): FileOpening {
  const { locating, askIfMissing } = recents
  const [leaveGuard] = useState(() => new LeaveGuard())
  const mayLeave = useCallback(async () => {
    if (await leaveGuard.mayLeave()) return true
    notify(UNSAVED_CASE_STAYS)
    return false
  }, [leaveGuard, notify])

  const [sameCase, setSameCase] = useState<FileOpening['sameCase']>(null)
  const openInput = useCallback(
    async (input: FileInput, choice?: SameCaseChoice) => {
      if (!(await mayLeave())) return
      // Cancelled or refused, the case on screen stays as it was; the notice says why.
      // With this window's id, the case opened names the other tabs that have it open from its first frame.
      const more = { ...viewerTag(), ...(choice ? { sameCase: choice } : {}) }
      const result = await follow((jobId) => api.openFile({ ...input, ...more, jobId }))
      if (!result.ok && result.error.code === 'case-in-library')
        return setSameCase({ input, message: result.error.message })
      if (!result.ok) return notify(result.error.message)
      opened(result.value)
    },
    [api, follow, opened, mayLeave, notify]
  )

  const chooseSameCase = useCallback(
    (choice: SameCaseChoice | null) => {
      setSameCase(null)
      if (sameCase && choice) void openInput(sameCase.input, choice)
    },
    [sameCase, openInput]
  )

  const openCaseFile = useCallback(
    (file: FileInput) => {
      locating(null)
      void openInput(file)
    },
    [openInput, locating]
  )

  const pick = useCallback(async () => {
    if (mode === 'browser') return fileInput.current?.click()
    if (!(await mayLeave())) return
    const result = await follow((jobId) => api.openDialog({ jobId, ...viewerTag() }))
    if (!result.ok) return notify(result.error.message)
    if (result.value) opened(result.value)
  }, [api, follow, mode, opened, mayLeave, notify, fileInput])

  const open = useCallback(async () => {
    locating(null)
    await pick()
  }, [pick, locating])

  const locateRecent = useCallback(
    (casePath: string) => {
      locating(casePath)
      void pick()
    },
    [pick, locating]
  )

  // A recent case whose file has gone is not opened (that fails): the checker is asked where it went.
  const openRecent = useCallback(
    (casePath: string) => void (askIfMissing(casePath) || openInput({ path: casePath })),
    [openInput, askIfMissing]
  )

  return { leaveGuard, openInput, sameCase, chooseSameCase, openCaseFile, open, openRecent, locateRecent }
}
