/**
 * The item list: a listbox the checker walks with J/K or the arrow keys. Rows are memoised on the
 * item object and their selected flag, so a filter keystroke or a status change touches few rows.
 * Rows are drawn in chunks that skip layout while off screen (content-visibility on the chunk): at the size limit
 * the browser then lays out and watches ~200 chunks rather than 21,000 rows, and React compares ~200 chunks. With
 * a visibility watch and a place in the layout for every row, a status key spent ~600 ms of CPU in layout.
 */
import { memo, useEffect, useRef, type KeyboardEvent } from 'react'
import { FALLBACK_STATUS_COLOR, type Item, type StatusDef } from '../../../shared/case'
import { hasUnsent } from '../../../core/case/unsent'
import { shownWords } from '../../../core/case/case-reading'
import { firstWords } from '../lib/filters'
import { ITEM_LIST_LABEL, scrollIntoPane } from '../lib/focus'
import { useProgressive } from '../hooks/useProgressive'
import { asWritten } from '../../../core/report/shown-names'

/** Rows that fill the list pane at 1280×800 and then some. */
const FIRST_ROWS = 40
/**
 * Rows are chunked by where their items start in the text, this many characters a chunk: about 100 rows of news
 * prose (one item per ~95 characters at the size limit), few enough that laying out the chunk a change is in is
 * quick, many enough to keep chunks few. By text and not by row count, so an item leaving the list (verified under
 * "To check") changes its own chunk only, not every chunk after it.
 */
const CHUNK_CHARS = 10_000
/** A row's height (one line of meta, one of text; the text never wraps): an off-screen chunk's size until drawn. */
const ROW_HEIGHT_PX = 45

interface RowProps {
  item: Item
  /** The name shown for a speaker or claimant: one spelling per body across the case (core/report/shown-names.ts). */
  shownName(name: string): string
  /** The last words before a claim cut from its sentence, '' for none (useWorkspaceData's rowLeadIn). */
  leadIn(item: Item): string
  status: StatusDef | undefined
  selected: boolean
  /** Listed only for its unsent text, or as the selected item a status just took out of the filter (useHeldItem). */
  outsideFilter: boolean
  onSelect(id: string): void
}

const ItemRow = memo(function ItemRow({
  item,
  shownName,
  leadIn,
  status,
  selected,
  outsideFilter,
  onSelect
}: RowProps) {
  const lead = leadIn(item)
  const speaker = item.speaker?.name ? shownName(item.speaker.name) : null
  const claimant = item.claimant?.name ? shownName(item.claimant.name) : null
  const who = speaker ?? claimant
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
          {item.claimType && item.kind === 'claim' ? <span className="muted claim-type">{item.claimType}</span> : null}
          {item.speaker ? (
            <span className="speaker" title={`Said by ${speaker ?? ''}`}>
              {speaker}
            </span>
          ) : null}
          {!item.speaker && item.claimant ? (
            <span className="speaker" title={`Who the article says made this claim: ${claimant ?? ''}`}>
              {claimant}
            </span>
          ) : null}
          <span className="row-status">{status?.label ?? item.status}</span>
          {item.state === 'suggested' ? <span className="muted state-label">suggested</span> : null}
          {item.twinOf ? <span className="muted">twin</span> : null}
          {hasUnsent(item) && outsideFilter ? (
            <span
              className="unsent-mark"
              title="Holds text you typed and have not added or saved yet. The filter would hide this item; it stays listed until the text is added or cleared."
            >
              unsent text · not in this filter
            </span>
          ) : hasUnsent(item) ? (
            <span className="unsent-mark" title="Holds text you typed and have not added or saved yet">
              unsent text
            </span>
          ) : outsideFilter ? (
            <span
              className="muted held-mark"
              title="What you just set takes it out of this filter. It stays listed, in its place, until you move to another item."
            >
              not in this filter
            </span>
          ) : null}
        </span>
        <span className="row-text">
          {who ? <span className="row-who">{who}: </span> : null}
          {lead ? (
            <span className="row-lead" title="The words before this claim in its sentence">
              {lead}{' '}
            </span>
          ) : null}
          {firstWords(shownWords(item))}
        </span>
      </span>
    </div>
  )
})

interface ChunkProps {
  items: Item[]
  shownName(name: string): string
  leadIn(item: Item): string
  statuses: Map<string, StatusDef>
  /** The selected item's id when it is in this chunk, else null (so the other chunks stay as they were). */
  selectedId: string | null
  /** The ids in this chunk listed only for their unsent text, joined: a string, so chunks compare by value. */
  outside: string
  onSelect(id: string): void
}

