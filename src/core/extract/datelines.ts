/**
 * Wire copy opens its first sentence with a dateline: "HARBOURTON — The council said …", "PORT ELLEN,
 * Islay (Reuters) - …". The place is no claimant; the sentence's subject starts after the dash.
 */
import type { Token } from './tokens'

/** Longest dateline before its dash, in tokens: "SAN JUAN, Puerto Rico, June 24 (UPI)". */
const MAX_DATELINE_TOKENS = 12
const DASHES = new Set(['—', '–', '―', '-', '--'])

/** The sentence's tokens after a leading dateline, or all of them when there is none. */
export function withoutDateline(tokens: readonly Token[]): readonly Token[] {
  const first = tokens[0]
  // The place opens in capitals: "WASHINGTON", "LOS ANGELES".
  if (!first?.word || first.text.length < 2 || first.text !== first.text.toUpperCase() || !/\p{Lu}/u.test(first.text))
    return tokens
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

/** The token after the dash at `k` and any dash right after it: "LONDON -- …" is tokenised as two hyphens. */
function afterDashes(tokens: readonly Token[], k: number): number {
  let next = k + 1
  while (next < tokens.length - 1 && DASHES.has(tokens[next].text)) next++
  return next
}
