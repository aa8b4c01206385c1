/**
 * Leaving a text field for the item list: Esc, and sending a note or a query, put the keyboard back where J/K,
 * the status keys and the other single-letter shortcuts work, so the next key is never typed into the field.
 */
export const ITEM_LIST_LABEL = 'Items'

export function focusItemList(): void {
  const active = document.activeElement
  if (active instanceof HTMLElement) active.blur()
  document.querySelector<HTMLElement>(`[role="listbox"][aria-label="${ITEM_LIST_LABEL}"]`)?.focus()
}

/**
 * Scrolls `pane` so `target` shows ('nearest': the least scroll; 'center'), as scrollIntoView does, without moving the
 * keyboard's place: Chromium makes the element scrollIntoView scrolled to where the next Tab starts from, so
 * showing the selected row as a case opened sent the first Tab into the selected item's detail, past the toolbar,
 * the filters and the list.
 */
export function scrollIntoPane(
  pane: HTMLElement | null,
  target: Element | null | undefined,
  block: 'nearest' | 'center'
): void {
  if (!pane || !target) return
  const view = pane.getBoundingClientRect()
  const box = target.getBoundingClientRect()
  const top = box.top - (view.top + pane.clientTop)
  const bottom = top + box.height
  if (block === 'center') pane.scrollTop += top - (pane.clientHeight - box.height) / 2
  else if (top < 0 || box.height > pane.clientHeight) pane.scrollTop += top
  else if (bottom > pane.clientHeight) pane.scrollTop += bottom - pane.clientHeight
}
