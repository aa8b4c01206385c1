/**
 * The selected item keeps its row while the checker works on it. A status key (3 for "Verified") takes an item out of
 * "To check": it stayed selected in the detail pane but its row left the list at once, the rows below moved up into
 * its place, and the checker, looking at the list, no longer saw where they were. Now an item the filter listed when
 * it was selected stays listed, in its place and marked "not in this filter", until the selection moves (J walks on
 * from it as before) or the filter changes; then it leaves the list as any other item the filter hides.
 */
import { useMemo, useState } from 'react'
import type { Item } from '../../../shared/case'
import type { ItemFilter } from '../lib/filters'

/** The item listed when selected, and the filter it was listed under (any other filter lets it go). */
interface Held {
  id: string
  filter: ItemFilter
}

export interface HeldList {
  /** The items to list: `visible`, with the held item back in its place when the filter no longer lists it. */
  items: Item[]
  /** `outside`, with the held item's id when it is listed only because it is held. */
  outside: ReadonlySet<string>
}

/**
 * `visible`: what the filter lists (in reading order, a subsequence of `sorted`); `outside`: the ids among them listed
 * only for their unsent text.
 */
export function useHeldItem(
  visible: Item[],
  sorted: Item[],
  outside: ReadonlySet<string>,
  filter: ItemFilter,
  selectedId: string | null
): HeldList {
  const listed = useMemo(
    () => selectedId !== null && visible.some((item) => item.id === selectedId),
    [visible, selectedId]
  )
  const [held, setHeld] = useState<Held | null>(null)
  if (listed && selectedId !== null && (held?.id !== selectedId || held.filter !== filter))
    setHeld({ id: selectedId, filter })
  const keep = !listed && held !== null && held.id === selectedId && held.filter === filter ? held.id : null
  return useMemo(() => {
    const item = keep === null ? undefined : sorted.find((it) => it.id === keep)
    if (!item) return { items: visible, outside }
    const shown = new Set<Item>(visible).add(item)
    return { items: sorted.filter((it) => shown.has(it)), outside: new Set(outside).add(item.id) }
  }, [keep, visible, sorted, outside])
}
