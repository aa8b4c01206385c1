/**
 * Words that may stand between a speaker and the verb of saying besides adverbs (speech-cues.ts's
 * VERB_ADVERBS): an intensifying reflexive ("Cruz himself said", "the mayor herself wrote") and a
 * phrase of time ("Sen. Ruth Hale (D-Ore.) last week said", "The ministry on Tuesday said", "Hale
 * earlier this month told"). Read on token data only, backwards from the verb.
 */
import type { Token } from './tokens'

/** "himself", "herself": the subject stressed, not a new phrase. */
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves'])

/** Words naming when, after "last", "this", "next", "earlier this" and the like. */
// prettier-ignore
const TIME_NOUNS = new Set([
  'week', 'month', 'year', 'night', 'weekend', 'morning', 'afternoon', 'evening', 'spring', 'summer', 'fall', 'autumn',
  'winter', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'
])
/** Words before a time noun that make a phrase of time: "last week", "this month", "earlier this year". */
const TIME_LEADS = new Set(['last', 'this', 'next', 'that', 'on'])
/** Days named alone, after "on": "on Tuesday". */
// prettier-ignore
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

/**
 * Where the words between a subject and its verb at `end` (exclusive) begin, skipping reflexives and
 * phrases of time; `end` when there are none. Never goes below `floor`.
 */
export function gapStart(tokens: readonly Token[], end: number, floor: number): number {
  let k = end
  for (;;) {
    const t = tokens[k - 1]
    if (k - 1 <= floor || !t?.word) return k
    if (REFLEXIVES.has(t.lower)) {
      k--
      continue
    }
    const lead = tokens[k - 2]
    // "last week", "this month", "on Tuesday"; "earlier this year" keeps its "earlier" for the adverb reader.
    const time =
      TIME_NOUNS.has(t.lower) && lead && TIME_LEADS.has(lead.lower) && !(lead.lower === 'on' && !DAYS.has(t.lower))
    if (time && k - 2 > floor) {
      k -= 2
      continue
    }
    return k
  }
}
