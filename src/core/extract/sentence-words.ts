/**
 * Each sentence's tokens made once for the readers around a quote and the prose readers (speakers, claimants,
 * mentions), which read the same sentence: quotes.ts reads the words before, inside and after a quote, then
 * prose-speakers.ts the whole sentence. A stretch inside a sentence is taken from the sentence's tokens when that is
 * the answer tokenize() gives for the stretch alone (tokensWithin), so both read exactly what they read before.
 */
import { SENTENCE_WINDOW, sentenceTokens, tokenize, type Token } from './tokens'

interface Range {
  start: number
  end: number
}

/**
 * The tokens of one text's sentences, each tokenised once. Only the last two sentences are kept: the quote readers
 * and the prose readers both go through the sentences in text order, the prose readers one sentence behind.
 */
export class SentenceWords {
  private readonly kept: { start: number; end: number; tokens: Token[] }[] = []

  /** `sentences`: the sentence holding an offset, or null (a RangeIndex of the sentences). */
  constructor(
    private readonly text: string,
    private readonly sentences: { containing(offset: number): Range | null }
  ) {}

  /** sentenceTokens(text, sentence). */
  of(sentence: Range): Token[] {
    for (const entry of this.kept) if (entry.start === sentence.start && entry.end === sentence.end) return entry.tokens
    const tokens = sentenceTokens(this.text, sentence)
    if (this.kept.length === 2) this.kept.shift()
    this.kept.push({ start: sentence.start, end: sentence.end, tokens })
    return tokens
  }

  /** tokenize(text, start, end): from its sentence's tokens when the stretch lies in the sentence's window. */
  within(start: number, end: number): Token[] {
    const sentence = start < end ? this.sentences.containing(start) : null
    if (sentence === null || end > Math.min(sentence.end, sentence.start + SENTENCE_WINDOW, this.text.length))
      return tokenize(this.text, start, end)
    return tokensWithin(this.of(sentence), start, end) ?? tokenize(this.text, start, end)
  }
}

/**
 * The tokens of `tokens` (tokenize()'s answer for a longer stretch that holds [start, end)) that tokenize(text,
 * start, end) would make, or null when it would make others. A token running across `start` would be read from
 * `start` on as another word, and one running across `end` would be cut short. With neither, tokenize() starts
 * at the same tokens (spaces skipped) and, since its tests look ahead only inside the stretch, ends each at the
 * same place.
 */
export function tokensWithin(tokens: readonly Token[], start: number, end: number): Token[] | null {
  const first = firstStartingAt(tokens, start)
  if (first > 0 && tokens[first - 1].end > start) return null
  const after = firstStartingAt(tokens, end)
  if (after > first && tokens[after - 1].end > end) return null
  return tokens.slice(first, after)
}

/** The index of the first token starting at or after `offset` (tokens are in text order): a binary search. */
function firstStartingAt(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (tokens[mid].start < offset) low = mid + 1
    else high = mid
  }
  return low
}
