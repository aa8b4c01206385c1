/**
 * The app shell: loads the startup state, then shows the workspace, the broken-case screen or the
 * start screen, and dispatches menu commands. Opening files (menu, dialog, upload, drag and drop) is the shell's for
 * all three screens: how is in hooks/useFileOpening.ts and hooks/useFileDrop.ts.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import {
  DEFAULT_SETTINGS,
  type BrokenCase,
  type Command,
  type FactdeskApi,
  type FileInput,
  type Session,
  type Settings,
  type Startup
} from '../../shared/contract'
import type { Result } from '../../shared/result'
import { currentDraft } from '../../core/case/case-reading'
import { SUPPORTED_EXTENSIONS } from '../../core/import/errors'
import { viewerTag } from './api/client'
import { fileInputFor, onShellCommand } from './api/shell'
import { BrokenCaseScreen } from './components/BrokenCaseScreen'
import { DropChoiceDialog } from './components/DropChoiceDialog'
import { MissingRecentDialog } from './components/MissingRecent'
import { SameCaseDialog } from './components/SameCaseDialog'
import { Notice } from './components/Notice'
import { SettingsDialog } from './components/SettingsDialog'
import { StartScreen } from './components/StartScreen'
import { Workspace, type WorkspaceCommand } from './components/Workspace'
import { ImportProgressLine } from './components/ImportProgressLine'
import { useFileDrop } from './hooks/useFileDrop'
import { useFileOpening } from './hooks/useFileOpening'
import { useImportJob } from './hooks/useImportJob'
import { useRecentCases } from './hooks/useRecentCases'
import { noCaseOpen } from './hooks/useWorkspaceCommands'
import { CommandRelay } from './lib/command-relay'

type Phase = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready' }

interface AppProps {
  api: FactdeskApi
  /** The startup state when it was asked for before the interface loaded (main.tsx); else App asks for it. */
  startup?: Promise<Result<Startup>>
}

export function App({ api, startup: askedEarly }: AppProps) {
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

  // Asked once per window: the command-line file is the first answer's alone (a second ask shows the last case).
  const [firstStartup] = useState(() => askedEarly ?? api.getStartup({ ...viewerTag() }))
  useEffect(() => {
    void firstStartup.then((result) => {
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
  }, [firstStartup, setRecent])

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

  // Menu, dialog, upload, recent list and drop all open through one path (useFileOpening says which checks it makes).
  const fileOpening = useFileOpening({ api, mode, follow, recents, fileInput, opened, notify })
  const { leaveGuard, openInput, openCaseFile, open, openRecent, locateRecent } = fileOpening

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

  const droppedNowhere = useCallback(() => locating(null), [locating])
  useFileDrop({ hasSession, onDrop: droppedNowhere, onOpen: openInput, onAsk: setDropped, notify })

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
      {fileOpening.sameCase ? (
        <SameCaseDialog
          message={fileOpening.sameCase.message}
          onChoose={fileOpening.chooseSameCase}
          onClose={() => fileOpening.chooseSameCase(null)}
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
