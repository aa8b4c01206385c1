/**
 * Picking a speaker, a status, a type or what to show in the filters brings the detail pane along: when the item on
 * screen is not among those the new filter lists, the first one listed is selected. Left as it was, the pane went on
 * showing another speaker's claim under "OKAFOR", highlighted in the article, while the list showed none of it.
 * A choice that lists nothing leaves nothing selected: the pane kept the other speaker's item, editable, with status
 * keys acting on it, under a list that showed none of it (ItemSidebar says which filter lists nothing instead).
 * Only the checker's own choice moves the selection: an item that leaves "To check" because its status was just
 * set stays on screen, and typed words wait for Enter (ItemSidebar), since each keystroke would jump.
 */
import { useEffect, useRef } from 'react'
import type { Item } from '../../../shared/case'
import { firstIfHidden, type ItemFilter } from '../lib/filters'

export function useSelectionFollowsFilter(
  filter: ItemFilter,
  visible: Item[],
  selectedId: string | null,
  select: (id: string) => void,
  clear: () => void
): void {
  const choice = [filter.show, filter.status, filter.type, filter.speaker].join('\u0001')
  const chosen = useRef(choice)
  useEffect(() => {
    if (chosen.current === choice) return
    chosen.current = choice
    const first = firstIfHidden(visible, selectedId)
    if (first) select(first)
    else if (visible.length === 0 && selectedId !== null) clear()
  }, [choice, visible, selectedId, select, clear])
}
