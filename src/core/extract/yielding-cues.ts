/**
 * Cues that yield to a later cue of the same sentence, which reports its claim (claimants.ts reads the first cue
 * with a subject, keeping one of these for when no later cue gives anyone):
 *
 *   When Ms Carter asked Mr Delaney how …, he said …   a question put in the clause the sentence opens with is no
 *                                                     statement; the main clause's speaker answers.
 *   Age Concern Wessex, which supports older people,    an aside describing the subject; the verb of saying after
 *   said …                                              it reports the sentence's claim and is the cue shown.
 */
import type { Claimant } from '../../shared/article'
import type { Token } from './tokens'
import { SENTENCE_LINKS, SUBJECT_RELATIVES, SUBORDINATORS } from './subject-words'
import { cueAt, isVerbAdverb } from './speech-cues'
import { asksAt, QUESTION_OPENERS } from './prose-mentions'
import { DASHES } from './subject-asides'
import { saysAsVerb } from './outer-reports'
import { spelledAsNoun } from './cue-nouns'

/**
 * True when token `cue` puts a question ("asked" … "how", "whether", "about"; not "was asked", nor "asked Norton to
 * republish", a request) in a clause the sentence opens with on a subordinator ("When Carter asked Delaney how …, he
 * said"), before the comma that ends it.
 */
export function questionOpening(tokens: readonly Token[], cue: number): boolean {
  if (!asksAt(tokens, cue)) return false
  const at = tokens.findIndex((t) => t.word && !SENTENCE_LINKS.has(t.lower))
  if (at < 0 || at >= cue || !SUBORDINATORS.has(tokens[at].lower)) return false
  for (let k = at + 1; k < cue; k++) if (tokens[k].text === ',') return false
  let question = false
  for (let k = cue + 1; k < tokens.length; k++) {
    if (tokens[k].text === ',') return question
    if (!question && tokens[k].lower === 'to') return false
    question ||= QUESTION_OPENERS.has(tokens[k].lower)
  }
  return false
}

/** Most tokens between a relative pronoun and its verb ("who has long"); aside-claims.ts reads asides by it too. */
export const MAX_RELATIVE_LEAD = 3
/** Most tokens in a relative aside after its verb. */
const MAX_ASIDE_TOKENS = 12

/**
 * The verb of saying a relative aside's cue at [first, last] yields to, as [first, last] token indices: an aside
 * (", which supports older people,", ", who opposes the levy,") closed by a comma right before a verb of saying or its
 * auxiliary (", has said"); null when none. Not an aside holding "that" ("Obama, who understood that a push would be
 * fruitless, told …"): it reports a finding of its own, and so does an aside's own verb of saying, which the caller
 * keeps ("Cruz, who says Trump is …, said").
 */
export function asideSaying(tokens: readonly Token[], first: number, last: number): [number, number] | null {
  let k = first - 1
  while (k > 0 && first - k <= MAX_RELATIVE_LEAD && tokens[k].word && !ASIDE_RELATIVES.has(tokens[k].lower)) k--
  if (k < 1 || !ASIDE_RELATIVES.has(tokens[k].lower)) return null
  // "Tom Reyes, a director at Fair Fares — which has endorsed Okafor — said": between dashes as between commas, but
  // only before a verb of saying; "Tom Berg — who once backed the levy — wants it scrapped" keeps the stance.
  // "— which was founded in 2004 and which has endorsed Okafor —": a second relative joined to the dash's first.
  const dash = DASHES.has(tokens[k - 1].text) || (tokens[k - 1].lower === 'and' && dashRelativeBefore(tokens, k - 1))
  // ", which supports …,", or a relative on an appositive's noun: ", a union that endorsed Bell in May,"; or, with no
  // comma, a relative subject of its verb on the sentence's subject before that subject's verb of saying: "Ferry
  // unions that have endorsed Hale say …" is the unions' claim at "say", the relative telling which unions (not "in
  // which he laid out …": a relative that is not its verb's subject).
  const restrictive = tokens[k - 1].text !== ',' && !dash && !appositiveBefore(tokens, k)
  if (restrictive && !(tokens[k - 1].word && NOUN_END.test(tokens[k - 1].text) && subjectRelative(tokens, k, first)))
    return null
  for (let j = last + 1; j < tokens.length - 1 && j - last <= MAX_ASIDE_TOKENS; j++) {
    if (tokens[j].lower === 'that') return null
    if (restrictive && tokens[j].word && j > last + 1 && sayingAt(tokens, afterAuxiliaries(tokens, j)))
      return spelledAsNoun(tokens, afterAuxiliaries(tokens, j), false)
        ? null
        : verbAt(tokens, afterAuxiliaries(tokens, j))
    if (dash && DASHES.has(tokens[j].text))
      return sayingAt(tokens, afterAuxiliaries(tokens, j + 1)) ? verbAt(tokens, afterAuxiliaries(tokens, j + 1)) : null
    if (tokens[j].word || INSIDE_PHRASE.has(tokens[j].text)) continue
    if (tokens[j].text !== ',' || dash || restrictive) return null
    return cueAt(tokens, afterAuxiliaries(tokens, j + 1))?.kind === 'verb'
      ? verbAt(tokens, afterAuxiliaries(tokens, j + 1))
      : null
  }
  return null
}

