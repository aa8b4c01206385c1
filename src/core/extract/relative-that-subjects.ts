/**
 * Claimants around a relative clause: the antecedent of a relative "that" before a claimant verb ("a group that
 * endorsed Hale", "the polls that show Hale ahead", "a coalition of unions that opposes the levy"), named at "that";
 * and the subject a relative clause stands between, read before it ("The trust that runs the hospital said"). Apart
 * from the other readers of claimant-subject-readers.ts, whose phrase breaks it shares, for their length.
 */
import type { Token } from './tokens'
import { BE, cueAt } from './speech-cues'
import { claimantCueAt } from './claimant-cues'
import { classifyPhrase, type Subject, subjectShaped } from './subjects'
import { canHold, plausible } from './claimant-plausibility'
import { DOCUMENT_SUBJECTS } from './phrase-subjects'
import { documentBefore } from './document-subjects'
import { NOUN_JOINERS, PHRASE_BREAKS } from './claimant-subject-readers'
import { subjectBefore } from './subject-before'
import { quantitySubject } from './quantity-subjects'

/** Longest antecedent read back from a relative "that", in tokens: "the 40 angry ferry captains". */
const MAX_ANTECEDENT_TOKENS = 5
/** Articles opening the antecedent; read into it, where PHRASE_BREAKS stops the reading. */
const ARTICLES = new Set(['the', 'a', 'an'])
/** Words that end the phrase read back from "that": verbs, auxiliaries, pronouns, adverbs, conjunctions. */
const NOT_IN_THAT_ANTECEDENT =
  /^(?:so|such|now|given|except|than|not|all|because|be|been|has|have|had|do|does|did|will|would|could|can|may|might|should|must|this|these|those|them|him|her|us|me|you|it|its|their|his|our|[a-z]+ed|[a-z]+ly)$/u

/**
 * "That" as a relative pronoun before a claimant verb: "a group that endorsed Hale", "the board that had once
 * seen her as its saviour". It stands for the noun phrase right before it, as "which" and "who" do
 * (claimant-subject-readers.ts relativeSubject), and the claim is named where it stands ("that").
 *
 * "That" is also a conjunction ("said that", "so that", "now that") and a determiner ("that proposed deal"),
 * so it is read as a relative only after a noun phrase whose head can hold a view: a person or a body, named
 * or described ("the union", "green groups", "Harbour First"). The phrase is read back only to the nearest
 * break, never across a preposition or a verb, and not after "of": in "70 percent of the party that …" or "a
 * tweet after another that attacked …" the words a relative stands for are uncertain, and a wrong name is worse
 * than none; after a body made of its members the phrase is read whole ("a coalition of unions that opposes …": the
 * coalition and the unions hold the view alike). A document is read through its link ("polls by Harbour Research
 * that showed", "a survey of dock workers that found"): the finding is the document's, as in "the polls show".
 *
 * Returns the antecedent of "that" at token `k`, named at "that"; null otherwise (a conjunction, a determiner, or
 * an antecedent that cannot hold a view).
 */
export function relativeThatSubject(text: string, tokens: readonly Token[], k: number): Subject | null {
  if (tokens[k]?.lower !== 'that' || k < 1) return null
  const head = tokens[k - 1]
  if (!head.word || cueAt(tokens, k - 1) || claimantCueAt(tokens, k - 1)) return null
  let start = k
  while (start > 0 && k - start < MAX_ANTECEDENT_TOKENS && antecedentWord(tokens[start - 1])) start--
  if (start === k) return null
  if (ARTICLES.has(tokens[start - 1]?.lower ?? '')) start--
  // "polls by Harbour Research that showed", "a survey of dock workers that found": the document, whose finding
  // it is, with what the link after its head says of it.
  const document = documentBefore(tokens, start)
  if (document >= 0) start = document
  // "70 percent of the party that", "a roster of donors that": the relative may stand for the whole phrase, which
  // is read whole only after a body made of them ("a coalition of unions that", either of which holds the view).
  else {
    const of = membersOf(tokens, start)
    if (of >= 0) {
      const body = bodyOfMembers(tokens, of)
      if (body < 0) return null
      start = body
    }
  }
  const phrase = classifyPhrase(text, tokens, start, k)
  if (!phrase || phrase.kind === 'pronoun' || !plausible(text, phrase)) return null
  // "the polls that show": a document says what it shows, as a person or a body holds a view.
  if (!canHold(phrase) && !(document >= 0 || DOCUMENT_SUBJECTS.has(head.lower))) return null
  return subjectShaped({ ...phrase, mention: { start: tokens[k].start, end: tokens[k].end } })
}

