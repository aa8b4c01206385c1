/**
 * Wire copy opens its first sentence with a dateline: "HARBOURTON — The council said …", "PORT ELLEN,
 * Islay (Reuters) - …". The place is no claimant; the sentence's subject starts after the dash.
 */
import type { Token } from './tokens'

/** Longest dateline before its dash, in tokens: "SAN JUAN, Puerto Rico, June 24 (UPI)". */
const MAX_DATELINE_TOKENS = 12
const DASHES = new Set(['—', '–', '―', '-', '--'])
/**
 * Patterns with \p{…} are built once here: written inside a function, the bundle (esbuild, target node20) makes a
 * new RegExp at each use, and wireBeforeDash used one for each word of a sentence's capitalised opening, for three
 * readers of every sentence.
 */
const HAS_UPPER = /\p{Lu}/u
const OPENS_UPPER = /^\p{Lu}/u

/** The sentence's tokens after a leading dateline, or all of them when there is none. */
export function withoutDateline(tokens: readonly Token[]): readonly Token[] {
  const first = tokens[0]
  if (!first?.word || first.text.length < 2) return tokens
  // The place opens in capitals: "WASHINGTON", "LOS ANGELES"; or in title case before the wire's name: "Philadelphia
  // (AFP) –".
  if ((first.text !== first.text.toUpperCase() || !HAS_UPPER.test(first.text)) && !wireBeforeDash(tokens)) return tokens
  let depth = 0
  for (let k = 1; k < tokens.length && k <= MAX_DATELINE_TOKENS; k++) {
    const t = tokens[k]
    if (t.text === '(') depth++
    else if (t.text === ')') depth = Math.max(0, depth - 1)
    else if (depth === 0 && DASHES.has(t.text) && k + 1 < tokens.length) return tokens.slice(afterDashes(tokens, k))
    else if (depth === 0 && !t.word && t.text !== ',' && t.text !== '.') return tokens
  }
  return tokens
}

/** "Philadelphia (AFP) –", "San Juan, Puerto Rico (Reuters) -": capitalised words, a wire's name in brackets, a dash. */
function wireBeforeDash(tokens: readonly Token[]): boolean {
  const open = tokens.findIndex((t) => !(t.word && OPENS_UPPER.test(t.text)) && t.text !== ',')
  return (
    open > 0 &&
    open <= MAX_DATELINE_TOKENS &&
    tokens[open].text === '(' &&
    OPENS_UPPER.test(tokens[open + 1]?.text ?? '') &&
    tokens[open + 2]?.text === ')' &&
    DASHES.has(tokens[open + 3]?.text ?? '')
  )
}

/** The token after the dash at `k` and any dash right after it: "LONDON -- …" is tokenised as two hyphens. */
function afterDashes(tokens: readonly Token[], k: number): number {
  let next = k + 1
  while (next < tokens.length - 1 && DASHES.has(tokens[next].text)) next++
  return next
}
