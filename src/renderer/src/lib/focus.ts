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
