/**
 * A poll's second share set after the first by a comparison: "74 percent say they back the levy, compared with 64
 * percent who say the same of the toll", "…, including 18 percent who say they would move", "…, with 30 percent
 * saying it is too high". The share is the claimant of that clause, named there "who" (as a relative clause on a
 * person is) or by the share when a participle of saying follows it; its own claim, cut from the sentence by
 * clause-claims.ts when both clauses are check-worthy (else the sentence stays whole). So is a share spliced on after a
 * comma with no joiner, its verb right after it: "42% say the levy is fair, 32% call it a tax on visitors".
 */
import type { Claimant } from '../../shared/article'
import type { TextRange } from './sentences'
import type { Token } from './tokens'
import type { SpeakerRegistry } from './speakers'
import { readClaimant } from './claimants'
import { OPENS_DIGIT } from './char-classes'
import { DASHES } from './subject-asides'
import { CUE_FIRST_WORDS } from './speech-cues'
import { CUE_FIRST } from './claimant-cues'

/**
 * Words opening a comparison with a second share: "compared with", "versus", "double", "twice" (clause-boundaries.ts
 * passes other words by).
 */
export const COMPARISONS = new Set(['compared', 'versus', 'double', 'twice', 'including', 'with'])
/** Of those, the ones only read after a comma or dash ("…, with 30 percent saying"; not "met with 30 …"). */
const AFTER_COMMA = new Set(['including', 'with'])
/** Words a share may open on before its figure: "the 30 percent", "about 18 percent", "nearly four in 10". */
// prettier-ignore
const SHARE_OPENERS = new Set([
  'the', 'about', 'around', 'nearly', 'almost', 'roughly', 'only', 'just', 'some', 'over', 'under', 'another'
])
// prettier-ignore
const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half', 'a'
])
/** Tokens a share may take before "who" or its participle: "nearly four in 10 likely voters". */
const MAX_SHARE_TOKENS = 8

/** Where the share opens after a comparison word at `i`, or at `i` when spliced on (splicedAt); -1 when none. */
function shareStart(tokens: readonly Token[], i: number): number {
  if (splicedAt(tokens, i)) return i
  const t = tokens[i]
  if (!t?.word || !COMPARISONS.has(t.lower)) return -1
  const before = tokens[i - 1]
  if (AFTER_COMMA.has(t.lower) && !(before && (before.text === ',' || DASHES.has(before.text)))) return -1
  if (t.lower !== 'compared') return i + 1
  const next = tokens[i + 1]?.lower
  return next === 'with' || next === 'to' ? i + 2 : -1
}

/**
 * "…, 32% call it …", "…, 30 percent of tenants say …": a figure and its percent right after a comma, a share spliced
 * on with no joiner; not a bare number ("…, 39 have said": a figure) nor one after "to" ("49% to 41%").
 */
function splicedAt(tokens: readonly Token[], i: number): boolean {
  if (i < 1 || tokens[i - 1].text !== ',' || !OPENS_DIGIT.test(tokens[i].text)) return false
  const unit = tokens[i + 1]
  return unit !== undefined && (unit.text === '%' || unit.lower === 'percent')
}
/** Words that make a spliced share a list of shares ("…, 28% of renters and 12% of owners"), not one claimant. */
const LISTING = new Set(['and', 'or'])

/**
 * The share opening at token `s` and the token that ends it, "who" or a participle in "-ing" ("64 percent who say",
 * "30 percent saying"), or a spliced share's verb ("32% call"); null when no share opens there (a figure, or a number
 * word and "in": "four in 10").
 */
function shareAt(tokens: readonly Token[], s: number): { stop: number; who: boolean } | null {
  const spliced = splicedAt(tokens, s)
  let k = s
  while (SHARE_OPENERS.has(tokens[k]?.lower ?? '')) k++
  const figure = tokens[k]
  if (!figure) return null
  const opens = OPENS_DIGIT.test(figure.text) || (NUMBER_WORDS.has(figure.lower) && tokens[k + 1]?.lower === 'in')
  if (!opens) return null
  for (let j = k + 1; j < s + MAX_SHARE_TOKENS && j < tokens.length; j++) {
    const w = tokens[j]
    if (!w.word && w.text !== '%') return null
    if (w.lower === 'who') return { stop: j, who: true }
    if (w.lower.endsWith('ing')) return { stop: j, who: false }
    if (spliced && LISTING.has(w.lower)) return null
    if (spliced && (CUE_FIRST_WORDS.has(w.lower) || CUE_FIRST.has(w.lower))) return { stop: j, who: false }
  }
  return null
}

/** Whether a share clause opens at token `i` ("…, compared with 64 percent who say …"): only tokens read. */
export function opensShareClause(tokens: readonly Token[], i: number): boolean {
  const s = shareStart(tokens, i)
  return s >= 0 && shareAt(tokens, s) !== null
}

/**
 * The claimant of the share clause `clause` opening at token `first`: the share, named at "who" or at itself, with
 * the verb of saying right after it as the cue; null when what follows the share is no report ("who live in …").
 */
export function shareAttribution(
  text: string,
  clause: TextRange,
  tokens: readonly Token[],
  first: number,
  registry: SpeakerRegistry
): Claimant | null {
  const s = shareStart(tokens, first)
  const share = s < 0 ? null : shareAt(tokens, s)
  if (!share) return null
  const read = readClaimant(text, { start: tokens[s].start, end: clause.end }, registry)
  const stop = tokens[share.stop]
  // The cue is the share's own verb: "who say", "who have said", "saying"; not a later one in what they said.
  if (!read?.cue || read.cue.start < stop.start || read.cue.start > stop.end + VERB_REACH) return null
  const start = tokens[s].start
  const end = tokens[share.stop - 1].end
  const name = text.slice(start, end)
  const mention = share.who ? { start: stop.start, end: stop.end, text: stop.text } : { start, end, text: name }
  return { name, mention, cue: read.cue }
}
/** Characters between "who" and the start of its verb: "who have long said". */
const VERB_REACH = 16
