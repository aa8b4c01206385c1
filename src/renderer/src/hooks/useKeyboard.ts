/**
 * Keyboard-first checking: J/K to walk the items, 1–7 for a status, A accept, D dismiss, N note,
 * U next uncovered sentence, / filter, ? shortcuts, Ctrl+Z / Ctrl+Shift+Z undo and redo. Letters are ignored while typing in a
 * field or while a dialog is open, so they never steal the checker's words; Esc leaves the field for the
 * item list, where the next key works as a shortcut again (what was typed is kept as unsent text), and there clears
 * the filter's words.
 */
import { useEffectEvent, useLayoutEffect } from 'react'

export interface KeyHandlers {
  next(): void
  previous(): void
  status(index: number): void
  accept(): void
  dismiss(): void
  note(): void
  nextUncovered(): void
  filter(): void
  shortcuts(): void
  undo(): void
  redo(): void
  /** Esc in a field: leave it for the item list. */
  leaveField(): void
  /**
   * Esc outside a field: the filter's words cleared, ending the walk through what it found (/, words, Enter, J/K);
   * false when there were none to clear.
   */
  clearFilter(): boolean
}

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'color', 'file'].includes(target.type)
  return false
}

/**
 * What a status, accept or dismiss key says when no item is selected for it (`items`: the case's; `listed`: how many
 * the filters list). Under filters that list nothing (the detail pane says so) "choose one in the list (J and K walk
 * it)" sent the checker to an empty list where J and K do nothing.
 */
export function noItemSelected(items: readonly unknown[], listed = items.length): string {
  if (items.length === 0)
    return 'Nothing to rate: Factdesk found no claims or quotes in this draft. Select words in the article to add one.'
  if (listed === 0) return 'No item selected: these filters list none. Choose another filter, or “All”, to rate one.'
  return 'No item selected: choose a claim or quote in the list first (J and K walk it).'
}

export function useKeyboard(handlers: KeyHandlers): void {
  // An effect event always sees the latest handlers, so the listener is registered once, not on every render.
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey) return
    if (document.querySelector('dialog[open]')) return
    const h = handlers
    const typing = isTyping(event.target)
    const mod = event.ctrlKey || event.metaKey
    if (typing && event.key === 'Escape' && !mod && !event.shiftKey) {
      event.preventDefault()
      return h.leaveField()
    }
    if (mod && !typing && (event.key === 'z' || event.key === 'Z')) {
      event.preventDefault()
      return event.shiftKey ? h.redo() : h.undo()
    }
    if (mod && !typing && event.key === 'y') {
      event.preventDefault()
      return h.redo()
    }
    if (mod || typing) return
    const key = event.key
    // Before, Esc did nothing once Enter had left the field, so the list stayed cut to the words found until the
    // checker went back to the field to delete them, though the shortcut sheet says Esc clears them.
    if (key === 'Escape') {
      if (!event.shiftKey && h.clearFilter()) event.preventDefault()
      return
    }
    if (/^[1-7]$/.test(key)) {
      event.preventDefault()
      return h.status(Number(key) - 1)
    }
    const action: Record<string, (() => void) | undefined> = {
      j: h.next,
      k: h.previous,
      a: h.accept,
      d: h.dismiss,
      n: h.note,
      u: h.nextUncovered,
      '/': h.filter,
      '?': h.shortcuts
    }
    const run = action[key.length === 1 ? key.toLowerCase() : key]
    if (run) {
      event.preventDefault()
      run()
    }
  })

  // Listening from the commit that puts this workspace in the page, not from a passive effect a task later: a case
  // opened in place of another is drawn first, and a key pressed meanwhile (queued while a large case renders) would
  // reach the workspace it replaced, whose listener was still there, and rate an item of a case no longer on screen.
  useLayoutEffect(() => {
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