const sameItems = (a: readonly Item[], b: readonly Item[]) => a.length === b.length && a.every((it, i) => it === b[i])

const RowChunk = memo(
  function RowChunk({ items, shownName, leadIn, statuses, selectedId, outside, onSelect }: ChunkProps) {
    const kept = outside ? new Set(outside.split(' ')) : null
    return (
      <div
        role="none"
        className="item-chunk"
        style={{ containIntrinsicSize: `auto ${items.length * ROW_HEIGHT_PX}px` }}
      >
        {items.map((item) => (
          <ItemRow
            key={item.id}
            item={item}
            shownName={shownName}
            leadIn={leadIn}
            status={statuses.get(item.status)}
            selected={item.id === selectedId}
            outsideFilter={kept?.has(item.id) ?? false}
            onSelect={onSelect}
          />
        ))}
      </div>
    )
  },
  (a, b) =>
    a.selectedId === b.selectedId &&
    a.shownName === b.shownName &&
    a.leadIn === b.leadIn &&
    a.statuses === b.statuses &&
    a.onSelect === b.onSelect &&
    sameItems(a.items, b.items)
)

/** The rows (in reading order, so by start) cut where their start passes into the next CHUNK_CHARS of text. */
function chunksOf(items: Item[]): Array<{ key: number; items: Item[] }> {
  const chunks: Array<{ key: number; items: Item[] }> = []
  for (const item of items) {
    const key = Math.floor(item.anchor.start / CHUNK_CHARS)
    const last = chunks[chunks.length - 1]
    if (last?.key === key) last.items.push(item)
    else chunks.push({ key, items: [item] })
  }
  return chunks
}

interface Props {
  items: Item[]
  /** One spelling per name across the case (useWorkspaceData's shownName); names as written when left out. */
  shownName?(name: string): string
  /** A cut claim's last words before it in its sentence (useWorkspaceData's rowLeadIn); none when left out. */
  leadIn?(item: Item): string
  /** Items the filter would hide, listed for their unsent text (see filterItems) or held while selected (useHeldItem). */
  outsideFilter: ReadonlySet<string>
  statuses: Map<string, StatusDef>
  selectedId: string | null
  scrollToken: number
  onSelect(id: string): void
  onMove(step: 1 | -1): void
  /**
   * The case has no item at all (a draft of a headline, or nothing Factdesk proposes): said as such, not as "No items
   * match these filters", when no filter hides anything.
   */
  caseEmpty?: boolean
  /** What an empty list says when the case has items (lib/filters.ts noMatchWords). */
  noMatch?: string
}

const EMPTY_ID = 'item-list-empty'
const NO_LEAD_IN = (): string => ''

export function ItemList({
  items,
  shownName = asWritten,
  leadIn = NO_LEAD_IN,
  outsideFilter,
  statuses,
  selectedId,
  scrollToken,
  onSelect,
  onMove,
  caseEmpty = false,
  noMatch = 'No items match these filters.'
}: Props) {
  const list = useRef<HTMLDivElement>(null)
  const rows = useProgressive(items, FIRST_ROWS)
  const visibleSelected = selectedId && items.some((it) => it.id === selectedId) ? selectedId : null

  useEffect(() => {
    if (!visibleSelected) return
    scrollIntoPane(list.current, document.getElementById(`item-${visibleSelected}`), 'nearest')
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
      aria-describedby={items.length === 0 ? EMPTY_ID : undefined}
      onKeyDown={onKeyDown}
    >
      {items.length === 0 ? (
        // Not an option (a screen reader counted it as an item) and not text the listbox owns (axe: a listbox holds
        // options only): hidden from the tree, it is the empty list's description, read when the list takes focus.
        <div className="empty" id={EMPTY_ID} aria-hidden="true">
          {caseEmpty
            ? 'Factdesk found nothing to check in this draft. Select words in the article to add a claim or a quote.'
            : noMatch}
        </div>
      ) : (
        chunksOf(rows).map(({ key, items: chunk }) => (
          <RowChunk
            key={key}
            items={chunk}
            shownName={shownName}
            leadIn={leadIn}
            statuses={statuses}
            selectedId={chunk.some((item) => item.id === selectedId) ? selectedId : null}
            outside={
              outsideFilter.size === 0
                ? ''
                : chunk
                    .filter((item) => outsideFilter.has(item.id))
                    .map((item) => item.id)
                    .join(' ')
            }
            onSelect={onSelect}
          />
        ))
      )}
    </div>
  )
}
