/**
 * The words claimant-verb-subjects.ts reads between a subject and its verb: manner adverbs ("Hale strongly
 * opposed"), modals after which a verb takes its base form, and verbs that take another verb whose subject is their
 * own ("tried to defend", "kept insisting"). Word lists only, so a newsroom can extend them without the grammar.
 */
import type { Token } from './tokens'
import { BE, VERB_ADVERBS } from './speech-cues'
import { REFLEXIVES, reflexiveObject } from './subject-gaps'

/** Manner adverbs that sit between a subject and its verb, besides the ones speech-cues.ts lists. */
// prettier-ignore
const MORE_ADVERBS = new Set([
  'strongly', 'openly', 'loudly', 'quietly', 'widely', 'generally', 'largely', 'mostly', 'clearly', 'personally',
  'specifically', 'officially', 'formally', 'consistently', 'vehemently', 'emphatically', 'adamantly', 'fiercely',
  'overwhelmingly', 'narrowly', 'unanimously', 'broadly', 'increasingly', 'apparently', 'reluctantly', 'tacitly',
  'effectively', 'essentially', 'previously', 'ever', 'no', 'longer', 'both', 'all', 'each', 'too', 'yet', 'had',
  'actually', 'really', 'certainly', 'reportedly', 'allegedly', 'seemingly', 'likely', 'probably', 'has', 'have',
  'being', 'be', 'been', 'going', 'to', 'twice', 'thrice', 'always', 'sometimes', 'seldom', 'almost', 'herself',
  'himself', 'itself', 'themselves'
])

/** Prepositions whose -ing form after them is done by the clause's subject: "by thanking", "before explaining". */
// prettier-ignore
export const GERUND_PREPOSITIONS = new Set(['by', 'before', 'after', 'while', 'since', 'without', 'upon', 'through', 'in', 'when'])

/** Nouns ending in -ly, which are no manner adverb: "the family said". */
// prettier-ignore
const LY_NOUNS = new Set(['family', 'ally', 'assembly', 'rally', 'supply', 'anomaly', 'monopoly', 'reply', 'belly', 'bully', 'homily', 'lily', 'folly', 'jelly', 'melee'])

/** Forms of "be" (speech-cues.ts holds them, so that it need not import this module): "was endorsed by". */
export { BE, reflexiveObject }

