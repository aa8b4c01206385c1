/**
 * Whether a description names a person, a body or an anonymous source ("one source in the French military", "the
 * ministry"), by the word lists of speaker-nouns.ts; the words of capitalised names are in name-words.ts. Kept
 * apart from the grammar (subjects.ts and the readers beside it) so a newsroom can extend the lists without
 * touching logic.
 */
import { INSCRIBED } from './subject-words'
import {
  ALWAYS_ANONYMOUS,
  ANONYMITY_PHRASES,
  ANONYMOUS_PLURAL,
  ANONYMOUS_SINGULAR,
  GROUP_NOUNS,
  PERSON_NOUNS
} from './speaker-nouns'
import type { Token } from './tokens'
import { isPlainText, plainClasses } from '../plain-text-classes'

/** Words that end the head of a noun phrase: "one engineer [at the plant]", "officials [who …]". */
// prettier-ignore
const PHRASE_BREAKS = new Set([
  'of', 'at', 'for', 'in', 'from', 'with', 'on', 'to', 'by', 'who', 'which', 'that', 'whose', 'whom'
])
const KNOWN_NOUN_SETS = [ANONYMOUS_SINGULAR, ANONYMOUS_PLURAL, PERSON_NOUNS, GROUP_NOUNS]
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our'])
// prettier-ignore
const INDEFINITE = new Set([
  'a', 'an', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'other', 'few', 'numerous', 'multiple'
])
// prettier-ignore
const PLURAL_DETERMINERS = new Set([
  'some', 'several', 'many', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few',
  'numerous', 'multiple', 'these', 'those', 'both'
])
/** True for a noun the lists above know as naming people or a body: "commissioner", "officials", "ministry". */
export function isKnownNoun(word: string): boolean {
  const lower = word.toLowerCase()
  return KNOWN_NOUN_SETS.some((set) => set.has(lower))
}

/** True for a noun naming a body or a document that can speak as "it": "the memo", "the ministry". */
export function isGroupNoun(word: string): boolean {
  return GROUP_NOUNS.has(word.toLowerCase())
}

