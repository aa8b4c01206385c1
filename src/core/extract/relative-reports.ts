/**
 * A relative clause that reports someone else's words about the noun before it is that someone's claim, not the
 * sentence's speaker's: "The governor vetoed a levy, which critics said was unlawful." claims, for the critics,
 * that the levy was unlawful; "Hale praised the moves, which she said lowered costs" is Hale's again, named "she".
 *
 *   …, a levy which critics said was unlawful.     → "which critics said was unlawful." (critics, said)
 *   …, moves that she said lowered costs.         → "that she said lowered costs." (Hale, named "she")
 *   …, a plan which, his aides say, would …        → his aides (say)
 *   …, a claim that the board's lawyers dispute.   → the board's lawyers (dispute: the relative word its object)
 *   …, a bill that critics called unfair.          → critics (called: a verdict on the relative word)
 *
 * Read only where the clause's own subject stands between the relative word and a verb of saying or belief, and
 * the relative word is the subject of what follows that verb ("said was", "said lowered"): "the levy, which critics
 * said the port should drop" leaves the noun as an object and stays the sentence's, and "Hale said that Ruiz
 * argued …" (a "that" after a cue) is a nested report, left whole. Or where a verb of stance closes the clause with
 * the relative word as its object ("a claim that the board's lawyers dispute."): its subject's stance on the noun.
 */
import type { Claimant } from '../../shared/article'
import type { TextRange } from './sentences'
import type { Token } from './tokens'
import type { SpeakerRegistry } from './speakers'
import { CUE_FIRST_WORDS } from './speech-cues'
import { CUE_FIRST } from './claimant-cues'
import { MAX_SUBJECT_TOKENS, opensPredicate, reportCue, zeroRelative } from './zero-relatives'
import { readClaimant } from './claimants'

/** Words opening a relative clause about the noun before them (clause-boundaries.ts passes other words by). */
export const RELATIVES = new Set(['which', 'that', 'who'])
/**
 * Index of the first token of the reporting subject when a relative clause reporting someone's words opens at
 * token `i` ("which critics said was …"); -1 otherwise.
 */
