/**
 * The app shell: loads the startup state, then shows the workspace, the broken-case screen or the
 * start screen. Opening files (menu, dialog, upload, drag and drop) is handled here for all three.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import {
  DEFAULT_SETTINGS,
  type BrokenCase,
  type Command,
  type FactdeskApi,
  type FileInput,
  type Session,
  type Settings
} from '../../shared/contract'
import { currentDraft } from '../../core/case/case-reading'
import { SUPPORTED_EXTENSIONS } from '../../core/import/errors'
import { fileInputFor, onShellCommand, unreadableDraft } from './api/shell'
import { BrokenCaseScreen } from './components/BrokenCaseScreen'
import { DropChoiceDialog } from './components/DropChoiceDialog'
import { MissingRecentDialog } from './components/MissingRecent'
import { Notice } from './components/Notice'
import { SettingsDialog } from './components/SettingsDialog'
import { StartScreen } from './components/StartScreen'
import { Workspace, type WorkspaceCommand } from './components/Workspace'
import { ImportProgressLine } from './components/ImportProgressLine'
import { useImportJob } from './hooks/useImportJob'
import { useRecentCases } from './hooks/useRecentCases'
import { noCaseOpen } from './hooks/useWorkspaceCommands'
import { CommandRelay } from './lib/command-relay'
import { LeaveGuard, UNSAVED_CASE_STAYS } from './lib/leave-guard'

type Phase = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready' }

export function App({ api }: { api: FactdeskApi }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' })
  const [session, setSession] = useState<Session | null>(null)
  const [sessionKey, setSessionKey] = useState(0)
  const [broken, setBroken] = useState<BrokenCase | null>(null)
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS)
  const [mode, setMode] = useState<'electron' | 'browser'>('browser')
  const [notice, setNotice] = useState<string | null>(null)
  // What opening a case says about it (the file on disk is not the draft shown, a stale owner taken over) stays until
  // closed: seven seconds while the case draws were easy to miss. Any later message replaces it and goes as usual.
  const [caseNotice, setCaseNotice] = useState<string | null>(null)
  // Why the file named at start-up could not be opened: kept on the start screen until another file opens.
  const [launchError, setLaunchError] = useState<string | null>(null)
  const [showChangesFirst, setShowChangesFirst] = useState(false)
  const [dropped, setDropped] = useState<FileInput | null>(null)
  // Settings with no case open: the checker's own settings (name, paper size) need none.
  const [settingsOpen, setSettingsOpen] = useState(false)
  const hasSession = session !== null
  const fileInput = useRef<HTMLInputElement>(null)
  // Opening a draft (menu, dialog, upload, drop) is followed: over half a second, a progress line with Cancel.
  const importJob = useImportJob(api)
  const { follow } = importJob
  const notify = useCallback((message: string) => setNotice(message), [])
  const recents = useRecentCases(api, notify)
  const { recent, setRecent, refresh: refreshRecent, afterOpen, locating, forget: forgetRecent } = recents

  useEffect(() => {
    void api.getStartup().then((result) => {
      if (!result.ok) return setPhase({ kind: 'failed', message: result.error.message })
      const startup = result.value
      setSession(startup.session)
      setBroken(startup.broken)
      setRecent(startup.recent)
      setSettings(startup.settings)
      setMode(startup.mode)
      setLaunchError(startup.launchError ?? null)
      setPhase({ kind: 'ready' })
      // Said once: housekeeping that failed (a read-only data folder), or a stale owner of the case taken over.
      const told = [...(startup.warnings ?? []), startup.session?.notice ?? ''].filter(Boolean)
      if (told.length > 0) {
        setNotice(told.join(' '))
        setCaseNotice(told.join(' '))
      }
    })
  }, [api, setRecent])

  const showSession = useCallback((next: Session, options?: { showChanges: boolean }) => {
    setSession(next)
    // What was said about an earlier attempt (a file that could not be opened) no longer holds once a case opens.
    setNotice(next.notice ?? null)
    setCaseNotice(next.notice ?? null)
    setLaunchError(null)
    setShowChangesFirst(options?.showChanges ?? false)
    setBroken(null)
    setSessionKey((k) => k + 1)
    document.title = `${currentDraft(next.case)?.article.title || 'Factdesk'} — Factdesk`
  }, [])

  const opened = useCallback(
    (next: Session) => {
      showSession(next)
      afterOpen(next)
    },
    [showSession, afterOpen]
  )

  // The open case says whether it may be replaced now (Workspace's LeaveGuard): never while it holds unsaved work.
  const [leaveGuard] = useState(() => new LeaveGuard())
  const mayLeave = useCallback(async () => {
    if (await leaveGuard.mayLeave()) return true
    setNotice(UNSAVED_CASE_STAYS)
    return false
  }, [leaveGuard])

  const openInput = useCallback(
    async (input: FileInput) => {
      if (!(await mayLeave())) return
      // Cancelled or refused, the case on screen stays as it was; the notice says why.
      const result = await follow((jobId) => api.openFile({ ...input, jobId }))
      if (!result.ok) return setNotice(result.error.message)
      opened(result.value)
    },
    [api, follow, opened, mayLeave]
  )

  // A case file chosen or dropped where a draft was expected, opened as a case by the usual flow.
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
    const result = await follow((jobId) => api.openDialog({ jobId }))
    if (!result.ok) return setNotice(result.error.message)
    if (result.value) opened(result.value)
  }, [api, follow, mode, opened, mayLeave])

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
  const { askIfMissing } = recents
  const openRecent = useCallback(
    (casePath: string) => void (askIfMissing(casePath) || openInput({ path: casePath })),
    [openInput, askIfMissing]
  )

  // The one dispatcher of menu commands, from the native menu and the toolbar's File menu alike: opening is
  // the shell's; everything else belongs to the open case's workspace, which registers its handler here.
  const [workspaceCommands] = useState(() => new CommandRelay<WorkspaceCommand>())
  const toWorkspace = useCallback(
    (command: WorkspaceCommand) => {
      if (workspaceCommands.send(command, hasSession) === 'no-workspace') setNotice(noCaseOpen(command))
    },
    [workspaceCommands, hasSession]
  )
  const runCommand = useCallback(
    (command: Command) => {
      if (command.command === 'open') void open()
      else if (command.command === 'open-recent') openRecent(command.casePath)
      // Your name and the paper size are yours, not a case's: with none open, Settings shows those alone.
      else if (command.command === 'settings' && !hasSession) setSettingsOpen(true)
      else toWorkspace(command)
    },
    [open, openRecent, toWorkspace, hasSession]
  )
  useEffect(() => onShellCommand(runCommand), [runCommand])

  // Dropping a file anywhere on the window opens it.
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault()
    }
    const drop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0]
      if (!file) return
      event.preventDefault()
      locating(null)
      // An article dropped on an open case may be its next draft: ask rather than guess, once the file is known to be
      // one (a binary file was asked about, and only then said to be unreadable).
      const isCase = file.name.toLowerCase().endsWith('.json')
      const ask = hasSession && !isCase
      void (ask ? unreadableDraft(file) : Promise.resolve(null)).then(async (problem) => {
        if (problem) return setNotice(problem.message)
        const read = await fileInputFor(file)
        if (!read.ok) return setNotice(read.error.message)
        return ask ? setDropped(read.value) : openInput(read.value)
      })
    }
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
    }
  }, [openInput, hasSession, locating])

  const saveOwnSettings = async (next: Settings) => {
    const result = await api.saveSettings(next)
    if (!result.ok) {
      setNotice(result.error.message)
      return false
    }
    setSettings(result.value)
    return true
  }

  let screen
  if (phase.kind === 'loading') screen = <main className="screen muted">Opening…</main>
  else if (phase.kind === 'failed')
    screen = (
      <main className="screen" role="alert">
        Factdesk could not start: {phase.message}
      </main>
    )
  else if (session)
    screen = (
      <Workspace
        key={sessionKey}
        api={api}
        session={session}
        settings={settings}
        recent={recent}
        notify={notify}
        showChangesFirst={showChangesFirst}
        onSession={showSession}
        onSettings={setSettings}
        onCommand={runCommand}
        commands={workspaceCommands}
        onRefreshRecent={refreshRecent}
        onOpenCase={openCaseFile}
        leaveGuard={leaveGuard}
      />
    )
  else if (broken)
    screen = <BrokenCaseScreen api={api} broken={broken} onSession={showSession} onOpenOther={() => void open()} />
  else
    screen = (
      <StartScreen
        recent={recent}
        problem={launchError}
        onOpen={() => void open()}
        onOpenRecent={openRecent}
        onLocateRecent={locateRecent}
        onForgetRecent={forgetRecent}
        onSettings={() => setSettingsOpen(true)}
      />
    )

  return (
    <>
      {screen}
      <input
        ref={fileInput}
        type="file"
        hidden
        accept={[...SUPPORTED_EXTENSIONS, '.json'].join(',')}
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file)
            void fileInputFor(file).then((read) => (read.ok ? openInput(read.value) : setNotice(read.error.message)))
        }}
      />
      {dropped ? (
        <DropChoiceDialog
          fileName={'path' in dropped ? (dropped.path.split(/[\\/]/).pop() ?? dropped.path) : dropped.fileName}
          onImportDraft={() => {
            toWorkspace({ command: 'import-dropped-draft', file: dropped })
            setDropped(null)
          }}
          onOpenSeparately={() => {
            void openInput(dropped)
            setDropped(null)
          }}
          onClose={() => setDropped(null)}
        />
      ) : null}
      {recents.missing ? (
        <MissingRecentDialog
          entry={recents.missing}
          onLocate={(casePath) => {
            recents.closeMissing()
            locateRecent(casePath)
          }}
          onForget={(casePath) => {
            recents.closeMissing()
            forgetRecent(casePath)
          }}
          onClose={recents.closeMissing}
        />
      ) : null}
      {settingsOpen && !session ? (
        <SettingsDialog
          settings={settings}
          caseSettings={null}
          usage={{}}
          onSave={saveOwnSettings}
          onClose={() => setSettingsOpen(false)}
        />
      ) : null}
      {importJob.progress ? (
        <ImportProgressLine progress={importJob.progress} onCancel={importJob.cancel} floating />
      ) : null}
      <Notice message={notice} sticky={notice !== null && notice === caseNotice} onDone={() => setNotice(null)} />
    </>
  )
}