/** One word as describe() splits a phrase into words and looks them up, unchanged: no hyphen, dot or non-ASCII letter. */
const PLAIN_WORD = /^[a-z0-9'’]+$/

/**
 * False when a phrase holding the lower-cased word `lower` cannot be read as a body's for that word: it is no
 * body's noun nor a thing carrying words ("ada", "okafor"). A word describe() would split or trim ("u.s.",
 * "ex-ministry", "josé") may be.
 */
export function mayNameBody(lower: string): boolean {
  return GROUP_NOUNS.has(lower) || INSCRIBED.has(lower) || !PLAIN_WORD.test(lower)
}

/** True when some token of [start, end) could make the name run a body's by the lexicon (see mayNameBody). */
export function mayNameBodyIn(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (mayNameBody(tokens[k].lower)) return true
  return false
}

/** A description longer than this is a clause, not a speaker. */
const MAX_DESCRIPTION_WORDS = 12

/** Read-only: answers are shared between callers (see classifyDescription). */
export interface DescriptionKind {
  readonly person: boolean
  readonly group: boolean
  readonly anonymous: boolean
  readonly plural: boolean
  readonly definite: boolean
  /**
   * A noun phrase built on a known noun and opening like one ("the utility", "one engineer at the
   * plant", "officials"), as opposed to a guess from a bare determiner ("an affiliate of …") or
   * words that only contain a known noun ("Jane met officials who"). Prose tracking needs this.
   */
  readonly wellFormed: boolean
}

/**
 * Answers already given, by phrase: the speaker and claimant readers ask about the same few phrases
 * again and again ("Trump", "officials": three asks in four repeat one). Emptied when full, so it stays
 * small whatever the draft; the answer depends on the phrase alone, so results are the same either way.
 */
const DESCRIPTIONS = new Map<string, DescriptionKind>()
const MAX_REMEMBERED_DESCRIPTIONS = 4096

/** Classify a description such as "one source in the French military" or "the ministry". */
export function classifyDescription(phrase: string): DescriptionKind {
  let kind = DESCRIPTIONS.get(phrase)
  if (kind === undefined) {
    if (DESCRIPTIONS.size >= MAX_REMEMBERED_DESCRIPTIONS) DESCRIPTIONS.clear()
    DESCRIPTIONS.set(phrase, (kind = describe(phrase)))
  }
  return kind
}

/** Prefixes of a noun for a person that keep its sense: "ex-wife", "co-founder", "vice-chair". */
const NOUN_PREFIX = /^(?:ex|co|vice|step)-(?=\p{L})/u

/** ANONYMITY_PHRASES as one pattern: one scan of the phrase instead of one per entry (it runs for every phrase). */
const ANONYMITY = new RegExp(ANONYMITY_PHRASES.join('|'))

/** Bits of WORD_LISTS: the lists above a word is in. */
const ANONYMOUS_ONE = 1
const ANONYMOUS_MANY = 2
const PERSON = 4
const GROUP = 8
const CARRIES_WORDS = 16
const HEAD_BREAK = 32
/** A noun the lists know as naming people or a body. */
const KNOWN = ANONYMOUS_ONE | ANONYMOUS_MANY | PERSON | GROUP

/**
 * Every list a word is in, as bits: describe() looks each word up once, where it asked up to a dozen sets in turn
 * (it runs for some 8,000 new phrases a pass over 300 news articles).
 */
const WORD_LISTS = new Map<string, number>()
for (const [list, bit] of [
  [ANONYMOUS_SINGULAR, ANONYMOUS_ONE],
  [ANONYMOUS_PLURAL, ANONYMOUS_MANY],
  [PERSON_NOUNS, PERSON],
  [GROUP_NOUNS, GROUP],
  [INSCRIBED, CARRIES_WORDS],
  [PHRASE_BREAKS, HEAD_BREAK]
] as const)
  for (const word of list) WORD_LISTS.set(word, (WORD_LISTS.get(word) ?? 0) | bit)

/** ANONYMITY on the phrase as written: its phrases are plain ASCII, which 'i' matches as lower-casing would. */
const ANONYMITY_ANY_CASE = new RegExp(ANONYMITY_PHRASES.join('|'), 'i')
/** A punctuation token describe() splits words at: anything but letters, digits, apostrophes and hyphens. */
const SEPARATOR = /^[^\p{L}\p{N}'’-]+$/u
/** Words that open a determined phrase, which describe() reads as someone even with no known noun ("the rest"). */
const DETERMINERS: ReadonlySet<string> = new Set([...DEFINITE, ...INDEFINITE, ...PLURAL_DETERMINERS])

/**
 * False when classifyDescription is sure to read tokens [start, end) (`phrase`, their text) as naming no one: no
 * person, body or anonymous source. It is sure when every word is one describe() looks up unchanged (PLAIN_WORD)
 * and finds in none of its lists, the first is no determiner, and no anonymity phrase is written. Many phrases the
 * subject readers try are such ("it's interesting to reflect", "languishing here", "Maybe"): this spares them the
 * split, the look-ups and the phrase cache.
 */
export function maySaySomeone(tokens: readonly Token[], start: number, end: number, phrase: string): boolean {
  let first = true
  for (let k = start; k < end; k++) {
    const token = tokens[k]
    if (!token.word && SEPARATOR.test(token.text)) continue
    const lower = token.lower
    // Only the first word can make the phrase a determined one: describe() asks DEFINITE and INDEFINITE of it alone.
    if (first && DETERMINERS.has(lower)) return true
    first = false
    if (!PLAIN_WORD.test(lower) || ((WORD_LISTS.get(lower) ?? 0) & KNOWN) !== 0) return true
  }
  return ANONYMITY_ANY_CASE.test(phrase)
}

/** The words describe() reads: runs of letters, digits, apostrophes and hyphens (one scan, no empty strings). */
const DESCRIPTION_WORD = /[\p{L}\p{N}'’-]+/gu
/** DESCRIPTION_WORD for a plain phrase (most are): the same words without a call per character (plain-text-classes.ts). */
const PLAIN_DESCRIPTION_WORD = new RegExp(plainClasses(DESCRIPTION_WORD.source), 'g')
/** The answer for a phrase that names no one, shared (answers are read-only): most new phrases are such. */
const NO_ONE: DescriptionKind = {
  person: false,
  group: false,
  anonymous: false,
  plural: false,
  definite: false,
  wellFormed: false
}

// Loops rather than find/some/slice with closures: each call made some dozen short-lived objects and arrays,
// and the speaker and claimant readers ask about some 14,000 new phrases per 11,000 sentences of news.
function describe(phrase: string): DescriptionKind {
  const lower = phrase.toLowerCase()
  // A global match's elements are its whole matches, never undefined (the lib types them as maybe so).
  const words = (lower.match(isPlainText(lower) ? PLAIN_DESCRIPTION_WORD : DESCRIPTION_WORD) ?? []) as string[]
  if (words.length === 0 || words.length > MAX_DESCRIPTION_WORDS) return NO_ONE
  // "his ex-wife", "the co-founder", "the vice-chair": a prefix leaves the noun what it was.
  for (let k = 0; k < words.length; k++) if (words[k].includes('-')) words[k] = words[k].replace(NOUN_PREFIX, '')
  const lists: number[] = []
  for (const word of words) lists.push(WORD_LISTS.get(word) ?? 0)
  const is = (k: number, bits: number): boolean => (lists[k] & bits) !== 0
  const first = words[0]
  const definite = DEFINITE.has(first)
  const determined = definite || INDEFINITE.has(first)
  let head = -1
  for (let k = 0; k < words.length && head < 0; k++) if (is(k, ANONYMOUS_ONE | ANONYMOUS_MANY)) head = k
  const anonymous = ANONYMITY.test(lower) || (head >= 0 && (!definite || ALWAYS_ANONYMOUS.has(words[head])))
  let person = head >= 0
  for (let k = 0; k < words.length && !person; k++) person = is(k, PERSON)
  let group = false
  for (let k = 0; k < words.length && !person && !group; k++)
    group = is(k, GROUP) || (determined && is(k, CARRIES_WORDS))
  const plural = PLURAL_DETERMINERS.has(first) || (head >= 0 && is(head, ANONYMOUS_MANY))
  // A determiner phrase with no known noun still names someone ("the witness's lawyer", "an onlooker").
  const generic = determined && !person && !group
  // The known noun must head the phrase: "an affiliate of the union" is not about a union.
  let headEnd = words.length
  for (let k = 1; k < words.length; k++) {
    if (is(k, HEAD_BREAK)) {
      headEnd = k
      break
    }
  }
  // "top black lawmakers", "Federal and state officials": a short phrase ending on its known head noun.
  const headLast = headEnd <= 4 && is(headEnd - 1, KNOWN)
  // "a sign that read …", "the message said …": a thing carrying written words, with its determiner.
  let inscribed = false
  for (let k = 0; k < headEnd && determined && !inscribed; k++) inscribed = is(k, CARRIES_WORDS)
  let knownInHead = false
  for (let k = 0; k < headEnd && !inscribed && !knownInHead; k++) knownInHead = is(k, KNOWN)
  const wellFormed = inscribed || (knownInHead && (determined || is(0, KNOWN) || headLast))
  if (!person && !generic && !group && !anonymous && !plural && !definite && !wellFormed) return NO_ONE
  return { person: person || generic, group, anonymous, plural, definite, wellFormed }
}
