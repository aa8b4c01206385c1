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
const CURRENCY_BEFORE = /[$£€¥]\s*$/
const PERCENT_AFTER = /^\s*(?:%|percent\b|per cent\b)/i
const CURRENCY_WORDS = ['dollars', 'dollar', 'pounds', 'euros', 'euro', 'yen', 'cents']
/**
 * The currency words by their length: a token is compared with the few of its own length (most tokens with none),
 * where a Set look-up hashed every token's freshly sliced word, a hot line of the scorer.
 */
const CURRENCY_WORDS_BY_LENGTH: (string[] | undefined)[] = []
for (const word of CURRENCY_WORDS) (CURRENCY_WORDS_BY_LENGTH[word.length] ??= []).push(word)
const isCurrencyWord = (word: string): boolean => CURRENCY_WORDS_BY_LENGTH[word.length]?.includes(word) === true

/** The words the scorer reads, in order, for one sentence and its tokens. */
export function fastTextWords(sentence: string, tokens: readonly Token[]): string[] {
  return fastTextInputs(sentence, tokens).words
}

/** The scorer's words, each with the index of the token it is (-1 for a marker such as `<num>` or `</s>`). */
export function fastTextInputs(sentence: string, tokens: readonly Token[]): { words: string[]; tokenOf: number[] } {
  const words: string[] = []
  const tokenOf: number[] = []
  // A plain loop with the pushes written out: this runs for every sentence scored.
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]
    const first = token.lower.charCodeAt(0)
    // What /^\d/ tests, from the first character's code.
    if (first >= 48 && first <= 57) {
      words.push(YEAR_RE.test(token.lower) ? '<year>' : '<num>')
      tokenOf.push(-1)
      if (CURRENCY_BEFORE.test(sentence.slice(Math.max(0, token.start - 2), token.start))) {
        words.push('<money>')
        tokenOf.push(-1)
      }
      if (PERCENT_AFTER.test(sentence.slice(token.end, token.end + 9))) {
        words.push('<pct>')
        tokenOf.push(-1)
      }
      continue
    }
    words.push(token.lower)
    tokenOf.push(k)
    if (isCurrencyWord(token.lower)) {
      words.push('<money>')
      tokenOf.push(-1)
    }
  }
  if (sentence.trimEnd().endsWith('?')) {
    words.push('<q>')
    tokenOf.push(-1)
  }
  words.push(END)
  tokenOf.push(-1)
  return { words, tokenOf }
}

/** FNV-1a (32-bit) of "first second", folded into a bucket. */
export function pairBucket(first: string, second: string): number {
  return pairBucketAfter(pairSeed(first), second)
}

/**
 * The FNV-1a state after "first " (a word and the space after it): the scorer keeps it for every word
 * of its table, so a pair costs hashing its second word only. pairBucketAfter(pairSeed(a), b) is pairBucket(a, b).
 */
export function pairSeed(first: string): number {
  return fnvMix(fnvMix(0x811c9dc5, first), ' ')
}

export function pairBucketAfter(seed: number, second: string): number {
  return (fnvMix(seed, second) >>> 0) % BUCKETS
}

function fnvMix(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash
}
