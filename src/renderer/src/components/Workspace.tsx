/**
 * The checking workspace: toolbar, the article on the left, the item list and the selected item on
 * the right. Owns selection, filters and dialogs; the case itself lives in useCaseState.
 */
import { useEffect, useRef, useState } from 'react'
import type { Command, FactdeskApi, FileInput, RecentEntry, Session, Settings } from '../../../shared/contract'
import { nextGap } from '../lib/article-marks'
import { accept, dismiss, setArticleDate, setStatus } from '../../../core/case/ops-status'
import { keyStatuses } from '../../../core/case/progress'
import { linkTwinPairs } from '../../../core/case/twins'
import { useArticleSelection } from '../hooks/useArticleSelection'
import { useCaseFileActions } from '../hooks/useCaseFileActions'
import { useCaseState } from '../hooks/useCaseState'
import { useItemWalk } from '../hooks/useItemWalk'
import { noItemSelected, useKeyboard } from '../hooks/useKeyboard'
import { useRevisedDraft } from '../hooks/useRevisedDraft'
import { useSplit } from '../hooks/useSplit'
import { useWorkspaceCommands } from '../hooks/useWorkspaceCommands'
import { useWorkspaceData } from '../hooks/useWorkspaceData'
import { NO_FILTER, type ItemFilter } from '../lib/filters'
import { focusItemList } from '../lib/focus'
import { prefetchHandOps } from '../lib/hand-ops'
import type { CommandRelay } from '../lib/command-relay'
import type { LeaveGuard } from '../lib/leave-guard'
import { useRunOp } from '../lib/run-op'
import { ArticleView } from './ArticleView'
import { FileMenu } from './FileMenu'
import { ItemSidebar } from './ItemSidebar'
import { Splitter } from './Splitter'
import { Toolbar } from './Toolbar'
import { WorkspaceBanners } from './WorkspaceBanners'
import { WorkspaceDialogs, type DialogKind } from './WorkspaceDialogs'
import { WorkspacePanels, type PanelKind } from './WorkspacePanels'

/** What the app shell hands the open case: the menu commands it handles (opening another file is the shell's), and a file dropped on it to import as its new draft. */
export type WorkspaceCommand =
  Exclude<Command, { command: 'open' | 'open-recent' }> | { command: 'import-dropped-draft'; file: FileInput }

interface Analysis {
  sentences: Session['sentences']
  inconsistencies: Session['inconsistencies']
}
const NO_ANALYSIS: Analysis = { sentences: [], inconsistencies: [] }
const analysisOf = (session: Session): Analysis => ({
  sentences: session.sentences,
  inconsistencies: session.inconsistencies
})

interface Props {
  api: FactdeskApi
  session: Session
  settings: Settings
  recent: RecentEntry[]
  notify(message: string): void
  /** Open the Changes view at once (a new draft was just imported). */
  showChangesFirst: boolean
  onSession(session: Session, options?: { showChanges: boolean }): void
  onSettings(settings: Settings): void
  /** Runs a menu command through the app's one dispatcher (the toolbar's File menu). */
  onCommand(command: Command): void
  /** Where this workspace registers its handler for the commands the dispatcher forwards to it. */
  commands: CommandRelay<WorkspaceCommand>
  onRefreshRecent(): void
  /** Opens a case file in place of this one, by the shell's usual open flow, asking `leaveGuard` first. */
  onOpenCase(file: FileInput): void
  leaveGuard: LeaveGuard
}

