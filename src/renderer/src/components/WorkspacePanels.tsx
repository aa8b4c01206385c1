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
  /** The version on disk the case on screen was made from, and its fingerprint (the case session's). */
  savedVersion(): { case: CaseFile; fingerprint: string }
  /** A file dropped on the open case to import as its new draft. */
  draftFile: FileInput | null
  onClose(): void
  /** Write what is pending; true when the case on screen is on disk. */
  flush(): Promise<boolean>
  /** A new draft was revised from `sent` (the case on screen then), nothing written yet: apply it. */
  onRevised(sent: CaseFile, session: Session): void
  /** A case file chosen where a draft was asked for: open it as a case. */
  onOpenCase(file: FileInput): void
  onSelectItem(id: string): void
}

export function WorkspacePanels({
  panel,
  api,
  casePath,
  caseFile,
  savedVersion,
  draftFile,
  onClose,
  flush,
  onRevised,
  onOpenCase,
  onSelectItem
}: PanelProps) {
  if (panel === 'report')
    return <ReportDialog api={api} casePath={casePath} caseFile={caseFile} flush={flush} onClose={onClose} />
  if (panel === 'import-draft')
    return (
      <ImportDraftDialog
        api={api}
        casePath={casePath}
        caseFile={caseFile}
        savedVersion={savedVersion}
        initialFile={draftFile}
        onRevised={onRevised}
        onOpenCase={onOpenCase}
        onClose={onClose}
      />
    )
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
