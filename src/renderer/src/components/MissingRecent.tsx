/**
 * A recent case whose file has gone (moved, deleted, on a drive not connected): said so with where it was, and the two
 * ways on, Locate… (pick where it is now) and Remove from list. Shown in the start screen's list, and as a dialog when
 * it is chosen from the File menu's Open recent, where a checker with a case open looks for it.
 */
import type { RecentEntry } from '../../../shared/contract'
import { recentLabel } from '../../../core/case/recent-label'
import { Dialog, focusWhenOpened } from './Dialog'

interface Props {
  entry: RecentEntry
  onLocate(casePath: string): void
  onForget(casePath: string): void
}

/** Where it was, in words. */
function whereItWas(entry: RecentEntry): string {
  return `missing: no longer at ${recentLabel(entry).folder} (moved, deleted, or on a drive not connected)`
}

/** The start screen's row. */
export function MissingRecent({ entry, onLocate, onForget }: Props) {
  const label = recentLabel(entry)
  return (
    <li className="recent-missing">
      <span>
        <span className="recent-missing-file">{label.file}</span>{' '}
        <span className="small muted" title={entry.casePath}>
          {label.title ? `${label.title} · ` : ''}
          {whereItWas(entry)}
        </span>
      </span>
      <span className="recent-actions">
        <button type="button" onClick={() => onLocate(entry.casePath)} aria-label={`Locate ${label.file}…`}>
          Locate…
        </button>
        <button type="button" onClick={() => onForget(entry.casePath)} aria-label={`Remove ${label.file} from list`}>
          Remove from list
        </button>
      </span>
    </li>
  )
}

/** Chosen from the File menu: the same words and ways on, or Cancel. */
export function MissingRecentDialog({ entry, onLocate, onForget, onClose }: Props & { onClose(): void }) {
  const label = recentLabel(entry)
  return (
    <Dialog title="Case not found" onClose={onClose}>
      <p>
        <strong>{label.file}</strong>
        {label.title ? ` (${label.title})` : ''}: {whereItWas(entry)}.
      </p>
      <p className="small muted">{entry.casePath}</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => onForget(entry.casePath)}>
          Remove from list
        </button>
        <button ref={focusWhenOpened} type="button" className="primary" onClick={() => onLocate(entry.casePath)}>
          Locate…
        </button>
      </div>
    </Dialog>
  )
}