/** Nouns for a body made of the people or bodies named after its "of": "a coalition of unions". */
// prettier-ignore
const MEMBERS_BODIES = new Set([
  'group', 'coalition', 'network', 'alliance', 'association', 'federation', 'consortium', 'conglomerate', 'collection',
  'band', 'club', 'caucus', 'bloc', 'league', 'union', 'council', 'committee', 'panel', 'team', 'body'
])

/**
 * The "of" before the antecedent read back from "that" to token `start`, also before a first member joined by "and"
 * or "or" ("of donors and activists that"); -1 when none.
 */
function membersOf(tokens: readonly Token[], start: number): number {
  if (tokens[start - 1]?.lower === 'of') return start - 1
  if (!NOUN_JOINERS.has(tokens[start - 1]?.lower ?? '')) return -1
  let first = start - 1
  while (first > 0 && start - first <= MAX_ANTECEDENT_TOKENS && antecedentWord(tokens[first - 1])) first--
  return first < start - 1 && tokens[first - 1]?.lower === 'of' && MEMBERS_BODIES.has(tokens[first - 2]?.lower ?? '')
    ? first - 1
    : -1
}

/**
 * "a group of donors and activists that", "an influential coalition of unions that": where the phrase of a body
 * made of its members begins, the "of" at token `of` after its noun; -1 when the noun before "of" is no such body.
 */
function bodyOfMembers(tokens: readonly Token[], of: number): number {
  if (of < 1 || !MEMBERS_BODIES.has(tokens[of - 1].lower)) return -1
  let start = of - 1
  while (start > 0 && of - start < MAX_ANTECEDENT_TOKENS && antecedentWord(tokens[start - 1])) start--
  return ARTICLES.has(tokens[start - 1]?.lower ?? '') ? start - 1 : start
}

function antecedentWord(token: Token): boolean {
  return token.word && !PHRASE_BREAKS.has(token.lower) && !NOT_IN_THAT_ANTECEDENT.test(token.lower)
}

/** Longest relative clause read back from the verb, in tokens: "that manages the two harbour hospitals". */
const MAX_RELATIVE_CLAUSE_TOKENS = 8

/**
 * "The trust that manages the two hospitals said": when no reader found the verb's subject, a relative clause ending
 * at token `k` is the subject's, whose phrase is written before it; null when there is none, or when a break follows
 * the cue's first word ("… who hosts a radio show, was asked": a noun ending the clause's object, no verb).
 */
export function relativeClauseSubject(text: string, tokens: readonly Token[], k: number): Subject | null {
  if (!tokens[k + 2]?.word) return null
  for (let j = k; j > 1 && k - j < MAX_RELATIVE_CLAUSE_TOKENS && tokens[j].word; j--)
    if (relativeVerbAt(tokens, j)) return beforeRelative(text, tokens, j - 1)
  return null
}

/**
 * The subject written before the relative pronoun at token `relative`, when it can be a claimant ("More than 6 in 10
 * dockers who …": the share whole); else null.
 */
export function beforeRelative(text: string, tokens: readonly Token[], relative: number): Subject | null {
  const share = quantitySubject(text, tokens, relative)
  if (share) return share
  const whole = subjectBefore(text, tokens, relative, 0)
  return whole && whole.kind !== 'pronoun' && plausible(text, whole) ? whole : null
}

/**
 * Whether token `k` is a relative clause's verb with its object: "that runs the hospital", "which owned it" (a form in
 * "-s" or "-ed", not of "be", then a determiner or an object pronoun). A plural noun after the relative is the
 * clause's subject instead ("the plans that countries offered", "through which voters view …"). Only a restrictive
 * relative, right after its noun: after a comma the clause is an aside ("…, who hosts a radio show, was …"), and a
 * cue before its closing comma is inside it.
 */
export function relativeVerbAt(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k]
  return (
    k >= 2 &&
    RELATIVE_OPENERS.has(tokens[k - 1].lower) &&
    tokens[k - 2].word &&
    verb.word &&
    verb.text === verb.lower &&
    /[a-z]{2}(?:[^su]s|ed)$/u.test(verb.lower) &&
    !BE.has(verb.lower) &&
    OBJECT_OPENERS.has(tokens[k + 1]?.lower ?? '')
  )
}
/** Words opening a verb's object: determiners and object pronouns. */
// prettier-ignore
const OBJECT_OPENERS = new Set([
  'the', 'a', 'an', 'it', 'them', 'him', 'her', 'us', 'his', 'their', 'its', 'our', 'this', 'these', 'those'
])
const RELATIVE_OPENERS = new Set(['that', 'which', 'who'])
