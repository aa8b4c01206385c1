/** Everything that happened to the item: when, who, what, on which draft. */
import type { Item, StatusDef } from '../../../shared/case'
import { formatDateTime } from '../lib/format'

export function HistorySection({ item, statuses }: { item: Item; statuses: StatusDef[] }) {
  const label = (id: string | undefined) => (id ? (statuses.find((s) => s.id === id)?.label ?? id) : '')
  return (
    <details className="section">
      <summary>History ({item.history.length})</summary>
      <ol className="history">
        {item.history
          .slice()
          .reverse()
          .map((entry, index) => (
            <li key={index}>
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> <strong>{entry.by}</strong> {entry.action}
              {entry.action === 'status' ? ` ${label(entry.from)} → ${label(entry.to)}` : ''}
              {entry.detail ? <span className="muted"> — {entry.detail}</span> : null}
              {entry.draftId ? <span className="muted"> ({entry.draftId})</span> : null}
            </li>
          ))}
      </ol>
    </details>
  )
}
