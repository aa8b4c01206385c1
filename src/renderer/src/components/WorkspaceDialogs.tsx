/**
 * The workspace's small dialogs: Settings (the checker's own and the case's, one undoable change), the possible
 * inconsistencies, and the shortcut sheet. The case's settings are checked before anything is saved, so a refused
 * change keeps the dialog open with the reason.
 */
import type { FactdeskApi, Session, Settings } from '../../../shared/contract'
import type { CaseFile } from '../../../shared/case'
import { caseChecklists, caseReportHeader, editCaseSettings } from '../../../core/case/case-settings'
import { keyStatuses } from '../../../core/case/progress'
import type { RunOp } from '../lib/run-op'
import { InconsistenciesDialog } from './InconsistenciesDialog'
import { SettingsDialog, type CaseSettingsDraft } from './SettingsDialog'
import { ShortcutSheet } from './ShortcutSheet'

export type DialogKind = 'settings' | 'shortcuts' | 'inconsistencies'

interface Props {
  dialog: DialogKind | null
  api: FactdeskApi
  caseFile: CaseFile
  settings: Settings
  inconsistencies: Session['inconsistencies']
  run: RunOp
  notify(message: string): void
  onSettings(settings: Settings): void
  onSelectItem(id: string): void
  onClose(): void
}

export function WorkspaceDialogs({
  dialog,
  api,
  caseFile: c,
  settings,
  inconsistencies,
  run,
  notify,
  onSettings,
  onSelectItem,
  onClose
}: Props) {
  const saveSettings = async (next: Settings, edited: CaseSettingsDraft | null) => {
    // The case's settings are checked before anything is saved, so a refused change keeps the dialog open.
    const at = new Date().toISOString()
    const edit = edited ? { ...edited, statuses: edited.statuses.statuses, moves: edited.statuses.moves } : null
    const probe = edit ? editCaseSettings(c, edit, { by: settings.checkerName, at }) : null
    if (probe && !probe.ok) {
      notify(probe.error.message)
      return false
    }
    const result = await api.saveSettings(next)
    if (!result.ok) {
      notify(result.error.message)
      return false
    }
    onSettings(result.value)
    // One op for every setting of the case, so one undo takes the whole Settings change back.
    if (edit) run((current, ctx) => editCaseSettings(current, edit, ctx))
    return true
  }

  if (dialog === 'settings')
    return (
      <SettingsDialog
        settings={settings}
        caseSettings={{
          statuses: c.statuses,
          ratingMap: c.ratingMap,
          checklists: caseChecklists(c),
          reportHeader: caseReportHeader(c)
        }}
        usage={statusUsage(c.items)}
        onSave={saveSettings}
        onSaveProfile={async (profile) => {
          const saved = await api.saveProfile(profile)
          if (!saved.ok) notify(saved.error.message)
          else if (saved.value.notice) notify(saved.value.notice)
          return saved.ok
        }}
        onClose={onClose}
      />
    )
  if (dialog === 'inconsistencies')
    return (
      <InconsistenciesDialog
        inconsistencies={inconsistencies}
        items={c.items}
        onSelect={onSelectItem}
        onClose={onClose}
      />
    )
  if (dialog === 'shortcuts')
    return <ShortcutSheet statuses={c.statuses.filter((s) => keyStatuses(c).includes(s.id))} onClose={onClose} />
  return null
}

function statusUsage(items: Array<{ status: string }>): Record<string, number> {
  const usage: Record<string, number> = {}
  for (const item of items) usage[item.status] = (usage[item.status] ?? 0) + 1
  return usage
}
