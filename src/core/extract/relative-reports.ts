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
import { CUE_FIRST_WORDS } from './speech-cues'
import { CUE_FIRST } from './claimant-cues'
import { MAX_SUBJECT_TOKENS, opensPredicate, reportCue, zeroRelative } from './zero-relatives'
import { readClaimant } from './claimants'

/** Words opening a relative clause about the noun before them. */
const RELATIVES = new Set(['which', 'that', 'who'])
/**
 * Index of the first token of the reporting subject when a relative clause reporting someone's words opens at
 * token `i` ("which critics said was …"); -1 otherwise.
 */
export function reportedRelative(tokens: readonly Token[], i: number): number {
  const relative = tokens[i]
  const before = tokens[i - 1]
  const zero = zeroRelative(tokens, i)
  if (zero >= 0) return zero
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