/** The first and last token of the cue at `at` (read as one by the caller already). */
function verbAt(tokens: readonly Token[], at: number): [number, number] | null {
  const cue = cueAt(tokens, at)
  return cue && [cue.first, cue.last]
}
/** A word that may end a noun phrase before its relative: not a preposition ("in which", "of whom"). */
const NOUN_END = /^(?!(?:in|of|on|at|by|for|with|from|to|about|under|through|during)$)/iu
/** Whether the relative at `k` is its verb's subject: only auxiliaries or adverbs between it and the cue at `first`. */
function subjectRelative(tokens: readonly Token[], k: number, first: number): boolean {
  for (let j = k + 1; j < first; j++) if (!isVerbAdverb(tokens[j])) return false
  return true
}

/** Whether a verb of saying or telling starts at token `at` ("said", "argued", "told"; not "wants", "backs"). */
function sayingAt(tokens: readonly Token[], at: number): boolean {
  const cue = cueAt(tokens, at)
  return cue !== null && saysAsVerb(tokens, cue)
}
/** Most tokens back from a second relative's "and" to the dash and relative opening the aside. */
const MAX_DASH_ASIDE_TOKENS = 24

/** Whether a dash and a relative open the aside the "and" at `and` stands in, with no comma or other dash between. */
function dashRelativeBefore(tokens: readonly Token[], and: number): boolean {
  for (let j = and - 1; j >= 1 && and - j <= MAX_DASH_ASIDE_TOKENS; j--) {
    if (DASHES.has(tokens[j].text)) return ASIDE_RELATIVES.has(tokens[j + 1].lower)
    if (tokens[j].text === ',') return false
  }
  return false
}

const MAX_AUXILIARIES = 2
/** Relative pronouns opening an aside; "that" only on an appositive's noun (appositiveBefore). */
const ASIDE_RELATIVES = new Set([...SUBJECT_RELATIVES, 'that'])
/** Most words of an appositive's noun phrase before its relative: ", a harbour union that". */
const MAX_APPOSITIVE_WORDS = 4

/** Whether the words before the relative at `k` are an appositive's noun phrase opened by a comma and an article. */
function appositiveBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 1 && k - j <= MAX_APPOSITIVE_WORDS && tokens[j].word; j--)
    if (APPOSITIVE_ARTICLES.has(tokens[j].lower)) return tokens[j - 1].text === ','
  return false
}
const APPOSITIVE_ARTICLES = new Set(['a', 'an', 'the'])

/** The first token at or after `k` past at most two auxiliaries or adverbs: "…, who campaigned on …, has long said". */
function afterAuxiliaries(tokens: readonly Token[], k: number): number {
  let at = k
  while (at - k < MAX_AUXILIARIES && tokens[at] && isVerbAdverb(tokens[at])) at++
  return at
}

/** Marks inside an aside's phrase, not ending it: ", who had forecast a rise of 7%, said", "a $4 levy", "A&E". */
export const INSIDE_PHRASE = new Set(['%', '$', '£', '€', '-', '&', '/', '’', "'"])

/**
 * "Ruth Hale, head of the Harbour Trust, a union that endorsed Bell, said …": whether a comma stands between the
 * end of the verb of saying's subject and the aside's relative at `relativeStart` (the comma right before it aside):
 * an appositive between them, so the relative stands for the appositive's noun and the claim is the sayer's.
 */
export function appositiveBetween(tokens: readonly Token[], subjectEnd: number, relativeStart: number): boolean {
  const relative = tokens.findIndex((t) => t.start === relativeStart)
  for (let j = relative - 2; j >= 0 && tokens[j].start >= subjectEnd; j--) if (tokens[j].text === ',') return true
  return false
}

/**
 * "Analysts at Cornwall Insight, who had forecast …, said": the verb of saying's subject is the whole phrase the
 * relative pronoun stands for, which says more of who spoke than the relative's nearest name ("Cornwall Insight");
 * it is kept, or null when it is not the phrase right before the aside's comma.
 */
export function wider(tokens: readonly Token[], claimant: Claimant, aside: Claimant): Claimant | null {
  const relative = tokens.findIndex((t) => t.start === aside.mention?.start)
  // "Ferry unions that have endorsed her say": the noun right before a relative with no comma.
  const antecedent =
    relative >= 2 && tokens[relative - 1].text === ','
      ? tokens[relative - 2]
      : relative >= 1 && tokens[relative - 1].word
        ? tokens[relative - 1]
        : null
  return antecedent && claimant.mention?.end === antecedent.end ? claimant : null
}

/**
 * "Ferry unions that have endorsed Hale say …": the subject of the verb of saying a relative with no comma yields
 * to is its antecedent, written right before the relative pronoun (`claimant`'s mention), which is the mention
 * shown; so is the antecedent before a dash aside ("the union — which backs Okafor — said", also with a spaced
 * hyphen): the words before the dash name who said it, as a comma aside's do. Null when the words before are not
 * the claimant's name as written (a comma aside keeps its pronoun).
 */
export function writtenAntecedent(text: string, claimant: Claimant): Claimant['mention'] | null {
  let end = claimant.mention.start - 1
  if (end < 0 || text[end] !== ' ') return null
  const dash = DASH_BEFORE.exec(text.slice(Math.max(0, end - 3), end))
  if (dash) end -= dash[0].length
  const start = end - claimant.name.length
  if (start < 0 || text.slice(start, end) !== claimant.name) return null
  return { start, end, text: claimant.name }
}
/** A dash opening an aside, with the space before it: " —", " –", " --", " -". */
const DASH_BEFORE = / (?:--|[—–-])$/u