export function Workspace({
  api,
  session,
  settings,
  recent,
  notify,
  showChangesFirst,
  onSession,
  onSettings,
  onCommand,
  commands,
  onRefreshRecent,
  onOpenCase,
  leaveGuard
}: Props) {
  const state = useCaseState(api, session, settings.checkerName)
  const run = useRunOp(state, settings.checkerName, notify)
  const c = state.caseFile
  const [filter, setFilter] = useState<ItemFilter>(NO_FILTER)
  const [showCoverage, setShowCoverage] = useState(false)
  // The engine's view of each draft seen in this window (a draft imported here, then undone or redone, keeps it).
  const [analyses, setAnalyses] = useState(() => new Map([[session.case.currentDraftId, analysisOf(session)]]))
  const analysis = analyses.get(c.currentDraftId) ?? NO_ANALYSIS
  const data = useWorkspaceData(c, analysis.sentences, filter, showCoverage)
  const { selectedId, selected, scrollToken, select, clear, move, rescroll } = useItemWalk(data.visible, c.items)
  const [dialog, setDialog] = useState<DialogKind | null>(null)
  const [panel, setPanel] = useState<PanelKind | null>(showChangesFirst ? 'changes' : null)
  const [draftFile, setDraftFile] = useState<FileInput | null>(null)
  const [split, setSplit] = useSplit()
  const [reveal, setReveal] = useState<{ start: number; end: number; token: number } | null>(null)
  const noteRef = useRef<HTMLTextAreaElement>(null)
  const filterRef = useRef<HTMLInputElement>(null)

  // A mark the workspace benchmark reads: the first render with the case on screen.
  useEffect(() => {
    performance.mark('factdesk:workspace-ready')
    prefetchHandOps()
  }, [])

  // The twins the Node side found unlinked when it loaded the case are linked once it opens ([]: nothing to do).
  useEffect(() => {
    if (session.twins.length > 0) run((current, ctx) => linkTwinPairs(current, session.twins, ctx))
  }, [run, session.twins])

  const { textSelection, onSelectionChange, addItem, passOver } = useArticleSelection(run, select)

  /** U: coverage on, and the next sentence nobody looked at selected, after the current selection or item. */
  const revealNextUncovered = () => {
    setShowCoverage(true)
    const from = textSelection?.start ?? reveal?.start ?? selected?.anchor.start ?? -1
    const gap = nextGap(data.marks, { sentences: analysis.sentences, items: c.items, text: data.text }, from)
    if (!gap) return notify('Every sentence is accounted for.')
    setReveal((previous) => ({ start: gap.start, end: gap.end, token: (previous?.token ?? 0) + 1 }))
  }

  // A status, accept or dismiss key with no item selected is answered, not dropped without a word.
  const onSelected = (act: (id: string) => void) =>
    selectedId ? act(selectedId) : notify(noItemSelected(c.items, data.visible.length))
  useKeyboard({
    next: () => move(1),
    previous: () => move(-1),
    status: (index) => {
      const id = keyStatuses(c)[index]
      if (id) onSelected((item) => run((current, ctx) => setStatus(current, item, id, ctx)))
    },
    accept: () => onSelected((item) => run((current, ctx) => accept(current, item, ctx))),
    dismiss: () => onSelected((item) => run((current, ctx) => dismiss(current, item, ctx))),
    note: () => noteRef.current?.focus(),
    nextUncovered: revealNextUncovered,
    filter: () => filterRef.current?.focus(),
    shortcuts: () => setDialog('shortcuts'),
    undo: state.undo,
    redo: state.redo,
    leaveField: focusItemList,
    clearFilter: () => {
      if (!filter.text) return false
      setFilter({ ...filter, text: '' })
      rescroll() // the item walked to stays selected, scrolled to in the whole list
      return true
    }
  })

  const { saveCopy, putBack, reload } = useCaseFileActions(api, state, notify, onSession)
  const { flush, session: caseSession } = state
  useEffect(
    () => leaveGuard.register(async () => (await flush()) && !caseSession.getView().diskProblem),
    [flush, caseSession, leaveGuard]
  )
  const handleCommand = useWorkspaceCommands(commands, {
    setPanel,
    setDraftFile,
    setDialog,
    saveCopy: () => void saveCopy()
  })

  /** A new draft revised on the Node side from the case on screen (`sent`): one undoable step, saved as any other. */
  // Applied as one undoable step; a case file gone meanwhile is put back with it (useRevisedDraft says why).
  const revised = useRevisedDraft(state, putBack, (next) => {
    setAnalyses((known) => new Map(known).set(next.case.currentDraftId, analysisOf(next)))
    setPanel('changes')
  })

  return (
    <div className="app">
      <Toolbar
        fileName={data.draft?.fileName ?? ''}
        title={data.draft?.article.title ?? ''}
        saveState={state.saveState}
        progress={data.progress}
        articleDate={c.articleDate}
        onArticleDate={(date) => run((current, ctx) => setArticleDate(current, date, ctx))}
        showCoverage={showCoverage}
        uncovered={data.marks.gaps?.length ?? 0}
        onToggleCoverage={() => setShowCoverage((v) => !v)}
        canUndo={state.canUndo}
        canRedo={state.canRedo}
        onUndo={state.undo}
        onRedo={state.redo}
        onSettings={() => setDialog('settings')}
        onShortcuts={() => setDialog('shortcuts')}
        fileMenu={
          <FileMenu
            recent={recent}
            hasChanges={c.drafts.length > 1}
            onOpenMenu={onRefreshRecent}
            onCommand={onCommand}
          />
        }
      />
      <WorkspaceBanners
        casePath={session.casePath}
        caseFile={c}
        owners={state.owners}
        saveState={state.saveState}
        diskProblem={state.diskProblem}
        draftOnDisk={state.draftOnDisk}
        draftGone={state.draftGone}
        checkerName={settings.checkerName}
        run={run}
        onSelectItem={(id) => select(id)}
        onSettings={() => setDialog('settings')}
        onSaveCopy={() => void saveCopy()}
        onReload={() => void reload()}
        onPutBack={() => void putBack()}
        onImportDraft={(path) => handleCommand({ command: 'import-dropped-draft', file: { path } })}
      />
      <main
        className="workspace"
        style={{ gridTemplateColumns: `minmax(320px, ${split}fr) auto minmax(320px, ${100 - split}fr)` }}
      >
        <ArticleView
          text={data.text}
          marks={data.marks}
          statusColors={data.statusColors}
          selectedId={selectedId}
          scrollToken={scrollToken}
          onSelect={(id) => select(id, false)}
          onAdd={addItem}
          onNothing={passOver}
          reveal={reveal}
          selection={textSelection}
          onSelectionChange={onSelectionChange}
        />
        <Splitter value={split} onChange={setSplit} />
        <ItemSidebar
          api={api}
          casePath={session.casePath}
          caseFile={c}
          data={data}
          inconsistencies={analysis.inconsistencies}
          onShowInconsistencies={() => setDialog('inconsistencies')}
          filter={filter}
          onFilter={setFilter}
          filterRef={filterRef}
          selectedId={selectedId}
          selected={selected}
          scrollToken={scrollToken}
          select={select}
          clear={clear}
          move={move}
          run={run}
          noteRef={noteRef}
          articleSelection={textSelection}
          notify={notify}
        />
      </main>
      <WorkspaceDialogs
        dialog={dialog}
        api={api}
        caseFile={c}
        settings={settings}
        inconsistencies={analysis.inconsistencies}
        run={run}
        notify={notify}
        onSettings={onSettings}
        onSelectItem={(id) => select(id)}
        onClose={() => setDialog(null)}
      />
      <WorkspacePanels
        panel={panel}
        api={api}
        casePath={session.casePath}
        caseFile={c}
        savedVersion={() => state.session.savedVersion}
        draftFile={draftFile}
        onClose={() => setPanel(null)}
        flush={state.flush}
        onRevised={revised}
        onOpenCase={onOpenCase}
        onSelectItem={(id) => select(id)}
      />
    </div>
  )
}
