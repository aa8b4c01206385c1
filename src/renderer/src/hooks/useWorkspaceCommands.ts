/**
 * The menu commands that work on the open case (File › Import new draft…, Changes, Export report…, Settings, Save
 * my version as a copy, a draft dropped on the case), as the app's one dispatcher forwards them: each opens its
 * panel or dialog in this workspace. Answers the handler, for the workspace's own buttons that do the same; and
 * (noCaseOpen) what is said when one arrives with no case open. Registered once per workspace, as a stable function reading the latest handler:
 * the registration never depends on what the handler uses (its callbacks may change), so the relay finds this
 * workspace's from mount to unmount.
 */
import { useCallback, useLayoutEffect, useRef } from 'react'
import type { FileInput } from '../../../shared/contract'
import type { CommandRelay } from '../lib/command-relay'
import type { WorkspaceCommand } from '../components/Workspace'
import type { PanelKind } from '../components/WorkspacePanels'
import type { DialogKind } from '../components/WorkspaceDialogs'

interface Targets {
  setPanel(panel: PanelKind): void
  setDraftFile(file: FileInput | null): void
  setDialog(dialog: DialogKind): void
  saveCopy(): void
}

export function useWorkspaceCommands(
  commands: CommandRelay<WorkspaceCommand>,
  { setPanel, setDraftFile, setDialog, saveCopy }: Targets
): (command: WorkspaceCommand) => void {
  const handleCommand = useCallback(
    (command: WorkspaceCommand) => {
      switch (command.command) {
        case 'import-draft':
          setDraftFile(null)
          setPanel('import-draft')
          break
        case 'import-dropped-draft':
          setDraftFile(command.file)
          setPanel('import-draft')
          break
        case 'changes':
          setPanel('changes')
          break
        case 'export-report':
          setPanel('report')
          break
        case 'settings':
          setDialog('settings')
          break
        case 'save-copy':
          saveCopy()
          break
      }
    },
    [saveCopy, setDialog, setDraftFile, setPanel]
  )
  const latestCommand = useRef(handleCommand)
  useLayoutEffect(() => {
    latestCommand.current = handleCommand
  }, [handleCommand])
  useLayoutEffect(() => commands.register((command) => latestCommand.current(command)), [commands])
  return handleCommand
}

/** Said when a command that works on the open case arrives with none open (the native menu on the start screen). */
export function noCaseOpen(command: WorkspaceCommand): string {
  const what: Record<WorkspaceCommand['command'], string> = {
    'import-draft': 'Import new draft',
    'import-dropped-draft': 'Import new draft',
    changes: 'Changes since the previous draft',
    'export-report': 'Export report',
    'save-copy': 'Save my version as a copy',
    settings: 'Settings'
  }
  return `${what[command.command]} works on an open case: open a draft or a case first (File › Open…).`
}
