/**
 * Anchors: an item's position plus TextQuote context (W3C TextQuoteSelector) to re-find its words
 * in later drafts. Kept in its own module, free of the extraction engine, so the UI can make
 * anchors for manual items without bundling the engine's weights.
 */
import type { Anchor } from '../../shared/case'

/** Characters of context kept on each side of an anchor, as in the W3C TextQuoteSelector (Hypothesis uses 32). */
export const ANCHOR_CONTEXT_CHARS = 32

export function makeAnchor(text: string, start: number, end: number): Anchor {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT_CHARS), start),
    suffix: text.slice(end, end + ANCHOR_CONTEXT_CHARS)
  }
}
