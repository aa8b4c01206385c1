/**
 * Named hand features of check-worthiness. Each one is a thing a fact-checker would point at
 * ("it gives a percentage", "it is a question"), carries a prior weight in log-odds set by
 * judgement, and is then fitted on ClaimBuster's crowdsourced debate sentences (training pulls
 * the weight from its prior towards what the data says; rare features keep roughly their prior).
 * Every fired feature remembers the exact text that fired it, so reasons quote the sentence.
 */
import { HAND_FEATURES, type HandFeatureId } from './features-catalogue'
import { namedEntityRuns, type Token } from './features-tokens'
import { regexFeatureHits } from './feature-triggers'
import { billIsNoLaw } from './bill-sense'
import { chargedIsPrice, claimsIsNoun, raisedIsNoChange, voteIsOccasion, votesIsVerb, wageIsVerb } from './word-senses'
import { flagsAt } from './known-terms'
import {
  CHANGE_VERB_BIT,
  FIRST_PERSON_INDEX,
  IRREGULAR_PAST_BIT,
  LAW_OR_RULE_BIT,
  LISTS,
  NOT_PAST_ED_BIT,
  NUMBER_WORD_BIT,
  REPORTED_SPEECH_BIT,
  SECOND_PERSON_INDEX,
  STATISTIC_WORD_BIT,
  WORD_FLAGS
} from './word-flags'

export { HAND_FEATURES, type HandFeatureId }

export interface FeatureHit {
  id: HandFeatureId
  /** Usually 1; graded features (length) use other values. */
  value: number
  /** The sentence text that fired the feature ('' when there is nothing to quote). */
  match: string
}

/** Sentences shorter than this many words are usually interjections ("Thank you.", "That's not true."). */
const SHORT_SENTENCE_WORDS = 6
/** Length is capped: beyond ~40 words a sentence is not more check-worthy for being longer. */
const LENGTH_CAP_WORDS = 40

// Auxiliaries are past tense but say nothing about an event on their own ("it was good").
const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did'])
const YEAR_TOKEN_RE = /^(?:1[89]\d\d|20\d\d)$/
const POSSESSIVE_RE = /['’]s$/

/**
 * A word's list bits, less the ones its reading here rules out ("insurance claims", "to wage war", "water bills",
 * "before it votes", "raised concerns", "before Thursday's vote").
 */
function flagsInContext(tokens: readonly Token[], k: number, places?: readonly number[]): number {
  const t = tokens[k]
  let flags = (places ? flagsAt(places[k]) : WORD_FLAGS.get(t.lower)) ?? 0
  if (!(flags & (REPORTED_SPEECH_BIT | STATISTIC_WORD_BIT | LAW_OR_RULE_BIT | CHANGE_VERB_BIT))) return flags
  if ((t.lower === 'bill' || t.lower === 'bills') && billIsNoLaw(tokens, k)) flags &= ~LAW_OR_RULE_BIT
  if (t.lower === 'vote' && voteIsOccasion(tokens, k)) flags &= ~LAW_OR_RULE_BIT
  const before = k > 0 ? tokens[k - 1].lower : null
  const after = k + 1 < tokens.length ? tokens[k + 1].lower : null
  if (t.lower === 'claims' && claimsIsNoun(before, after)) flags &= ~REPORTED_SPEECH_BIT
  if (chargedIsPrice(t.lower, before, after)) flags &= ~LAW_OR_RULE_BIT
  if (wageIsVerb(t.lower, before, after) || votesIsVerb(t.lower, before)) flags &= ~STATISTIC_WORD_BIT
  if (raisedIsNoChange(t.lower, before, after, tokens[k + 2]?.lower)) flags &= ~CHANGE_VERB_BIT
  return flags
}
const isDigit = (code: number): boolean => code >= 48 && code <= 57

function isPastTense(t: Token, flags: number): boolean {
  if (flags & IRREGULAR_PAST_BIT) return true
  // A capitalised -ed word mid-sentence is part of a name ("United States"), not a verb.
  if (t.capital && !t.initial) return false
  return t.lower.length >= 5 && t.lower.endsWith('ed') && !(flags & NOT_PAST_ED_BIT)
}

/** "nine-year", "four-month": a spelled number inside a hyphenated word. */
function hasNumberWordPart(lower: string): boolean {
  return lower.includes('-') && lower.split('-').some((p) => ((WORD_FLAGS.get(p) ?? 0) & NUMBER_WORD_BIT) !== 0)
}

/**
 * Whether the list holds two different strings: what `new Set(list).size >= 2` says, without a set built and every
 * run hashed for each sentence scored (some 8,600 a pass over 300 articles).
 */
function twoDifferent(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i] !== list[0]) return true
  return false
}

