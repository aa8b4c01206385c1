/** Changing what the item covers: move its edges by a word, merge with the next item, split, delete. */
import type { CaseFile, Item } from '../../../shared/case'
import { deleteManualItem, mergeItems, moveEdge, splitItem } from '../../../core/case/ops-items'
import { isActive, readingOrder } from '../../../core/case/case-reading'
import type { RunOp } from '../lib/run-op'
import type { TextSelection } from '../lib/offsets'

interface Props {
  caseFile: CaseFile
  item: Item
  run: RunOp
  articleSelection: TextSelection | null
}

/**
 * The item "Merge with next item" merges into: the first active item after this one in reading order (sortItems'
 * order). One pass, not a sort: this renders on every change to the selected item, and sorting 28,000 items took
 * ~50 ms of each status key at the size limit.
 */
export function nextItem(items: readonly Item[], item: Item): Item | undefined {
  let best: Item | undefined
  for (const it of items) {
    if (!isActive(it) || it.anchor.start < item.anchor.end || it.id === item.id) continue
    if (!best || readingOrder(it, best) < 0) best = it
  }
  return best
}

export function EditSection({ caseFile, item, run, articleSelection }: Props) {
  const next = nextItem(caseFile.items, item)
  const { start, end } = item.anchor
  // Split where the checker put the selection inside the item, else near the middle.
  const cut =
    articleSelection && articleSelection.start > start && articleSelection.start < end
      ? articleSelection.start
      : Math.round((start + end) / 2)
  const move = (edge: 'start' | 'end', direction: -1 | 1) => run((c, ctx) => moveEdge(c, item.id, edge, direction, ctx))

  return (
    <details className="section">
      <summary>Edit span</summary>
      <div className="edge-buttons" role="group" aria-label="Move edges">
        <button type="button" onClick={() => move('start', -1)} aria-label="Start one word earlier">
          ◂ Start
        </button>
        <button type="button" onClick={() => move('start', 1)} aria-label="Start one word later">
          Start ▸
        </button>
        <button type="button" onClick={() => move('end', -1)} aria-label="End one word earlier">
          ◂ End
        </button>
        <button type="button" onClick={() => move('end', 1)} aria-label="End one word later">
          End ▸
        </button>
      </div>
      <div className="form-buttons">
        <button
          type="button"
          disabled={!next}
          onClick={() => next && run((c, ctx) => mergeItems(c, item.id, next.id, ctx))}
        >
          Merge with next item
        </button>
        <button
          type="button"
          onClick={() =>
            run((c, ctx) => {
              const result = splitItem(c, item.id, cut, ctx)
              return result.ok ? result.value.case : result
            })
          }
        >
          {articleSelection && cut === articleSelection.start ? 'Split at selection' : 'Split in two'}
        </button>
        {item.origin === 'manual' ? (
          <button type="button" className="danger" onClick={() => run((c, ctx) => deleteManualItem(c, item.id, ctx))}>
            Delete
          </button>
        ) : null}
      </div>
    </details>
  )
}