/** "do" and the modals, with their negations, after which a verb takes its base form whatever its subject. */
export const MODALS =
  /^(?:do|does|did|will|would|can|could|may|might|should|must|shall)(?:n['’]t|not)?$|^(?:won|can|don|doesn|didn|wouldn|couldn|shouldn|mustn)['’]t$/u

/**
 * Verbs taking an infinitive whose subject is their own: "Hale tried to defend", "is continuing to
 * insist", "has had to repudiate", and the raising passives and adjectives "is expected to endorse",
 * "is set to back", "is likely to oppose".
 */
// prettier-ignore
export const CATENATIVES = new Set([
  'try', 'tries', 'tried', 'trying', 'attempt', 'attempts', 'attempted', 'attempting', 'continue', 'continues',
  'continued', 'continuing', 'begin', 'begins', 'began', 'begun', 'beginning', 'start', 'starts', 'started', 'starting',
  'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'need', 'needs', 'needed', 'fail', 'fails', 'failed',
  'going', 'got', 'has', 'have', 'had', 'used', 'struggled', 'struggling', 'rushed', 'moved', 'hastened', 'expected',
  'set', 'scheduled', 'poised', 'slated', 'due', 'likely', 'unlikely', 'able', 'unable', 'ready', 'eager', 'about',
  'supposed', 'sure', 'certain', 'quick', 'careful', 'happy', 'keen', 'anxious',
  // judged or disposed to do it: "is correct to note", "are inclined to believe", "was reluctant to endorse"
  'correct', 'right', 'wrong', 'wise', 'inclined', 'willing', 'unwilling', 'reluctant', 'hesitant', 'loath', 'proud',
  'prepared', 'determined',
  // choosing, deciding, managing or struggling to do it: "chose to back", "has volunteered to argue"
  'choose', 'chooses', 'chose', 'chosen', 'decide', 'decides', 'decided', 'volunteer', 'volunteers', 'volunteered',
  'manage', 'manages', 'managed', 'struggle', 'struggles', 'move', 'moves', 'ventured', 'dared', 'sought', 'seek', 'seeks'
])

/** Words comparing the adjective after them: "more likely to say". */
export const COMPARATIVES = new Set(['more', 'less', 'most', 'least'])

/** Verbs taking an -ing form whose subject is their own: "avoids condemning", "kept insisting", "began attacking". */
// prettier-ignore
export const ING_CATENATIVES = new Set([
  'avoid', 'avoids', 'avoided', 'keep', 'keeps', 'kept', 'stop', 'stops', 'stopped', 'start', 'starts', 'started',
  'begin', 'begins', 'began', 'continue', 'continues', 'continued', 'quit', 'quits', 'resume', 'resumes', 'resumed',
  'risk', 'risks', 'risked', 'finish', 'finishes', 'finished', 'spent', 'spends', 'spend', 'begun', 'keeping',
  'avoiding', 'stopping', 'starting', 'beginning', 'continuing'
])

/** A manner adverb, a negation or a word of degree between a subject and its verb. */
export function isAdverb(lower: string): boolean {
  if (VERB_ADVERBS.has(lower) || MORE_ADVERBS.has(lower) || /n['’]t$/u.test(lower)) return true
  // "happily retweeted", "disingenuously claimed": a manner adverb (read only before a known cue).
  return lower.length >= 5 && lower.endsWith('ly') && !LY_NOUNS.has(lower)
}

/**
 * Whether tokens[k] is a word read past between a subject and its verb: a manner adverb, a negation, a word of
 * degree on an adverb, or an emphatic reflexive ("Hale herself said"); not a reflexive object right after a verb
 * ("found themselves increasingly targeted", subject-gaps.ts).
 */
export function readPastBeforeVerb(tokens: readonly Token[], k: number): boolean {
  const lower = tokens[k].lower
  if (REFLEXIVES.has(lower)) return !reflexiveObject(tokens, k)
  return isAdverb(lower) || degreeOnAdverb(tokens, k)
}

/** Words of degree on an adverb in -ly: "most recently defended", "very publicly backed", "so bluntly said". */
const DEGREE_WORDS = new Set(['most', 'more', 'less', 'least', 'very', 'so', 'too', 'quite', 'rather'])
/** Adverbs that with "most" or "more" make a phrase of their own, never a share of people and a manner. */
const SET_PHRASE_ADVERBS = new Set(['recently', 'lately', 'notably', 'famously', 'importantly', 'prominently'])
/**
 * Whether token `k` is a word of degree on the adverb in -ly after it, after a word ("Ruiz, who most recently
 * defended …", "Hale most recently argued"): read past with the adverb, not taken for the subject ("most"). Not
 * after a comma ("…, more accurately predicted their output than …"): that is a comparison, not an inversion. A
 * set phrase ("most recently", "more notably") is read past anywhere, a clause's first words included: "…, and
 * most recently defended the fee" is no share of people ("Most strongly oppose the fee" is).
 */
export const degreeOnAdverb = (tokens: readonly Token[], k: number): boolean =>
  DEGREE_WORDS.has(tokens[k].lower) &&
  /^[a-z]{3,}ly$/u.test(tokens[k + 1]?.text ?? '') &&
  isAdverb(tokens[k + 1].lower) &&
  (tokens[k - 1]?.word === true || SET_PHRASE_ADVERBS.has(tokens[k + 1].lower))

/** "…, and most recently defended": a set phrase of degree right before the verb at tokens[cue], no subject. */
const setPhraseBefore = (tokens: readonly Token[], cue: number): boolean =>
  cue >= 2 && SET_PHRASE_ADVERBS.has(tokens[cue - 1].lower) && DEGREE_WORDS.has(tokens[cue - 2].lower)

/**
 * Whether the verb at tokens[cue] has no subject for a phrase reader to find before it: a set phrase of degree
 * ("…, and most recently defended"), or a reflexive object and adverbs ("found themselves increasingly targeted").
 */
export function noSubjectBefore(tokens: readonly Token[], cue: number): boolean {
  if (setPhraseBefore(tokens, cue)) return true
  let k = cue - 1
  while (k > 0 && isAdverb(tokens[k].lower) && !REFLEXIVES.has(tokens[k].lower)) k--
  return reflexiveObject(tokens, k)
}
