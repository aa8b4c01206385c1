/**
 * What the words around a quote say about it, beyond its own attribution clause:
 *
 *  - a credit after a dash closing the paragraph: `“…” ― Carla Mendes, a nurse in Leeds`;
 *  - the speaker named in the next sentence: `“…” That was how Ms Okafor put it.`;
 *  - where the attribution clause after a quote ending in ? or ! lies: `“Why now?” Mr. Reyes asked.`
 *    is split in two by the sentence splitter, but the second half is the first's attribution.
 */
import type { TextRange } from './sentences'
import { isSpaceCode } from './char-classes'
import { tokenize } from './tokens'
import { attributionAfter, type Attribution } from './attribution'
import { creditAt } from './blockquote-credits'
import type { RangeIndex } from './range-index'
import { nameRunEnd } from './subjects'

/** Opening words of a next sentence that points back at a quote: "That was how …", "So said …". */
const POINTERS = new Set(['that', 'this', 'so', 'such', 'those', 'these'])
/** A sentence naming the previous quote's speaker is short. */
const MAX_POINTER_TOKENS = 14

/** The credit after a dash between a quote's closing mark and `end`: `” ― Carla Mendes, a nurse`. */
export function trailingCredit(text: string, close: number, end: number): TextRange | null {
  let k = close + 1
  while (k < end && isSpaceCode(text.charCodeAt(k))) k++
  if (k >= end || !'—―–-'.includes(text[k])) return null
  const credit = creditAt(text, k, end)
  if (!credit) return null
  // Only a name credits a quote inside prose: `” — a promise he kept` is an aside.
  const tokens = tokenize(text, credit.start, credit.end)
  const run = nameRunEnd(tokens, 0, tokens.length)
  return run >= 2 && (run === tokens.length || tokens[run].text === ',') ? credit : null
}

/** Where the attribution after a quote may end: the next sentence too when the quote ended on ? or !. */
export function attributionEnd(
  text: string,
  units: RangeIndex,
  quoteEnd: number,
  close: number,
  sentenceEnd: number,
  blockEnd: number
): number {
  const last = text[quoteEnd - 1]
  if ((last !== '?' && last !== '!') || sentenceEnd > close + 1) return sentenceEnd
  let k = close + 1
  while (k < blockEnd && isSpaceCode(text.charCodeAt(k))) k++
  const next = k < blockEnd ? units.containing(k) : null
  return next && next.end <= blockEnd ? next.end : sentenceEnd
}

/** The speaker named by a short next sentence pointing back at the quote: "That was how Ms Okafor put it." */
export function pointerAttribution(
  text: string,
  units: RangeIndex,
  close: number,
  blockEnd: number
): Attribution | null {
  let k = close + 1
  while (k < blockEnd && isSpaceCode(text.charCodeAt(k))) k++
  const next = k < blockEnd ? units.containing(k) : null
  if (!next || next.start < close) return null
  const tokens = tokenize(text, next.start, next.end)
  if (tokens.length > MAX_POINTER_TOKENS || !POINTERS.has(tokens[0]?.lower ?? '')) return null
  return attributionAfter(text, tokens[1].start, next.end)
}
