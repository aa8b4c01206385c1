/**
 * Where the File menu's "Export report…" and "Import new draft…" open their panels.
 * The report dialog (ReportDialog.tsx) and the new-draft changes view (ChangesView.tsx) are
 * written separately and mounted here; until then the menu entries only record the request.
 */
import type { FactdeskApi, Session } from '../../../shared/contract'

export type PanelKind = 'report' | 'import-draft'

export interface PanelProps {
  panel: PanelKind | null
  api: FactdeskApi
  casePath: string
  onClose(): void
  /** A new draft was imported: show the new session. */
  onSession(session: Session): void
}

export function WorkspacePanels(_props: PanelProps) {
  return null
}
