/**
 * The workspace's larger panels: the report export (File › Export report…), the new-draft import
 * (File › Import new draft…, or a file dropped on an open case) and the Changes view that follows it.
 */
import type { FactdeskApi, FileInput, Session } from '../../../shared/contract'
import type { CaseFile } from '../../../shared/case'
import { ChangesView } from './ChangesView'
import { ImportDraftDialog } from './ImportDraftDialog'
import { ReportDialog } from './ReportDialog'

export type PanelKind = 'report' | 'import-draft' | 'changes'

export interface PanelProps {
  panel: PanelKind | null
  api: FactdeskApi
  casePath: string
  caseFile: CaseFile
  /** A file dropped on the open case to import as its new draft. */
  draftFile: FileInput | null
  onClose(): void
  /** A new draft was imported: show the new session, then what changed. */
  onImported(session: Session): void
  onSelectItem(id: string): void
}

export function WorkspacePanels({ panel, api, casePath, caseFile, draftFile, onClose, onImported, onSelectItem }: PanelProps) {
  if (panel === 'report') return <ReportDialog api={api} casePath={casePath} onClose={onClose} />
  if (panel === 'import-draft')
    return <ImportDraftDialog api={api} casePath={casePath} initialFile={draftFile} onImported={onImported} onClose={onClose} />
  if (panel === 'changes')
    return (
      <div className="changes-overlay">
        <ChangesView
          case={caseFile}
          onSelectItem={(id) => {
            onClose()
            onSelectItem(id)
          }}
          onClose={onClose}
        />
      </div>
    )
  return null
}
