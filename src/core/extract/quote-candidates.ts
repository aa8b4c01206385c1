/**
 * The quotes of an article as candidates for attribution (quotes.ts): the quote marks paired by
 * quote-marks.ts and the blockquotes credited on a dash line (blockquote-credits.ts), in text order,
 * and what their shape says: whether a quote ends like speech, whether it sits inside running text,
 * how many words it has.
 */
import type { textBlocks, TextRange } from './sentences'
import { isSpaceCode, trimRange, wordCharAt } from './char-classes'
import { scanQuotes } from './quote-marks'
import { findBlockquoteCredits } from './blockquote-credits'
import { INNER_CLOSERS } from './quote-context'
import type { RangeIndex } from './range-index'

/** A quote of at most this many words needs a speech cue beside it, or it is a scare quote / quoted term. */
export const SCARE_QUOTE_MAX_WORDS = 3

export interface Candidate {
  /** Inner span (trimmed), the quoted words. */
  start: number
  end: number
  /** Offsets of the marks; -1 for a credited blockquote without marks. */
  open: number
  close: number
  firstBlock: number
  lastBlock: number
  credit: TextRange | null
}

/** Every quote of the article, marked or credited, in text order. */
export function collectCandidates(
  text: string,
  blocks: ReturnType<typeof textBlocks>,
  blockIndex: RangeIndex
): Candidate[] {
  const out: Candidate[] = []
  for (const q of scanQuotes(text, blocks)) {
    const width = text.startsWith("''", q.open) ? 2 : 1
    const [start, end] = trimRange(text, q.open + width, q.closed ? q.close - width + 1 : q.close + 1)
    if (wordCount(text, start, end) === 0) continue
    out.push({
      start,
      end,
      open: q.open,
      close: q.close,
      firstBlock: q.firstBlock,
      lastBlock: q.lastBlock,
      credit: null
    })
  }
  for (const credit of findBlockquoteCredits(text, blocks)) {
    const inside = out.filter((c) => c.start >= credit.content.start && c.end <= credit.content.end)
    for (const c of inside) c.credit = credit.credit
    if (inside.length > 0 || wordCount(text, credit.content.start, credit.content.end) === 0) continue
    const block = blockIndex.indexContaining(credit.content.start)
    out.push({ ...credit.content, open: -1, close: -1, firstBlock: block, lastBlock: block, credit: credit.credit })
  }
  return out.sort((a, b) => a.start - b.start)
}

/** Sentences sorted by start, dropping any that overlap an earlier one (the splitter's never do). */
export function orderedDisjoint(ranges: readonly TextRange[]): TextRange[] {
  const out: TextRange[] = []
  for (const r of [...ranges].sort((a, b) => a.start - b.start))
    if (out.length === 0 || r.start >= out[out.length - 1].end) out.push(r)
  return out
}

/** A quote ends like speech when its last word is followed by , ? ! … or a dash, inside or right after the mark. */
export function endsLikeSpeech(text: string, c: Candidate): boolean {
  // A quote ending on a quote inside it (`… ‘Don’t hit me, please,’”`) ends like the inner one.
  let e = c.end
  while (e > c.start + 1 && INNER_CLOSERS.includes(text[e - 1])) e--
  const last = text[e - 1]
  if (',?!…—–-'.includes(last)) return true
  let k = c.close + 1
  while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++
  return text[k] === ','
}

/**
 * A question or an exclamation ending inside the marks (`“Who will pay for it?”`): when nothing follows it in its
 * sentence, the quote is a whole sentence, as one ending on a full stop is.
 */
export function endsAsQuestionOrExclamation(text: string, c: Candidate): boolean {
  let e = c.end
  while (e > c.start + 1 && INNER_CLOSERS.includes(text[e - 1])) e--
  return text[e - 1] === '?' || text[e - 1] === '!'
}

/** Partial: the quote sits inside running text rather than opening the sentence or following "said:" / "said,". */
export function isPartial(text: string, open: number, sentenceStart: number): boolean {
  let k = open - 1
  while (k >= sentenceStart && (isSpaceCode(text.charCodeAt(k)) || '([—–'.includes(text[k]))) k--
  if (k < sentenceStart) return false
  return !':,;.?!…'.includes(text[k])
}

/** Words in text[start, end), counting no further than `cap` (enough to tell a short quote from speech). */
export function wordCount(text: string, start: number, end: number, cap = SCARE_QUOTE_MAX_WORDS + 1): number {
  let words = 0
  let inWord = false
  for (let i = start; i < end && words < cap; i++) {
    const isWord = wordCharAt(text, i)
    if (isWord && !inWord) words++
    inWord = isWord || (inWord && !isSpaceCode(text.charCodeAt(i)))
  }
  return words
}
