/**
 * The words of a claim's sentence before the claim. The engine cuts a sentence between two claimants ("The board
 * voted to approve the increase, | which staff said would raise $3.4 million a year"), and a checker reading the
 * second claim alone meets a "which" or a "he" that points at nothing. The detail pane and the report show these
 * words before the claim, set apart from it: context, not part of what is checked.
 */
import type { Draft, Item } from '../../shared/case'
import { blockAt } from '../extract/blocks'
import { splitBlock, type TextRange } from '../extract/sentences'

/** At most this many characters of lead-in: about a dozen words, enough to name what "which" refers to. */
export const LEAD_IN_CHARS = 80
/**
 * At most this many characters of lead-in in a one-line row or list (the item list, the report's summary lists):
 * the last few words, "…approve the increase,", enough to show the line starts mid-sentence and after what, short
 * enough to leave the claim's own words most of the line.
 */
export const SHORT_LEAD_IN_CHARS = 32
/**
 * How far back the sentence search reaches: sentences longer than this are rare in prose, and a draft that is one
 * unpunctuated megabyte must not be split whole each time an item is shown.
 */
const SEARCH_CHARS = 2_000
const WORD_CHARACTER = /[\p{L}\p{N}]/u

/**
 * The lead-in of a claim at `start` in `text`, or '' when the claim starts its sentence (or the words before it in
 * the sentence are only marks: an opening quotation mark, a dash). Cut at a word boundary to LEAD_IN_CHARS, with
 * "…" where it was cut, and with the spaces before the claim dropped.
 */
export function leadInAt(text: string, blockStart: number, blockEnd: number, start: number, end: number): string {
  const from = Math.max(blockStart, start - SEARCH_CHARS)
  const sentences: TextRange[] = []
  splitBlock(text, from, Math.min(blockEnd, Math.max(end, start + 1)), sentences)
  const sentence = sentences.find((range) => range.start <= start && start < range.end)
  if (!sentence || sentence.start === start) return ''
  const before = text.slice(sentence.start, start).trimEnd()
  if (!WORD_CHARACTER.test(before)) return ''
  return lastWords(before, LEAD_IN_CHARS)
}

/** The end of `words` in at most `max` characters, cut at a word boundary with "…" where it was cut. */
function lastWords(words: string, max: number): string {
  if (words.length <= max) return words
  const tail = words.slice(words.length - max)
  const space = tail.search(/\s/)
  return `…${space >= 0 ? tail.slice(space + 1) : tail}`
}

/**
 * A lead-in shortened for a one-line row: its last words in SHORT_LEAD_IN_CHARS, on one line. A lead-in already cut
 * ("…to every councillor on Monday,") loses its mark first, so the row shows one "…", not two.
 */
export function shortLeadIn(words: string): string {
  const wasCut = words.startsWith('…')
  const flat = (wasCut ? words.slice(1) : words).replace(/\s+/g, ' ')
  if (!flat) return ''
  const short = lastWords(flat, SHORT_LEAD_IN_CHARS)
  return wasCut && short === flat ? `…${flat}` : short
}

/**
 * An item's lead-in in the draft the case shows: claims only (a quote's own words are what a checker checks, and
 * its speaker is shown beside it), and '' for an item gone from that draft (its offsets point nowhere now).
 */
export function leadIn(
  draft: Pick<Draft, 'article'> | undefined,
  item: Pick<Item, 'kind' | 'state' | 'anchor'>
): string {
  if (!draft || item.kind !== 'claim' || item.state === 'removed') return ''
  const { text, blocks } = draft.article
  const { start, end } = item.anchor
  if (start <= 0 || end > text.length || text.slice(start, end) !== item.anchor.exact) return ''
  const block = blockAt(blocks, start)
  return block ? leadInAt(text, block.start, block.end, start, end) : ''
}

/**
 * The item list's short lead-ins for a draft: each found when its row is first drawn and kept per item object, so
 * a status change finds one again (its item is a new object), not every row's.
 */
export function rowLeadIns(draft: Pick<Draft, 'article'> | undefined): (item: Item) => string {
  const found = new WeakMap<Item, string>()
  return (item) => {
    let words = found.get(item)
    if (words === undefined) found.set(item, (words = shortLeadIn(leadIn(draft, item))))
    return words
  }
}
