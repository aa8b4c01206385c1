/** The small bar that appears over selected article text: make it a claim or a quote. */
import { useEffect, useRef } from 'react'
import type { TextSelection } from '../lib/offsets'

interface Props {
  selection: TextSelection
  onAdd(kind: 'claim' | 'quote', selection: TextSelection): void
  /** Mark the selected words as looked at with nothing to check (the coverage sweep). */
  onNothing(selection: TextSelection): void
  /**
   * The words were selected by U (the next sentence nobody looked at), not by the pointer: the first action takes
   * the focus, so the sweep goes on by keyboard (Enter, Tab to "Nothing to check"; U, J/K still work from a button).
   * Without it, nothing but the mouse could act on the sentence U selected.
   */
  takeFocus?: boolean
}

export function SelectionActions({ selection, onAdd, onNothing, takeFocus = false }: Props) {
  const first = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (takeFocus) first.current?.focus({ preventScroll: true })
  }, [takeFocus, selection.start, selection.end])
  // Above the selection when there is room, else below it.
  const wanted = selection.rect.top > 60 ? selection.rect.top - 44 : selection.rect.bottom + 8
  // Kept on screen even when the selection runs past the visible part of the article.
  const top = Math.min(Math.max(8, wanted), window.innerHeight - 48)
  return (
    <div
      className="selection-actions"
      role="toolbar"
      aria-label="Selected text"
      style={{ top, left: Math.min(Math.max(8, selection.rect.left), window.innerWidth - 330) }}
    >
      <button
        ref={first}
        type="button"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => onAdd('claim', selection)}
      >
        Add claim
      </button>
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => onAdd('quote', selection)}>
        Add quote
      </button>
      <button
        type="button"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => onNothing(selection)}
        title="Looked at: nothing here to check"
      >
        Nothing to check
      </button>
    </div>
  )
}
