/**
 * The inputs of the fastText-style scorer: lower-case words with numbers folded to `<year>` or
 * `<num>`, `<pct>` after a percentage, `<money>` after a currency amount, `<q>` for a question and
 * `</s>` at the end; then every adjacent pair of those, hashed with FNV-1a into BUCKETS buckets.
 * Shared by the scorer and the training script so both see exactly the same inputs.
 */
import type { Token } from './features-tokens'

export const BUCKETS = 20_000
export const END = '</s>'

const YEAR_RE = /^(?:1[89]|20)\d\d$/
const DIGIT_RE = /^\d/
const CURRENCY_BEFORE = /[$£€¥]\s*$/
const PERCENT_AFTER = /^\s*(?:%|percent\b|per cent\b)/i
const CURRENCY_WORDS: ReadonlySet<string> = new Set(['dollars', 'dollar', 'pounds', 'euros', 'euro', 'yen', 'cents'])

/** The words the scorer reads, in order, for one sentence and its tokens. */
export function fastTextWords(sentence: string, tokens: readonly Token[]): string[] {
  const words: string[] = []
  for (const token of tokens) {
    if (DIGIT_RE.test(token.lower)) {
      words.push(YEAR_RE.test(token.lower) ? '<year>' : '<num>')
      if (CURRENCY_BEFORE.test(sentence.slice(Math.max(0, token.start - 2), token.start))) words.push('<money>')
      if (PERCENT_AFTER.test(sentence.slice(token.end, token.end + 9))) words.push('<pct>')
      continue
    }
    words.push(token.lower)
    if (CURRENCY_WORDS.has(token.lower)) words.push('<money>')
  }
  if (sentence.trimEnd().endsWith('?')) words.push('<q>')
  words.push(END)
  return words
}

/** FNV-1a (32-bit) of "first second", folded into a bucket. */
export function pairBucket(first: string, second: string): number {
  let hash = 0x811c9dc5
  const mix = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i)
      hash = Math.imul(hash, 0x01000193)
    }
  }
  mix(first)
  mix(' ')
  mix(second)
  return (hash >>> 0) % BUCKETS
}
