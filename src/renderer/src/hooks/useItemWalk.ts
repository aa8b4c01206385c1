/**
 * Which item the detail pane shows, and walking the listed items with J/K (or the arrow keys). A walk that starts
 * on an item the filter no longer lists continues from where that item sits in the text, not from the top of the
 * list: the checker keeps their place in the article. `scrollToken` asks the list and the article to scroll the
 * selection into view; a click in the article selects without scrolling it away from under the pointer.
 */
import { useCallback, useState } from 'react'
import type { Item } from '../../../shared/case'

export interface ItemWalk {
  selectedId: string | null
  selected: Item | null
  scrollToken: number
  select(id: string, scroll?: boolean): void
  /** Nothing selected: the filter the checker chose lists nothing (useSelectionFollowsFilter). */
  clear(): void
  move(step: 1 | -1): void
  /** Scrolls to the selection again (the list it sits in changed under it). */
  rescroll(): void
}

/** `visible`: the items the list shows, in article order; `items`: every item of the case. */
export function useItemWalk(visible: Item[], items: Item[]): ItemWalk {
  const [selectedId, setSelectedId] = useState<string | null>(() => visible[0]?.id ?? null)
  const [scrollToken, setScrollToken] = useState(0)
  const selected = selectedId ? (items.find((it) => it.id === selectedId) ?? null) : null

  const rescroll = useCallback(() => setScrollToken((t) => t + 1), [])
  const select = useCallback(
    (id: string, scroll = true) => {
      setSelectedId(id)
      if (scroll) rescroll()
    },
    [rescroll]
  )

  const clear = useCallback(() => setSelectedId(null), [])

  const move = useCallback(
    (step: 1 | -1) => {
      if (visible.length === 0) return
      const index = visible.findIndex((it) => it.id === selectedId)
      if (index >= 0) return select(visible[Math.min(visible.length - 1, Math.max(0, index + step))].id)
      // The selected item is filtered out: continue from where it sits in the text.
      const from = selected?.anchor.start ?? -1
      const after = visible.find((it) => it.anchor.start > from)
      select((step > 0 ? after : [...visible].reverse().find((it) => it.anchor.start < from))?.id ?? visible[0].id)
    },
    [visible, selectedId, selected, select]
  )

  return { selectedId, selected, scrollToken, select, clear, move, rescroll }
}
