/**
 * What "the same words" means when a draft comes back: whitespace and the typographic style of
 * quote marks do not count (an editor swapping "straight" for “curly” quotes has not changed a
 * claim); every letter, digit and other punctuation mark does.
 */

/** Every double quote style folds to `"`, every single quote/apostrophe style to `'`. */
const DOUBLE_QUOTES = /[“”„‟«»"〝〞＂]/g
const SINGLE_QUOTES = /[‘’‚‛‹›'′]/g
const WHITESPACE_RUN = /\s+/g

export function normaliseQuotes(text: string): string {
  return text.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'")
}

/** The comparison form of a text: quotes folded, whitespace runs collapsed to one space, trimmed. */
export function normaliseForCompare(text: string): string {
  return normaliseQuotes(text).replace(WHITESPACE_RUN, ' ').trim()
}

export function sameWords(a: string, b: string): boolean {
  return a === b || normaliseForCompare(a) === normaliseForCompare(b)
}

/** The class of one character for loose alignment: quote styles and whitespace are interchangeable. */
export function looseClass(char: string): string {
  if (/\s/.test(char)) return ' '
  return normaliseQuotes(char)
}

/** Words and single punctuation marks, quote-folded: the units a word diff and similarity work on. */
const TOKEN = /[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu

export function wordTokens(text: string): string[] {
  return normaliseQuotes(text).match(TOKEN) ?? []
}

/** Token sequences longer than this are compared by bag of words instead of LCS (quadratic cost). */
const MAX_LCS_TOKENS = 200

/**
 * How much a token weighs when comparing wordings: for a fact-checker a figure or a name carries
 * the claim, so a sentence with its number, place and organisation swapped is a different sentence
 * even when the grammar words all match.
 */
export const WEIGHT_FIGURE = 3 // any token with a digit: 5,000 · 2013 · £1.2bn
export const WEIGHT_NAME = 2 // capitalised words: Carlisle, Harlow, Ministry
export const WEIGHT_WORD = 1
export const WEIGHT_PUNCTUATION = 0.5

function tokenWeight(token: string): number {
  const first = token.charCodeAt(0)
  if (/\d/.test(token)) return WEIGHT_FIGURE
  if (token.length === 1 && !/\p{L}/u.test(token)) return WEIGHT_PUNCTUATION
  return first >= 65 && first <= 90 ? WEIGHT_NAME : token !== token.toLowerCase() ? WEIGHT_NAME : WEIGHT_WORD
}

/**
 * Similarity of two wordings in [0, 1]: weighted Dice coefficient over the longest common
 * subsequence of tokens, so "5,000 troops" vs "5,500 troops" in a long sentence scores high,
 * word order still matters, and figures and names count most.
 */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1
  const left = wordTokens(a)
  const right = wordTokens(b)
  if (left.length === 0 && right.length === 0) return 1
  if (left.length === 0 || right.length === 0) return 0
  const leftWeights = left.map(tokenWeight)
  const rightWeights = right.map(tokenWeight)
  const total = sum(leftWeights) + sum(rightWeights)
  const common =
    left.length <= MAX_LCS_TOKENS && right.length <= MAX_LCS_TOKENS
      ? weightedLcs(left, right, leftWeights)
      : bagOverlap(left, right, leftWeights)
  return (2 * common) / total
}

function sum(values: number[]): number {
  let total = 0
  for (const value of values) total += value
  return total
}

function weightedLcs(a: string[], b: string[], weights: number[]): number {
  let previous = new Float64Array(b.length + 1)
  let current = new Float64Array(b.length + 1)
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + weights[i - 1] : Math.max(previous[j], current[j - 1])
    }
    ;[previous, current] = [current, previous]
  }
  return previous[b.length]
}

function bagOverlap(a: string[], b: string[], weights: number[]): number {
  const counts = new Map<string, number[]>()
  a.forEach((token, k) => counts.set(token, [...(counts.get(token) ?? []), weights[k]]))
  let common = 0
  for (const token of b) {
    const left = counts.get(token)
    if (left && left.length > 0) common += left.pop()!
  }
  return common
}

/** Similarity of two context strings (prefix or suffix), word-level and tolerant of edits. */
export function contextSimilarity(expected: string, actual: string): number {
  if (expected === actual) return 1
  return wordSimilarity(expected, actual)
}
