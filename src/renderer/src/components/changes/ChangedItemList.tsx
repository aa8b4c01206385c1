/**
 * Items the new draft changed or removed, re-checks first. A listbox: J/K (or the arrows) move,
 * Enter opens the item in the workspace. Each changed item shows its old and new wording as a word diff.
 */
import type { KeyboardEvent } from 'react'
import type { StatusDef } from '../../../../shared/case'
import type { ChangeEntry } from '../../../../core/revisions/changes-since'
import { wordDiff } from '../../../../core/report/word-diff'
import { changedLabel } from '../../../../core/revisions/turn-speakers'
import { DiffText } from './DiffText'

interface Props {
  entries: ChangeEntry[]
  statuses: StatusDef[]
  /** The report's number of each item, by id. */
  labels: Map<string, string>
  activeIndex: number
  onActivate(index: number): void
  onSelect(id: string): void
}

export const optionId = (id: string): string => `change-${id}`

export function ChangedItemList({ entries, statuses, labels, activeIndex, onActivate, onSelect }: Props) {
  const statusOf = (id: string) => statuses.find((s) => s.id === id)
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const key = event.key
    if (key === 'j' || key === 'J' || key === 'ArrowDown') onActivate(Math.min(entries.length - 1, activeIndex + 1))
    else if (key === 'k' || key === 'K' || key === 'ArrowUp') onActivate(Math.max(0, activeIndex - 1))
    else if (key === 'Enter' && entries[activeIndex]) onSelect(entries[activeIndex].item.id)
    else return
    event.preventDefault() // handled here: the workspace's own J/K must not also move
  }
  if (entries.length === 0) return <p className="muted">No item changed or was removed in this draft.</p>
  const active = entries[activeIndex]
  return (
    <ul
      className="changes-list"
      role="listbox"
      aria-label="Changed and removed items, re-checks first"
      tabIndex={0}
      aria-activedescendant={active ? optionId(active.item.id) : undefined}
      onKeyDown={onKeyDown}
    >
      {entries.map((entry, index) => {
        const status = statusOf(entry.item.status)
        return (
          <li
            key={entry.item.id}
            id={optionId(entry.item.id)}
            role="option"
            aria-selected={index === activeIndex}
            className={`changes-entry changes-${entry.outcome}${index === activeIndex ? ' active' : ''}`}
            onClick={() => onActivate(index)}
            onDoubleClick={() => onSelect(entry.item.id)}
          >
            <div className="changes-entry-head">
              <strong>
                {entry.item.kind === 'quote' ? 'Quote' : 'Claim'} {labels.get(entry.item.id) ?? entry.item.id}
              </strong>
              <span className={`changes-badge changes-badge-${entry.outcome}`}>
                {entry.outcome === 'removed'
                  ? 'Removed from the draft'
                  : changedLabel(entry.item, entry.draftId, entry.before !== entry.after)}
              </span>
              {status ? (
                <span className="changes-status" style={{ borderColor: status.color }}>
                  {status.label}
                </span>
              ) : null}
              {entry.draftId ? <span className="muted">in {entry.draftId}</span> : null}
            </div>
            <p className="changes-words">
              {entry.after === null ? (
                <del className="diff-del">{entry.before}</del>
              ) : (
                <DiffText parts={wordDiff(entry.before, entry.after)} />
              )}
            </p>
          </li>
        )
      })}
    </ul>
  )
}
