/**
 * Word edges in the draft text. A selection made with the mouse rarely lands on a word edge; items
 * must, so their anchors are readable in the report and re-anchor cleanly in the next draft.
 */

/** Letters, digits and the joiners that sit inside words: apostrophes, hyphens, decimal points. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u
const JOINER = /['’\-.,]/

export function isWordChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false
  const ch = text[index]
  if (WORD_CHAR.test(ch)) return true
  // "don't", "well-known", "5,000", "3.5": a joiner between two word characters belongs to the word.
  return JOINER.test(ch) && WORD_CHAR.test(text[index - 1] ?? '') && WORD_CHAR.test(text[index + 1] ?? '')
}

/**
 * Widen [start, end) outwards to whole words, then trim white space at both ends.
 * Returns null when nothing but white space is selected.
 */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = Math.max(0, Math.min(start, end))
  let to = Math.min(text.length, Math.max(start, end))
  while (from > 0 && isWordChar(text, from) && isWordChar(text, from - 1)) from--
  while (to < text.length && to > 0 && isWordChar(text, to - 1) && isWordChar(text, to)) to++
  while (from < to && /\s/.test(text[from])) from++
  while (to > from && /\s/.test(text[to - 1])) to--
  return from < to ? { start: from, end: to } : null
}

/** Start offsets of every word in the text, ascending. */
export function wordStarts(text: string, from = 0, to = text.length): number[] {
  const starts: number[] = []
  for (let i = from; i < to; i++) if (isWordChar(text, i) && !isWordChar(text, i - 1)) starts.push(i)
  return starts
}

/** End offsets of every word in the text, ascending. */
export function wordEnds(text: string, from = 0, to = text.length): number[] {
  const ends: number[] = []
  for (let i = from; i < to; i++) if (isWordChar(text, i) && !isWordChar(text, i + 1)) ends.push(i + 1)
  return ends
}

/** Word boundary nearest to `offset` (a start or end of a word), for splitting. */
export function nearestWordStart(text: string, offset: number, from: number, to: number): number | null {
  const starts = wordStarts(text, from, to).filter((s) => s > from)
  if (starts.length === 0) return null
  return starts.reduce((best, s) => (Math.abs(s - offset) < Math.abs(best - offset) ? s : best))
}
