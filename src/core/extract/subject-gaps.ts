/**
 * Words that may stand between a speaker and the verb of saying besides adverbs (speech-cues.ts's
 * VERB_ADVERBS): an intensifying reflexive ("Cruz himself said", "the mayor herself wrote") and a
 * phrase of time ("Sen. Ruth Hale (D-Ore.) last week said", "The ministry on Tuesday said", "Hale
 * earlier this month told", "Hale during a visit thanked"). Read on token data only, backwards from the verb.
 */
import type { Token } from './tokens'

/**
 * "himself", "herself": the subject stressed ("Hale herself said"), or a verb's object ("found herself"): read here, by
 * the claimant verb reader and by action-senses.ts findsSelf.
 */
// prettier-ignore
export const REFLEXIVES: ReadonlySet<string> = new Set([
  'himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself', 'yourselves'
])
/** Irregular verb forms that take a reflexive object: "found themselves", "made himself", "kept itself". */
// prettier-ignore
const REFLEXIVE_TAKERS = new Set([
  'find', 'finds', 'found', 'get', 'gets', 'got', 'make', 'makes', 'made', 'keep', 'keeps', 'kept', 'see', 'sees',
  'saw', 'feel', 'feels', 'felt', 'put', 'puts', 'set', 'sets', 'left', 'cast', 'casts', 'consider', 'considers',
  'call', 'calls', 'declare', 'declares', 'show', 'shows', 'shown', 'prove', 'proves', 'thought', 'deem', 'deems'
])

/**
 * A reflexive at tokens[k] right after a verb form that takes it, a past in -ed ("positioned itself") or an
 * irregular one: that verb's object, no emphasis on a subject. In "the wardens found themselves increasingly
 * targeted" the participle says what befell them; "found" is no part of anyone's name.
 */
export function reflexiveObject(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k - 1]
  if (!REFLEXIVES.has(tokens[k]?.lower ?? '') || t === undefined || t.text !== t.lower) return false
  return /^[a-z]{3,}ed$/u.test(t.lower) || REFLEXIVE_TAKERS.has(t.lower)
}

/** Days, parts of a day and longer periods: the words a phrase of time names (here and in the claimant reader). */
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
export const DAY_PARTS = new Set(['night', 'morning', 'afternoon', 'evening'])
export const PERIODS = new Set(['week', 'month', 'year', 'weekend', 'spring', 'summer', 'fall', 'autumn', 'winter'])

/** Words naming when, after "last", "this", "next", "earlier this" and the like. */
const TIME_NOUNS = new Set([...PERIODS, ...DAY_PARTS, ...WEEKDAYS])
/** Words before a time noun that make a phrase of time: "last week", "this month", "earlier this year". */
const TIME_LEADS = new Set(['last', 'this', 'next', 'that', 'on'])

/** Linking phrases of two words, by their second word: "in fact", "in particular", "of course", "in turn". */
const LINKING_PHRASES = new Map([
  ['fact', 'in'],
  ['particular', 'in'],
  ['turn', 'in'],
  ['course', 'of']
])

/**
 * Where the words between a subject and its verb at `end` (exclusive) begin, skipping reflexives and
 * phrases of time; `end` when there are none. Never goes below `floor`.
 */
export function gapStart(tokens: readonly Token[], end: number, floor: number): number {
  let k = end
  for (;;) {
    const t = tokens[k - 1]
    if (k - 1 <= floor || !t?.word) return k
    if (REFLEXIVES.has(t.lower) && !reflexiveObject(tokens, k - 1)) {
      k--
      continue
    }
    const lead = tokens[k - 2]
    // "have in fact reported", "has of course said": a linking phrase of two words, read past as an adverb is.
    if (lead && LINKING_PHRASES.get(t.lower) === lead.lower && k - 2 > floor) {
      k -= 2
      continue
    }
    // "last week", "this month", "on Tuesday"; "earlier this year" keeps its "earlier" for the adverb reader.
    const time =
      TIME_NOUNS.has(t.lower) && lead && TIME_LEADS.has(lead.lower) && !(lead.lower === 'on' && !WEEKDAYS.has(t.lower))
    if (time && k - 2 > floor) {
      k -= 2
      continue
    }
    // "Hale during a visit to the port thanked": a phrase of when opened by "during" reaches the verb.
    const during = duringPhraseStart(tokens, k, floor)
    if (during > floor) {
      k = during
      continue
    }
    return k
  }
}

/** Most words in a phrase opened by "during" between a subject and its verb: "during a visit to the port". */
const MAX_DURING_TOKENS = 6

/** Where a phrase of words opened by "during" and ending at `end` begins, or -1. */
function duringPhraseStart(tokens: readonly Token[], end: number, floor: number): number {
  for (let k = end - 2; k > floor && end - k <= MAX_DURING_TOKENS; k--) {
    if (!tokens[k].word) return -1
    if (tokens[k].lower === 'during') return k
  }
  return -1
}

/** The opening mark each closing quotation mark pairs with; a straight mark pairs with its like. */
const OPENING_MARKS: Readonly<Record<string, string>> = { '”': '“', '"': '"', '»': '«' }
/** Longest title in quotation marks read inside an appositive: "the co-author of “Going Under”". */
const MAX_TITLE_TOKENS = 12

/**
 * Where a quoted title closing at token `close` opens ("Tom Reyes, the author of “Tides,” said"): the
 * index of its opening mark, or -1 when `close` is no closing mark or none opens it close enough
 * after `floor`. An appositive's commas are read past such a title, and may stand inside its marks.
 */
export function titleStart(tokens: readonly Token[], close: number, floor: number): number {
  const open = OPENING_MARKS[tokens[close]?.text ?? '']
  if (open === undefined) return -1
  for (let k = close - 1; k > floor && close - k <= MAX_TITLE_TOKENS; k--) if (tokens[k].text === open) return k
  return -1
}
