/**
 * The workspace's right-hand side: the filters (with the possible inconsistencies link) on top, the item list, and the
 * selected item's detail below (or how to pick one). Selection and the case stay the workspace's; this lays them out.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react'
import type { FactdeskApi, Session } from '../../../shared/contract'
import type { CaseFile, Item } from '../../../shared/case'
import { useHeldItem } from '../hooks/useHeldItem'
import { useSelectionFollowsFilter } from '../hooks/useSelectionFollowsFilter'
import type { useWorkspaceData } from '../hooks/useWorkspaceData'
import { emptyDetailWords, firstIfHidden, noMatchWords, type ItemFilter } from '../lib/filters'
import { focusItemList } from '../lib/focus'
import type { TextSelection } from '../lib/offsets'
import type { RunOp } from '../lib/run-op'
import { ItemDetail } from './ItemDetail'
import { ItemFilters } from './ItemFilters'
import { ItemList } from './ItemList'

interface Props {
  api: FactdeskApi
  casePath: string
  caseFile: CaseFile
  data: ReturnType<typeof useWorkspaceData>
  inconsistencies: Session['inconsistencies']
  onShowInconsistencies(): void
  filter: ItemFilter
  onFilter(filter: ItemFilter): void
  filterRef: RefObject<HTMLInputElement | null>
  selectedId: string | null
  selected: Item | null
  scrollToken: number
  select(id: string, scroll?: boolean): void
  clear(): void
  move(step: 1 | -1): void
  run: RunOp
  noteRef: RefObject<HTMLTextAreaElement | null>
  articleSelection: TextSelection | null
  notify(message: string): void
}

export function ItemSidebar({
  api,
  casePath,
  caseFile: c,
  data,
  inconsistencies,
  onShowInconsistencies,
  filter,
  onFilter,
  filterRef,
  selectedId,
  selected,
  scrollToken,
  select,
  clear,
  move,
  run,
  noteRef,
  articleSelection,
  notify
}: Props) {
  // J and K need no held row: from an item the filter hides they walk on from where it sits in the text.
  const listed = useHeldItem(data.visible, data.sorted, data.outsideFilter, filter, selectedId)
  useSelectionFollowsFilter(filter, listed.items, selectedId, select, clear)
  // Each item's detail opens at its top (its words, who, status): the pane kept the last item's scroll, so after a
  // source was added far down one item, J or a filter showed the next one's notes and sources, not what it says.
  const detailRef = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    if (detailRef.current) detailRef.current.scrollTop = 0
  }, [selectedId])
  return (
    <aside className="side" aria-label="Items and details">
      <ItemFilters
        ref={filterRef}
        filter={filter}
        onChange={onFilter}
        statuses={c.statuses}
        counts={data.progress.byStatus}
        speakers={data.speakerNames}
        shown={data.visible.length}
        onEnter={() => {
          // Typed a filter, pressed Enter: J/K walk what it found, from its first match.
          const first = firstIfHidden(listed.items, selectedId)
          if (first) select(first)
          else if (listed.items.length === 0) clear()
          focusItemList()
        }}
        extra={
          inconsistencies.length > 0 ? (
            <button type="button" className="inconsistency-link" onClick={onShowInconsistencies}>
              {inconsistencies.length === 1
                ? '1 possible inconsistency'
                : `${inconsistencies.length} possible inconsistencies`}
            </button>
          ) : null
        }
      />
      <ItemList
        items={listed.items}
        shownName={data.shownName}
        leadIn={data.rowLeadIn}
        outsideFilter={listed.outside}
        statuses={data.statusMap}
        selectedId={selectedId}
        scrollToken={scrollToken}
        onSelect={select}
        onMove={move}
        caseEmpty={data.sorted.length === 0}
        noMatch={noMatchWords(filter.show, data.elsewhere)}
      />
      <div className="detail-pane" ref={detailRef}>
        {selected ? (
          <ItemDetail
            key={selected.id}
            api={api}
            casePath={casePath}
            caseFile={c}
            item={selected}
            shownName={data.shownName}
            run={run}
            noteRef={noteRef}
            articleSelection={articleSelection}
            onSelect={select}
            notify={notify}
          />
        ) : listed.items.length === 0 && data.sorted.length > 0 ? (
          <p className="muted placeholder">{emptyDetailWords(filter)}</p>
        ) : (
          <p className="muted placeholder">
            Select an item in the list or the article, or select words in the article to add a claim or quote.
          </p>
        )}
      </div>
    </aside>
  )
}
