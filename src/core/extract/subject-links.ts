/**
 * Subjects joined to their verb through another word, read by subjects.ts and clause-subjects.ts:
 *
 *  - a pronoun fused with its auxiliary: `He’s claiming that the levy is “a tax on visitors”`,
 *    `they’ve said` → "he", "they";
 *  - a relative pronoun whose antecedent stands before it: `the Harbour Police, which reported
 *    “2,100 break-ins”`, `Tom Berg, now the council leader, who in 2012 said …` → the antecedent,
 *    named at the relative pronoun (as "he" names a speaker at a quote);
 *  - the owner of a noun of saying: `Ruth Hale’s claim that there were “thousands of fake
 *    ballots”`, `his promise of “free college”` → Ruth Hale, "he".
 *
 * Each returns null unless the pattern is plain; the caller then goes on as before.
 */
import type { TextRange } from './sentences'
import { subjectShaped, type Subject } from './subjects'
import { isCapitalised, type Token } from './tokens'
import { NOT_NAMES } from './name-words'
import { INSCRIBED } from './subject-words'
import { packedMap } from '../packed-map'
import { withWritten } from './written-subjects'

/** A subject pronoun and its auxiliary as one token: "he’s", "they’ve", "she’d". */
const CONTRACTED = /^(he|she|it|they|i)['’](?:[sdm]|ll|re|ve)$/u
/** Relative pronouns that can be the subject of the verb after them (not "whose", "whom"). */
const SUBJECT_RELATIVES = new Set(['who', 'which'])
/**
 * Words that may open what stands between a relative pronoun and its verb without being a subject
 * of their own: a time or place phrase ("who in 2012 said", "which on Friday reported").
 */
// prettier-ignore
const ADJUNCT_OPENERS = new Set([
  'in', 'on', 'at', 'during', 'last', 'this', 'earlier', 'later', 'after', 'before', 'since', 'recently', 'once',
  'back', 'years', 'months', 'weeks', 'days', 'previously', 'already', 'also', 'repeatedly', 'first', 'initially',
  // an auxiliary before such a phrase: "who has in the past described"
  'has', 'have', 'had'
])
/** Most tokens between a relative pronoun and its verb: "who in an interview last week said". */
const MAX_ADJUNCT_TOKENS = 6
/** Possessive determiners and the pronoun each stands for: "his claim" → he. */
const POSSESSIVE_PRONOUNS = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['its', 'it']
])
/** Adjectives allowed between an owner and the noun of saying: "Hale’s earlier, hyperbolic claim". */
const MAX_MODIFIERS = 3
/** A possessive ending: "Hale’s", "Sanders’". */
const POSSESSIVE_END = /['’]s?$/u

/** The pronoun in a contraction of pronoun and auxiliary ("he’s" → "he"), else null. */
export function contractedPronoun(token: Token): string | null {
  return token.word ? (CONTRACTED.exec(token.lower)?.[1] ?? null) : null
}

/**
 * Where the verb at `end` has a relative pronoun for its subject at token `relative`, the start
 * of the words before it that the pronoun refers to is found by `antecedent`; the subject is that
 * phrase, its mention the relative pronoun. Null when anything but a short time or place phrase
 * stands between the pronoun and the verb ("which the mayor said" has a subject of its own).
 */
export function relativeSubject(
  tokens: readonly Token[],
  relative: number,
  end: number,
  antecedent: (before: number) => Subject | null
): Subject | null {
  const pronoun = tokens[relative]
  const that = inscribedThat(tokens, relative) && end === relative + 1
  if (!(SUBJECT_RELATIVES.has(pronoun.lower) || that) || end - relative - 1 > MAX_ADJUNCT_TOKENS) return null
  if (end > relative + 1 && !ADJUNCT_OPENERS.has(tokens[relative + 1].lower)) return null
  for (let k = relative + 1; k < end; k++) if (!tokens[k].word && tokens[k].text !== ',') return null
  const subject = antecedent(relative)
  if (!subject || subject.kind === 'pronoun') return null
  return subjectShaped({ ...subject, mention: { start: pronoun.start, end: pronoun.end } })
}

/** Surveys, whose findings follow "that" as the words of a sign do: "a new poll that shows …". */
const SURVEYS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies'])

/**
 * "a sign that read …", "a message that said …", "a poll that shows …": "that" right after a thing carrying
 * written words or a survey is its relative pronoun, the subject of the verb after it; after any other noun it
 * most often opens what was said ("told the board that …").
 */
export function inscribedThat(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.lower ?? ''
  return tokens[at].lower === 'that' && (INSCRIBED.has(before) || SURVEYS.has(before))
}

/**
 * The owner of the noun of saying at token `noun`, read back over a few lower-case modifiers: a
 * possessive pronoun, or a name ending in a possessive mark (the mark stays in the mention, not in
 * the name). Null for any other owner ("the report’s claim" is not read here).
 */
export function possessiveOwner(
  tokens: readonly Token[],
  noun: number,
  classify: (start: number, end: number) => Subject | null
): Subject | null {
  let k = noun - 1
  while (k >= 0 && noun - k <= MAX_MODIFIERS && tokens[k].word && !isCapitalised(tokens[k])) {
    const pronoun = POSSESSIVE_PRONOUNS.get(tokens[k].lower)
    if (pronoun) return pronounSubject({ start: tokens[k].start, end: tokens[k].end }, pronoun)
    k--
  }
  if (k < 0 || !tokens[k].word || !isCapitalised(tokens[k]) || !POSSESSIVE_END.test(tokens[k].text)) return null
  let start = k
  while (
    start > 0 &&
    tokens[start - 1].word &&
    isCapitalised(tokens[start - 1]) &&
    !NOT_NAMES.has(tokens[start - 1].text)
  )
    start--
  const owner = classify(start, k + 1)
  if (owner?.kind !== 'name') return null
  const bare = (s: string): string => s.replace(POSSESSIVE_END, '')
  const words = packedMap(owner.nameWords, (w, i) => (i === owner.nameWords.length - 1 ? bare(w) : w))
  return subjectShaped({
    ...owner,
    name: bare(owner.name),
    nameWords: words,
    written: bare(owner.written ?? owner.name)
  })
}

/** A pronoun subject ("he", "they") named at `mention`. */
export function pronounSubject(mention: TextRange, pronoun: string): Subject {
  const subject: Subject = {
    kind: 'pronoun',
    mention,
    name: pronoun,
    nameWords: [],
    description: null,
    anonymous: false,
    plural: pronoun === 'they',
    group: pronoun === 'it'
  }
  return withWritten(subject, undefined)
}
