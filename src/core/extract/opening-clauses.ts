/**
 * Where a sentence opens on a clause or phrase set before its main clause that may hold an attribution of its own:
 * "While Hale said …, Ruiz argued …" (also "But while …", "Yet even as …", "In a May debate, while …"), or a phrase
 * set on a relative clause ("Like other owners who foresee a gain, Berg said …"). Only where it opens: which comma
 * closes it, and whose attribution each side holds, is read by clause-boundaries.ts and clause-claims.ts.
 */
import type { Token } from './tokens'
import { CUE_FIRST_WORDS } from './speech-cues'
import { CUE_FIRST } from './claimant-cues'
import { SUBJECT_RELATIVES } from './subject-words'

/**
 * Words opening a sentence with a clause set against the main one or before it in time: "While Hale said …, Ruiz
 * argued …", "When the moderator noted …, Hale said …".
 */
const OPENERS = new Set([
  'while',
  'although',
  'though',
  'whereas',
  'when',
  'as',
  'after',
  'before',
  'since',
  'once',
  'because'
])
/** Words leading a subordinator, cut with it: "even after", "shortly after", "long before", "just as", "only because". */
// prettier-ignore
export const LEADS_SUBORDINATOR = new Set([
  'even', 'shortly', 'soon', 'just', 'right', 'long', 'only', 'immediately', 'moments'
])

/**
 * The index of the word opening the sentence's opening clause ("While Hale said …, Ruiz argued …"), also after a
 * joiner tying the sentence to the one before and a word leading the subordinator ("But while Hale said …", "And,
 * while …", "Yet even as Hale argued …", "Shortly after the board voted …"), or after a short opening phrase and its
 * comma ("In a May debate, while Hale called for …"); the preposition opening a phrase set on a relative clause that
 * may hold someone else's attribution ("Like other owners who foresee a gain, Berg said …"); -1 when the sentence
 * opens on none. Every read stays within the tokens: a sentence may end on its joiner ("And").
 */
export function openerAt(tokens: readonly Token[]): number {
  let k = tokens.findIndex((t) => t.word)
  if (k < 0) return -1
  if (LEADING_JOINERS.has(tokens[k].lower)) k += k + 1 < tokens.length && tokens[k + 1].text === ',' ? 2 : 1
  if (k >= tokens.length) return -1
  const clause = subordinatorAt(tokens, k)
  if (clause >= 0) return clause
  const phraseEnd = leadPhraseEnd(tokens, k)
  if (phraseEnd > 0 && phraseEnd + 1 < tokens.length) {
    const after = subordinatorAt(tokens, phraseEnd + 1)
    if (after >= 0) return after
  }
  return phraseOpener(tokens, k) && relativeInPhrase(tokens, k) ? k : -1
}
/**
 * Whether the sentence's opening clause may name no more than the source of the main one ("As the Herald reported,
 * the council …"): an opening "As …" clause or phrase. A clause set before the main one in time or against it
 * ("Shortly before the mayor made the announcement, Ruiz told reporters …", "When Hale objected, …") tells what
 * happened, and its subject is not the main clause's source however short it is.
 */
export function sourceOpening(tokens: readonly Token[]): boolean {
  const k = openerAt(tokens)
  return k >= 0 && (tokens[k].lower === 'as' || !OPENERS.has(tokens[k].lower))
}

/** Joiners that may open a sentence before its opening clause: "But while …", "Yet as …", "And, while …". */
const LEADING_JOINERS = new Set(['but', 'yet', 'and'])

/** The opener at token `k`, or after a word leading it ("even as", "shortly after", "not long after"); -1 when none. */
function subordinatorAt(tokens: readonly Token[], k: number): number {
  if (tokens[k].lower === 'not' && tokens[k + 1]?.lower === 'long') k++
  if (k + 1 < tokens.length && LEADS_SUBORDINATOR.has(tokens[k].lower) && OPENERS.has(tokens[k + 1].lower)) k++
  return OPENERS.has(tokens[k].lower) ? k : -1
}

/**
 * The comma closing a short phrase opening the sentence at `k` ("In a September debate,", "Interestingly,",
 * "Last week,"), when no cue's first word is in it (a phrase holding a cue is a clause of its own: "Hale said,
 * while …"); -1 when none closes within MAX_LEAD_PHRASE words.
 */
function leadPhraseEnd(tokens: readonly Token[], k: number): number {
  for (let i = k; i < tokens.length && i <= k + MAX_LEAD_PHRASE; i++) {
    const t = tokens[i]
    if (t.text === ',') return i > k ? i : -1
    if (!t.word) return -1
    // A capital is the phrase's first word ("In", no poll's "in") or a name or month ("In a May debate", no modal).
    if (!CAPITAL_RE.test(t.text) && (CUE_FIRST_WORDS.has(t.lower) || CUE_FIRST.has(t.lower))) return -1
  }
  return -1
}
const MAX_LEAD_PHRASE = 5

/**
 * Prepositions opening a phrase that may carry a relative clause with an attribution of its own before the main
 * clause: "Like other owners who foresee a gain, Berg said …", "Among tenants who said rents rose, most backed …",
 * "Following the audit, which found …, the board said …".
 */
// prettier-ignore
const PHRASE_OPENERS = new Set([
  'like', 'unlike', 'among', 'following', 'amid', 'despite', 'in', 'with', 'during', 'for', 'from', 'at', 'on'
])
/**
 * A preposition, or an "-ing" form whose subject is the main clause's ("Adopting the advice of a panel that …,"); not
 * a cue ("Citing engineers who say …, the board …": what the board cited is the board's claim).
 */
export const phraseOpener = (tokens: readonly Token[], k: number): boolean =>
  PHRASE_OPENERS.has(tokens[k].lower) ||
  (tokens[k].lower.length > 5 &&
    tokens[k].lower.endsWith('ing') &&
    !CUE_FIRST_WORDS.has(tokens[k].lower) &&
    !CUE_FIRST.has(tokens[k].lower))
/** Relative words opening a clause inside the opening phrase: "owners who …", "places where …", "a clip that …". */
const PHRASE_RELATIVES = new Set(['who', 'which', 'that', 'whom', 'where'])
/**
 * Whether the phrase opening on the preposition at `k` holds a relative clause on a noun before its first comma, or
 * right after it ("Following the audit, which found …, the board said …"): not "that" right after the preposition
 * or a determiner ("In that case, …"), a word of its own.
 */
function relativeInPhrase(tokens: readonly Token[], k: number): boolean {
  for (let i = k + 2; i < tokens.length - 1; i++) {
    const t = tokens[i]
    if (PHRASE_RELATIVES.has(t.lower) && tokens[i - 1].word && !NOT_ANTECEDENTS.has(tokens[i - 1].lower)) return true
    if (t.text === ',') return SUBJECT_RELATIVES.has(tokens[i + 1].lower)
    if (!t.word && !/^['’-]/u.test(t.text)) return false
  }
  return false
}
// prettier-ignore
const NOT_ANTECEDENTS = new Set([
  'in', 'of', 'on', 'at', 'for', 'with', 'from', 'by', 'to', 'like', 'the', 'a', 'an', 'and', 'or', 'so', 'now', 'such'
])

const CAPITAL_RE = /^\p{Lu}/u