export function reportedRelative(tokens: readonly Token[], i: number): number {
  const relative = tokens[i]
  const before = tokens[i - 1]
  const zero = zeroRelative(tokens, i)
  if (zero >= 0) return zero
  // "…, an offer the board rebuffed at a meeting.": a stance with no relative word.
  const zeroStance = zeroStanceSubject(tokens, i)
  if (zeroStance >= 0) return zeroStance
  if (!relative?.word || !RELATIVES.has(relative.lower) || !before) return -1
  // "…, a claim that the port's lawyers strongly dispute.": the relative word is the object of a verb of stance, even
  // after a noun of saying ("a claim that …" opens no claim of its own when its verb has no object).
  const stance = stanceOnObject(tokens, i)
  if (stance >= 0) return stance
  // "said that Ruiz argued …": a "that" after a cue opens what was said, not a relative clause ("a plan which …" is one).
  if (relative.lower === 'that' && before.word && (CUE_FIRST_WORDS.has(before.lower) || CUE_FIRST.has(before.lower)))
    return -1
  if (!before.word && before.text !== ',') return -1
  // "which, his aides say, would …": the report set off by commas.
  const first = i + 1 < tokens.length && tokens[i + 1].text === ',' ? i + 2 : i + 1
  // "…, who said none of …": the relative word is the subject of the verb, and the clause is its own (clause-claims.ts).
  if (first < tokens.length && reportCue(tokens, first) >= 0) return -1
  for (let j = first + 1; j <= first + MAX_SUBJECT_TOKENS && j < tokens.length; j++) {
    if (!tokens[j - 1].word && !/^[.’'-]$/u.test(tokens[j - 1].text)) return -1
    const last = reportCue(tokens, j)
    if (last < 0) continue
    const next = last + 1 < tokens.length && tokens[last + 1].text === ',' && first > i + 1 ? last + 2 : last + 1
    return opensPredicate(tokens, next) ? first : -1
  }
  return -1
}

/**
 * Verbs of stance toward a statement or a person that take the relative word as their object when nothing follows
 * them in the clause: "…, a claim that the port's lawyers dispute.", "…, a charge she has always denied.", "…, a
 * candidate whom many dockers oppose." The relative clause is their subject's stance, a claim of its own.
 */
// prettier-ignore
const STANCE_VERBS = new Set([
  'deny', 'denies', 'denied', 'dispute', 'disputes', 'disputed', 'reject', 'rejects', 'rejected', 'oppose', 'opposes',
  'opposed', 'support', 'supports', 'supported', 'criticize', 'criticizes', 'criticized', 'criticise', 'criticises',
  'criticised', 'mock', 'mocks', 'mocked', 'question', 'questions', 'questioned', 'challenge', 'challenges',
  'challenged', 'contest', 'contests', 'contested', 'endorse', 'endorses', 'endorsed', 'condemn', 'condemns',
  'condemned', 'corroborate', 'corroborated', 'confirm', 'confirms', 'confirmed', 'embrace', 'embraces', 'embraced',
  'rebuff', 'rebuffs', 'rebuffed'
])

/** The first token of the subject of a relative clause at `i` whose verb of stance takes it as object; -1 if none. */
function stanceOnObject(tokens: readonly Token[], i: number): number {
  if (tokens[i - 1]?.text !== ',' && !tokens[i - 1]?.word) return -1
  return stanceFrom(tokens, i + 1, judgingRelative(tokens, i))
}

/**
 * `first` when a subject opening there is followed, within MAX_SUBJECT_TOKENS words, by a verb of stance closing the
 * clause (or, `judging`, by a verb of judging before its complement); -1 otherwise.
 */
function stanceFrom(tokens: readonly Token[], first: number, judging: boolean): number {
  if (
    first >= tokens.length ||
    !tokens[first].word ||
    reportCue(tokens, first) >= 0 ||
    STANCE_VERBS.has(tokens[first].lower)
  )
    return -1
  for (let j = first + 1; j <= first + MAX_SUBJECT_TOKENS && j < tokens.length; j++) {
    if (disputedObject(tokens, j) || (judging && judgedObject(tokens, j))) return first
    if (!tokens[j].word && !/^[.’'-]$/u.test(tokens[j].text)) return -1
  }
  return -1
}

/**
 * "…, an offer the board rebuffed at a meeting.", "…, a plan several councillors have also embraced.": a noun after a
 * comma and its determiner (token `i`) with a relative clause of stance and no relative word; the clause's subject's
 * first token, or -1. One word of the noun, or two when a determiner or a pronoun opens the subject after them ("a
 * costly plan the board rejected", "a plan he has always opposed"); not an owner ("the mayor's aides opposed").
 */
function zeroStanceSubject(tokens: readonly Token[], i: number): number {
  if (i < 1 || i + 3 >= tokens.length || tokens[i - 1].text !== ',' || !ZERO_HEADS.has(tokens[i].lower)) return -1
  const noun = tokens[i + 1]
  if (!noun.word || noun.text !== noun.lower || /['’]s?$/u.test(noun.lower)) return -1
  const second = tokens[i + 2]
  const twoWords = second.word && second.text === second.lower && SUBJECT_OPENERS.has(tokens[i + 3].lower)
  return stanceFrom(tokens, twoWords && !SUBJECT_OPENERS.has(second.lower) ? i + 3 : i + 2, false)
}
const ZERO_HEADS = new Set(['a', 'an', 'the'])
/** Words opening the subject of a relative clause after a noun of two words: "a costly plan the board …". */
// prettier-ignore
const SUBJECT_OPENERS = new Set([
  'the', 'his', 'her', 'its', 'their', 'our', 'he', 'she', 'they', 'we', 'i', 'many', 'most', 'some', 'several'
])

/**
 * Whether token `j` is a verb of stance (STANCE_VERBS) closing its clause: before the sentence's end, a closing
 * bracket, a comma and a participle ("…, a charge the board denied, noting …"), or a phrase of time or place that
 * closes the sentence ("…, an offer the board rebuffed at a meeting last week."). Not "a levy that critics oppose
 * for …" nor "… opposed for years before the vote" (the clause goes on), nor "the plan the council approved." (an
 * action, no stance).
 */
function disputedObject(tokens: readonly Token[], j: number): boolean {
  if (!STANCE_VERBS.has(tokens[j].lower)) return false
  if (j + 1 >= tokens.length || CLOSING.has(tokens[j + 1].text)) return true
  if (ADJUNCT_OPENERS.has(tokens[j + 1].lower)) return closingAdjunct(tokens, j + 2)
  return tokens[j + 1].text === ',' && j + 2 < tokens.length && tokens[j + 2].lower.endsWith('ing')
}
const CLOSING = new Set(['.', '!', '?', ')', ';'])
/** Words opening a phrase of time or place after a verb: "rebuffed at a meeting", "in May", "last week". */
// prettier-ignore
const ADJUNCT_OPENERS = new Set(['at', 'in', 'on', 'during', 'last', 'this', 'earlier', 'later', 'again', 'yesterday'])
/** Longest phrase of time or place after the verb: "at a White House meeting in the past week". */
const MAX_ADJUNCT_TOKENS = 8
/** Words after which a phrase of time or place goes on as a clause or another complement. */
// prettier-ignore
const ADJUNCT_STOPS = new Set([
  'and', 'or', 'but', 'that', 'which', 'who', 'to', 'before', 'after', 'because', 'when', 'while', 'as', 'since',
  'until', 'for', 'by', 'with', 'if'
])

/** Whether the words from `k` on close the sentence within MAX_ADJUNCT_TOKENS, with no clause or complement opening. */
function closingAdjunct(tokens: readonly Token[], k: number): boolean {
  for (let m = k; m <= k + MAX_ADJUNCT_TOKENS && m < tokens.length; m++) {
    if (CLOSING.has(tokens[m].text)) return true
    if ((!tokens[m].word && !/^[’'-]$/u.test(tokens[m].text)) || ADJUNCT_STOPS.has(tokens[m].lower)) return false
  }
  return false
}

/**
 * "…, a bill that critics called unfair", "…, loans which most banks still considered too risky": a verb of judging
 * whose complement follows it, the relative word its object, is its subject's verdict on the noun. Not a name given
 * ("a dog that she called Rex": a capital after it), nor an action ("a strike the union called off", "a meeting
 * she called to discuss …", "a plan the board considered in May").
 */
function judgedObject(tokens: readonly Token[], j: number): boolean {
  if (!JUDGING_VERBS.has(tokens[j].lower)) return false
  if (j + 1 >= tokens.length) return false
  const after = tokens[j + 1]
  return after.word && after.text === after.lower && !NOT_COMPLEMENTS.has(after.lower)
}
/**
 * Whether the relative word at `i` may be the object of a verb of judging: "which", or "that" after a noun, not after
 * a cue ("argued that the board should consider the cost": what was said), nor one whose clause opens on an
 * auxiliary ("which has called the plan unfair": the relative word its subject).
 */
function judgingRelative(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  if (!JUDGED_RELATIVES.has(tokens[i].lower)) return false
  if (i + 1 < tokens.length && AUXILIARY_OPENERS.has(tokens[i + 1].lower)) return false
  if (CUE_FIRST_WORDS.has(before.lower) || CUE_FIRST.has(before.lower)) return false
  return tokens[i].lower === 'which' || determinedNoun(tokens, i - 1)
}

/**
 * "a bill that", "the new harbour levy that": a "that" is a relative word after a noun its determiner opens, in lower
 * case; not "told the Herald that" (a name) nor "two days earlier that" (what was said follows).
 */
function determinedNoun(tokens: readonly Token[], k: number): boolean {
  for (let d = k - 1; d >= k - MAX_NOUN_WORDS && d >= 0; d--) {
    if (!tokens[d + 1].word || tokens[d + 1].text !== tokens[d + 1].lower) return false
    if (DETERMINERS.has(tokens[d].lower)) return true
  }
  return false
}
/** Words a noun phrase may take after its determiner, the noun included: "a harbour levy bill". */
const MAX_NOUN_WORDS = 3
// prettier-ignore
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'its', 'his', 'her', 'their', 'our', 'another', 'one'])
const JUDGED_RELATIVES = new Set(['which', 'that'])
// prettier-ignore
const AUXILIARY_OPENERS = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must'
])
// prettier-ignore
const JUDGING_VERBS = new Set([
  'call', 'calls', 'called', 'consider', 'considers', 'considered', 'deem', 'deems', 'deemed', 'brand', 'brands',
  'branded', 'label', 'labels', 'labeled', 'labelled', 'term', 'terms', 'termed'
])
/** Words after a verb of judging that open no complement: particles, prepositions, an infinitive, a clause. */
// prettier-ignore
const NOT_COMPLEMENTS = new Set([
  'to', 'in', 'on', 'at', 'for', 'off', 'up', 'out', 'back', 'by', 'during', 'before', 'after', 'last', 'this',
  'that', 'with', 'from', 'and', 'but', 'or', 'when', 'while', 'because', 'as', 'it', 'them', 'him', 'her', 'whether',
  'if', 'who', 'what', 'how', 'why', 'where', 'which'
])

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

/**
 * "The dockers rallied behind a candidate whom most councillors oppose.": a sentence whose own clause reports no one's
 * words, and whose relative clause reports someone's, is that someone's claim whole (one attribution, one claimant);
 * null when no relative clause in `sentence` reports anyone's words.
 */
export function relativeReportIn(
  text: string,
  sentence: TextRange,
  tokens: readonly Token[],
  registry: SpeakerRegistry
): Claimant | null {
  for (let i = 1; i < tokens.length; i++) {
    const subject = reportedRelative(tokens, i)
    if (subject < 0) continue
    const read = relativeReporter(text, { start: tokens[i].start, end: sentence.end }, tokens, subject, registry)
    if (read) return read
  }
  return null
}
