/**
 * A noun after a comma with a relative clause that has no relative word: "…, a move transit advocates said was
 * overdue." The clause reports the advocates' words about the move, so they, not the noun phrase "a move transit
 * advocates", are who said it: relative-reports.ts cuts the clause for them, and the subject readers
 * (subject-before.ts, phrase-subjects.ts) read its subject from the advocates on. Only tokens are read here, with
 * no claimant reader, so that the subject readers may import it without a cycle through claimants.ts.
 */
import type { Token } from './tokens'
import { cueAt } from './speech-cues'
import { dashBefore } from './subject-asides'

/** Longest reporting subject before its verb of saying: "the harbour board's own auditors". */
export const MAX_SUBJECT_TOKENS = 6

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
export function reportCue(tokens: readonly Token[], j: number): number {
  const speech = cueAt(tokens, j)
  return speech?.kind === 'verb' ? speech.last : -1
}

/** Whether the token at `k` opens a predicate whose subject is the relative word. */
export function opensPredicate(tokens: readonly Token[], k: number): boolean {
  if (k < 0 || k >= tokens.length) return false
  const t = tokens[k]
  if (!t.word || t.text !== t.lower) return false
  return PREDICATE_OPENERS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed')) || presentVerb(tokens, k)
}

/**
 * "which critics argue seeks to …", "a levy she says costs the port £2m": a present form in "-s" is a verb when
 * "to", a determiner or an object pronoun follows it; "said costs rose", "say prices in the port …" and "counted calls
 * that …" are nouns.
 */
function presentVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k].lower
  if (t.length < 5 || !t.endsWith('s') || t.endsWith('ss') || t.endsWith('us') || t.endsWith('is')) return false
  return k + 1 < tokens.length && VERB_OBJECT_OPENERS.has(tokens[k + 1].lower)
}
// prettier-ignore
const VERB_OBJECT_OPENERS = new Set([
  'to', 'a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'them', 'it', 'us', 'him'
])

/** Determiners opening a noun with a relative clause and no relative word: "…, a move transit advocates said was …". */
const ZERO_RELATIVE_HEADS = new Set(['a', 'an', 'the'])

/**
 * "…, a move transit advocates said was overdue": a determiner (token `i`) and one noun after a comma, then a
 * reporting subject, its verb of saying and a predicate with no subject of its own; the subject's first token, or -1.
 * "…, the agency said" (no subject between noun and verb) and "…, the mayor's aides said" (an owner) are none.
 */
export function zeroRelative(tokens: readonly Token[], i: number): number {
  if (i < 1 || i + 1 >= tokens.length) return -1
  // A dash opens the noun as a comma does; after one the noun may stand bare, the reporting subject opening on its
  // determiner: "… in the election — meddling the congressman said is designed to …".
  const dash = dashBefore(tokens, i) >= 0
  if (dash && bareNoun(tokens[i]) && ZERO_RELATIVE_HEADS.has(tokens[i + 1].lower)) return reportedFrom(tokens, i + 1)
  if ((tokens[i - 1].text !== ',' && !dash) || !ZERO_RELATIVE_HEADS.has(tokens[i].lower)) return -1
  const noun = tokens[i + 1]
  if (!noun.word || noun.text !== noun.lower || /['’]s?$/u.test(noun.lower)) return -1
  return reportedFrom(tokens, i + 2)
}

/** The reporting subject from token `s` when its verb of saying and a predicate with no subject follow, or -1. */
function reportedFrom(tokens: readonly Token[], s: number): number {
  for (let j = s + 1; j <= s + MAX_SUBJECT_TOKENS && j < tokens.length; j++) {
    if (!tokens[j - 1].word) return -1
    const last = reportCue(tokens, j)
    if (last >= 0) return opensPredicate(tokens, last + 1) ? s : -1
  }
  return -1
}

/** A lower-case noun standing without a determiner: a word that is no link, pronoun or adverb ("meddling"). */
const bareNoun = (t: Token): boolean =>
  t.word && t.text === t.lower && !NOT_BARE_NOUNS.has(t.lower) && !/ly$/u.test(t.lower) && !/['’]/u.test(t.text)
// prettier-ignore
const NOT_BARE_NOUNS = new Set([
  'and', 'but', 'or', 'so', 'yet', 'as', 'while', 'when', 'if', 'because', 'though', 'although', 'including', 'and',
  'not', 'even', 'only', 'just', 'also', 'then', 'now', 'perhaps', 'maybe', 'which', 'who', 'that', 'what', 'where',
  'he', 'she', 'they', 'we', 'i', 'you', 'it', 'with', 'from', 'for', 'to', 'of', 'in', 'on', 'at', 'by', 'after',
  'before', 'since', 'until', 'unless', 'where', 'whether', 'like', 'unlike'
])
