/**
 * The item list: a listbox the checker walks with J/K or the arrow keys. Rows are memoised on the
 * item object and their selected flag, so a filter keystroke or a status change touches few rows.
 */
import { memo, useEffect, useRef, type KeyboardEvent } from 'react'
import { FALLBACK_STATUS_COLOR, type Item, type StatusDef } from '../../../shared/case'
import { hasUnsent } from '../../../core/case/unsent'
import { firstWords } from '../lib/filters'
import { ITEM_LIST_LABEL } from '../lib/focus'
import { useProgressive } from '../hooks/useProgressive'

/** Rows that fill the list pane at 1280×800 and then some. */
const FIRST_ROWS = 40

interface RowProps {
  item: Item
  status: StatusDef | undefined
  selected: boolean
  onSelect(id: string): void
}

const ItemRow = memo(function ItemRow({ item, status, selected, onSelect }: RowProps) {
  return (
    <div
      id={`item-${item.id}`}
      role="option"
      aria-selected={selected}
      className={`item-row${selected ? ' is-selected' : ''} state-${item.state}`}
      onClick={() => onSelect(item.id)}
    >
      <span className="dot" style={{ backgroundColor: status?.color ?? FALLBACK_STATUS_COLOR }} aria-hidden="true" />
      <span className="row-main">
        <span className="row-meta">
          <span className={`kind kind-${item.kind}`}>{item.kind === 'quote' ? 'Quote' : 'Claim'}</span>
          {item.claimType && item.kind === 'claim' ? <span className="muted">{item.claimType}</span> : null}
          {item.speaker ? <span className="speaker">{item.speaker.name}</span> : null}
          {!item.speaker && item.claimant ? (
            <span className="speaker" title="Who the article says made this claim">
              {item.claimant.name}
            </span>
          ) : null}
          <span className="row-status">{status?.label ?? item.status}</span>
          {item.state === 'suggested' ? <span className="muted">suggested</span> : null}
          {item.twinOf ? <span className="muted">twin</span> : null}
          {hasUnsent(item) ? (
            <span className="unsent-mark" title="Holds text you typed and have not added or saved yet">
              unsent text
            </span>
          ) : null}
        </span>
        <span className="row-text">{firstWords(item.anchor.exact)}</span>
      </span>
    </div>
  )
})

interface Props {
  items: Item[]
  statuses: Map<string, StatusDef>
  selectedId: string | null
  scrollToken: number
  onSelect(id: string): void
  onMove(step: 1 | -1): void
}

export function ItemList({ items, statuses, selectedId, scrollToken, onSelect, onMove }: Props) {
  const list = useRef<HTMLDivElement>(null)
  const rows = useProgressive(items, FIRST_ROWS)
  const visibleSelected = selectedId && items.some((it) => it.id === selectedId) ? selectedId : null

  useEffect(() => {
    if (!visibleSelected) return
    document.getElementById(`item-${visibleSelected}`)?.scrollIntoView({ block: 'nearest' })
  }, [visibleSelected, scrollToken])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      onMove(event.key === 'ArrowDown' ? 1 : -1)
    }
  }

  return (
    <div
      ref={list}
      className="item-list"
      role="listbox"
      aria-label={ITEM_LIST_LABEL}
      tabIndex={0}
      aria-activedescendant={visibleSelected ? `item-${visibleSelected}` : undefined}
      onKeyDown={onKeyDown}
    >
      {items.length === 0 ? (
        <div className="empty" role="option" aria-selected={false} aria-disabled="true">
          No items match these filters.
        </div>
      ) : (
        rows.map((item) => (
          <ItemRow
            key={item.id}
            item={item}
            status={statuses.get(item.status)}
            selected={item.id === selectedId}
            onSelect={onSelect}
          />
        ))
      )}
    </div>
  )
}