/**
 * All hand features that fire on the sentence. `tokens` must come from tokenize(sentence);
 * `commonLower` is the list of words seen in lower case (decides whether a capitalised first
 * word is a name); `lower` is the sentence lower-cased and `places` the places knownTerms(tokens) found
 * for the tokens' words, when the caller has them already.
 */
export function extractHandFeatures(
  sentence: string,
  tokens: readonly Token[],
  commonLower: ReadonlySet<string>,
  lower = sentence.toLowerCase(),
  places?: readonly number[]
): FeatureHit[] {
  const hits: FeatureHit[] = []
  const add = (id: HandFeatureId, match: string, value = 1): void => {
    hits.push({ id, value, match })
  }

  regexFeatureHits(sentence, lower, add)

  // One pass over the tokens: the first token of each word list, numbers, past-tense verbs.
  const firstOf: (Token | undefined)[] = new Array(LISTS.length)
  let number: Token | undefined
  let pastVerb: Token | undefined
  let eventVerb: Token | undefined
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]
    const flags = flagsInContext(tokens, k, places)
    for (let i = 0; i < LISTS.length; i++) if (flags & (1 << i) && firstOf[i] === undefined) firstOf[i] = t
    if (firstOf[0] === undefined && hasNumberWordPart(t.lower)) firstOf[0] = t
    // Plain numbers other than years (years have their own feature).
    if (number === undefined && isDigit(t.lower.charCodeAt(0)) && !YEAR_TOKEN_RE.test(t.lower)) number = t
    if (eventVerb === undefined && isPastTense(t, flags)) {
      pastVerb ??= t
      if (!PAST_AUXILIARIES.has(t.lower)) eventVerb = t
    }
  }
  if (number) add('number', number.text)
  LISTS.forEach(([id], i) => {
    const t = firstOf[i]
    if (t) add(id, t.text)
  })
  pastVerb = eventVerb ?? pastVerb
  if (pastVerb) add('pastTense', pastVerb.text)
  const firstPerson = firstOf[FIRST_PERSON_INDEX]
  const secondPerson = firstOf[SECOND_PERSON_INDEX]

  const entities = namedEntityRuns(sentence, tokens, commonLower)
  if (entities.length > 0) {
    const longest = entities.reduce((a, b) => (b.length > a.length ? b : a))
    add('namedEntity', longest.replace(POSSESSIVE_RE, ''))
    if (twoDifferent(entities)) add('severalEntities', '')
  }

  // News prose: a third-person account of something that happened ("France ended its
  // deployment…", "Critics have accused…"). Debates speak in I/we/you; reports do not.
  const hasQuestion = hits.some((h) => h.id === 'question')
  if (eventVerb && !firstPerson && !secondPerson && !hasQuestion && (entities.length > 0 || tokens.length >= 12)) {
    add('thirdPersonEvent', eventVerb.text)
  }

  const words = tokens.length
  if (words < SHORT_SENTENCE_WORDS) add('veryShort', '')
  add('length', '', Math.min(words, LENGTH_CAP_WORDS) / 20)
  return hits
}
