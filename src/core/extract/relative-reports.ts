/**
 * A relative clause that reports someone else's words about the noun before it is that someone's claim, not the
 * sentence's speaker's: "The governor vetoed a levy, which critics said was unlawful." claims, for the critics,
 * that the levy was unlawful; "Hale praised the moves, which she said lowered costs" is Hale's again, named "she".
 *
 *   …, a levy which critics said was unlawful.     → "which critics said was unlawful." (critics, said)
 *   …, moves that she said lowered costs.         → "that she said lowered costs." (Hale, named "she")
 *   …, a plan which, his aides say, would …        → his aides (say)
 *
 * Read only where the clause's own subject stands between the relative word and a verb of saying or belief, and
 * the relative word is the subject of what follows that verb ("said was", "said lowered"): "the levy, which critics
 * said the port should drop" leaves the noun as an object and stays the sentence's, and "Hale said that Ruiz
 * argued …" (a "that" after a cue) is a nested report, left whole.
 */
import type { Claimant } from '../../shared/article'
import type { TextRange } from './sentences'
import type { Token } from './tokens'
import type { SpeakerRegistry } from './speakers'
import { cueAt, CUE_FIRST_WORDS } from './speech-cues'
import { CUE_FIRST } from './claimant-cues'
import { readClaimant } from './claimants'

/** Words opening a relative clause about the noun before them. */
const RELATIVES = new Set(['which', 'that', 'who'])
/** Longest subject between the relative word and its verb: "the harbour board's own auditors". */
const MAX_SUBJECT_TOKENS = 6
/**
 * Words that open a predicate straight after the verb of saying ("critics said was unlawful"), so that the relative
 * word is its subject; so does a past form in "-ed" ("she said lowered costs"). A noun there ("said the port …")
 * is the clause's subject instead.
 */
// prettier-ignore
const PREDICATE_OPENERS = new Set([
  'is', 'was', 'are', 'were', 'would', 'could', 'will', 'can', 'may', 'might', 'should', 'must', 'had', 'has', 'have',
  'led', 'made', 'left'
])

/**
 * The clause's verb of saying or belief at token `j` ("said", "argued", "believes"): its last token, or -1. Not a
 * claimant cue: "the Clinton campaign emailed" would read "campaign" as the verb.
 */
function reportCue(tokens: readonly Token[], j: number): number {
  const speech = cueAt(tokens, j)
  return speech?.kind === 'verb' ? speech.last : -1
}

/** Whether the token at `k` opens a predicate whose subject is the relative word. */
function opensPredicate(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  if (!t?.word || t.text !== t.lower) return false
  return PREDICATE_OPENERS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed'))
}

/**
 * Index of the first token of the reporting subject when a relative clause reporting someone's words opens at
 * token `i` ("which critics said was …"); -1 otherwise.
 */
export function reportedRelative(tokens: readonly Token[], i: number): number {
  const relative = tokens[i]
  const before = tokens[i - 1]
  if (relative?.word && before?.text === ',' && ZERO_RELATIVE_HEADS.has(relative.lower)) return zeroRelative(tokens, i)
  if (!relative?.word || !RELATIVES.has(relative.lower) || !before) return -1
  // "said that Ruiz argued …": a "that" after a cue opens what was said, not a relative clause ("a plan which …" is one).
  if (relative.lower === 'that' && before.word && (CUE_FIRST_WORDS.has(before.lower) || CUE_FIRST.has(before.lower)))
    return -1
  if (!before.word && before.text !== ',') return -1
  // "which, his aides say, would …": the report set off by commas.
  const first = tokens[i + 1]?.text === ',' ? i + 2 : i + 1
  // "…, who said none of …": the relative word is the subject of the verb, and the clause is its own (clause-claims.ts).
  if (reportCue(tokens, first) >= 0) return -1
  for (let j = first + 1; j <= first + MAX_SUBJECT_TOKENS && j < tokens.length; j++) {
    if (!tokens[j - 1].word && !/^[.’'-]$/u.test(tokens[j - 1].text)) return -1
    const last = reportCue(tokens, j)
    if (last < 0) continue
    const next = tokens[last + 1]?.text === ',' && first > i + 1 ? last + 2 : last + 1
    return opensPredicate(tokens, next) ? first : -1
  }
  return -1
}

/** Determiners opening a noun with a relative clause and no relative word: "…, a move transit advocates said was …". */
const ZERO_RELATIVE_HEADS = new Set(['a', 'an', 'the'])

/**
 * "…, a move transit advocates said was overdue": a determiner and one noun after a comma, then a reporting
 * subject, its verb of saying and a predicate with no subject of its own; the subject's first token, or -1.
 * "…, the agency said" (no subject between noun and verb) and "…, the mayor's aides said" (an owner) are none.
 */
function zeroRelative(tokens: readonly Token[], i: number): number {
  const noun = tokens[i + 1]
  if (!noun?.word || noun.text !== noun.lower || /['’]s?$/u.test(noun.lower)) return -1
  for (let j = i + 3; j <= i + 2 + MAX_SUBJECT_TOKENS && j < tokens.length; j++) {
    if (!tokens[j - 1].word) return -1
    const last = reportCue(tokens, j)
    if (last >= 0) return opensPredicate(tokens, last + 1) ? i + 2 : -1
  }
  return -1
}

/**
 * The claimant of the relative clause `clause` whose subject opens at token `subject` (reportedRelative): read
 * from that subject on, so that its verb is the first cue; null when the reading starts elsewhere.
 */
export function relativeReporter(
  text: string,
  clause: TextRange,
  tokens: readonly Token[],
  subject: number,
  registry: SpeakerRegistry
): Claimant | null {
  const last = tokens.findIndex((t) => t.start >= clause.end)
  const words = tokens.slice(subject, last < 0 ? tokens.length : last)
  const read = readClaimant(text, { start: tokens[subject].start, end: clause.end }, registry, words)
  if (!read?.cue || read.mention.start !== tokens[subject].start || read.cue.start < read.mention.end) return null
  const cue = tokens.findIndex((t) => t.start === read.cue!.start)
  return cue - subject <= MAX_SUBJECT_TOKENS ? read : null
}
