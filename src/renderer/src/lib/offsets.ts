/**
 * From a DOM selection in the article back to offsets in the draft text. Every run of text is a
 * span carrying `data-s` (its start offset), so a point is the span's start plus the offset inside.
 */

function spanStart(element: Element | null): number | null {
  const run = element?.closest('[data-s]')
  if (!run) return null
  const start = Number(run.getAttribute('data-s'))
  return Number.isFinite(start) ? start : null
}

function runLength(element: Element): number {
  return element.textContent?.length ?? 0
}

/** Offset in the draft text of a DOM boundary point, or null when it is outside the article text. */
export function pointToOffset(node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const start = spanStart(node.parentElement)
    return start === null ? null : start + offset
  }
  const element = node as Element
  const own = spanStart(element)
  if (own !== null && element.hasAttribute('data-s')) return own + (offset > 0 ? runLength(element) : 0)
  // A point between children: take the run just after it, or the end of the run just before it.
  const after = element.childNodes[offset] as Element | undefined
  if (after && after.nodeType === Node.ELEMENT_NODE) {
    const run = after.matches('[data-s]') ? after : after.querySelector('[data-s]')
    if (run) return spanStart(run)
  }
  const before = element.childNodes[offset - 1] as Element | undefined
  if (before && before.nodeType === Node.ELEMENT_NODE) {
    const runs = before.matches('[data-s]') ? [before] : [...before.querySelectorAll('[data-s]')]
    const last = runs[runs.length - 1]
    if (last) return (spanStart(last) ?? 0) + runLength(last)
  }
  return null
}

export interface TextSelection {
  start: number
  end: number
  /** Where to show the "Add claim / Add quote" buttons, relative to the viewport. */
  rect: { top: number; left: number; bottom: number }
}

export function selectionInside(container: HTMLElement | null): TextSelection | null {
  const selection = window.getSelection()
  if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null
  const start = pointToOffset(range.startContainer, range.startOffset)
  const end = pointToOffset(range.endContainer, range.endOffset)
  if (start === null || end === null || start === end) return null
  const box = range.getBoundingClientRect()
  return {
    start: Math.min(start, end),
    end: Math.max(start, end),
    rect: { top: box.top, left: box.left, bottom: box.bottom }
  }
}

/** The DOM point of a draft offset: the text run that holds it, and the place inside it. */
function offsetToPoint(runs: Element[], offset: number, atEnd: boolean): { node: Node; offset: number } | null {
  for (const run of runs) {
    const start = Number(run.getAttribute('data-s'))
    const length = runLength(run)
    const inside = atEnd ? offset > start && offset <= start + length : offset >= start && offset < start + length
    const node = run.firstChild
    if (inside && node) return { node, offset: offset - start }
  }
  return null
}

/** A DOM range over draft offsets [start, end), or null when the text is not (yet) drawn. */
export function rangeOfOffsets(container: HTMLElement | null, start: number, end: number): Range | null {
  if (!container || end <= start) return null
  const runs = [...container.querySelectorAll('[data-s]')]
  const from = offsetToPoint(runs, start, false)
  const to = offsetToPoint(runs, end, true)
  if (!from || !to) return null
  const range = document.createRange()
  range.setStart(from.node, from.offset)
  range.setEnd(to.node, to.offset)
  return range
}
