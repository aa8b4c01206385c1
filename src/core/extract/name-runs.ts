/**
 * Name runs: capitalised words with the usual lower-case particles (de, van, al-) between them ("Nicolas
 * Barotte", "Bill de Blasio"), where a name closes the phrase after a role ("farmer Aissata Traore") and where
 * one starts after a possessive owner ("Labour's Angela Rayner"). Kept apart from the subject readers because every
 * reader, and the claimant and mention readers, find names the same way.
 */
import { isCapitalised, type Token } from './tokens'
import { COURTESY_TITLES, isOrganisationName, NOT_NAMES, ROLE_WORDS } from './name-words'
import { classifyDescription, isKnownNoun } from './speaker-lexicon'
import { isKnownFirstName } from './gender'
import { packedMap } from '../packed-map'
import { HAS_DIGIT } from './char-classes'

/** An age before a name, written as one hyphenated word: "81-year-old", "6-month-old". */
const AGE = /^\p{N}+-(?:year|month|week)s?-old$/u
export const NAME_PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'ibn',
  'al',
  'el',
  'le',
  'la',
  'du',
  'dos',
  'das',
  'ter',
  'ten',
  'y'
])
/** Words after which a capitalised run is a place or body, not the speaker's name. */
export const ROLE_LEADS_BLOCKED = new Set([
  'of',
  'at',
  'from',
  'for',
  'with',
  'in',
  'on',
  'to',
  'by',
  'the',
  'a',
  'an',
  'and',
  'or',
  'near',
  'inside',
  'outside',
  'around',
  'about',
  'across',
  'over',
  'under',
  'between',
  'into',
  'through',
  'against',
  'among',
  'toward',
  'towards',
  'during',
  'after',
  'before',
  'than',
  'like',
  'per',
  'via',
  'within',
  'without',
  'beyond',
  'behind',
  'along'
])

/** Months that are first names too: "April Nash", "June Carter", "August Wilson". */
const FIRST_NAME_MONTHS = new Set(['April', 'June', 'July', 'August'])
/** Words before a month that make it a date: "in April", "since June", "last July", "1 August". */
// prettier-ignore
const DATE_LEADS = new Set([
  'in', 'on', 'since', 'by', 'until', 'till', 'from', 'through', 'during', 'of', 'last', 'next', 'this', 'early', 'late',
  'mid', 'before', 'after', 'between', 'and', 'to', 'or', 'each', 'every', 'that'
])

/**
 * "April Nash said": a month that is also a first name, followed by a capitalised word that is no day or month and
 * not after a word making it a date ("In April Hale said", "since June", "12 July").
 */
export function monthAsFirstName(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]
  if (!FIRST_NAME_MONTHS.has(tokens[i]?.text ?? '') || !next || !isNameToken(next) || NOT_NAMES.has(next.text))
    return false
  const before = tokens[i - 1]
  return !before || !(DATE_LEADS.has(before.lower) || HAS_DIGIT.test(before.text))
}

/**
 * Capitalised verbs and adverbs of a title-case headline, which end a name: "Mayor Ann Hale Just Got Told …",
 * "Tom Ruiz Says …", "Does Hale Think …". No name goes on with one of them.
 */
// prettier-ignore
const HEADLINE_VERBS = new Set([
  'Just', 'Got', 'Gets', 'Says', 'Said', 'Is', 'Are', 'Was', 'Were', 'Has', 'Have', 'Had', 'Does', 'Did', 'Should',
  'Would', 'Could', 'Must', 'Reportedly', 'Finally'
])

/** Whether a run of capitalised words holds a headline's verb, so is a headline read as a name. */
export const holdsHeadlineVerb = (name: string): boolean => name.split(' ').some((w) => HEADLINE_VERBS.has(w))

/** End (exclusive) of the name run starting at token `i`, or `i` when no name starts there. */
export function nameRunEnd(tokens: readonly Token[], i: number, limit: number): number {
  const first = tokens[i]
  if (!first || !isNameToken(first) || (NOT_NAMES.has(first.text) && !monthAsFirstName(tokens, i))) return i
  let j = i + 1
  while (j < limit) {
    const t = tokens[j]
    if (HEADLINE_VERBS.has(t.text)) break
    if (isNameToken(t)) j++
    else if (t.word && NAME_PARTICLES.has(t.lower) && j + 1 < limit && isNameToken(tokens[j + 1])) j += 2
    else break
  }
  return j
}

/**
 * Start of a name of two or more words closing the phrase after a role noun, or `start` when there
 * is none. After a preposition or determiner it is a place or an organisation ("an official at Le
 * Figaro"), not the speaker's name.
 */
export function trailingNameStart(tokens: readonly Token[], start: number, end: number): number {
  let k = end
  while (k > start && (isNameToken(tokens[k - 1]) || tokens[k - 1].text === '-')) k--
  while (k < end && NOT_NAMES.has(tokens[k].text) && !monthAsFirstName(tokens, k)) k++
  if (end - k < 2 || k <= start) return start
  const before = tokens[k - 1]
  // "Diocesan spokesman the Rev. Paul Amadi": the article belongs to the clergy title, which opens the name.
  if (k - 1 > start && clergyArticle(tokens, k - 1)) {
    return nameRunEnd(tokens, k, end) === end ? k - 1 : start
  }
  if (!before.word || ROLE_LEADS_BLOCKED.has(before.lower)) return start
  // "310,000 homes around Kestrel Bay": a figure means a clause, not a role before a name; an age does
  // not ("81-year-old Tom Reyes", "the 35-year-old Ruth Hale").
  for (let r = start; r < k; r++) if (HAS_DIGIT.test(tokens[r].text) && !AGE.test(tokens[r].text)) return start
  return nameRunEnd(tokens, k, end) === end ? k : start
}

/** "the" before a courtesy title, as clergy are written ("the Rev. Paul Amadi"): the title's, no body's name. */
export function clergyArticle(tokens: readonly Token[], k: number): boolean {
  return tokens[k].lower === 'the' && COURTESY_TITLES.has(tokens[k + 1]?.text ?? '')
}

/**
 * Start of two names joined by "and" closing the phrase after a role ("Democratic candidates Ann Lee and Bo Park"),
 * or `start` when there is none: the first read as trailingNameStart reads a name, the second a run to the end.
 */
export function trailingPairStart(tokens: readonly Token[], start: number, end: number): number {
  let k = end
  while (k > start && isNameToken(tokens[k - 1])) k--
  if (k === end || k - 1 <= start || tokens[k - 1].lower !== 'and') return start
  const first = trailingNameStart(tokens, start, k - 1)
  // A noun for people or bodies before the names makes it a role ("hopefuls", "councillors"); a verb does not
  // ("Sanders has demonized Wall Street and Mr. Trump has …").
  const role = first > start ? classifyDescription(tokens[first - 1].text) : null
  return role && (role.person || role.group) ? first : start
}

/** A particle joined to a capitalised name: "al-Assad", "bin-Salman". */
const PARTICLE_NAME = /^(?:al|el|bin|ibn)-\p{Lu}/u

export function isNameToken(t: Token): boolean {
  // The pattern is tried only on a hyphenated word: it runs for every lower-case word the name readers scan.
  return isCapitalised(t) || (t.word && t.text.includes('-') && PARTICLE_NAME.test(t.text))
}

/** Heads whose name goes on with a remit: "Department for …", "Ministry of …", "Office for …". */
const REMIT_HEADS = new Set(['Department', 'Ministry', 'Office'])
/** Most tokens (words and commas) of the list on either side of the comma read. */
const MAX_LIST_TOKENS = 8

/**
 * Bodies whose name holds a list of remits: "the Department for Environment, Food and Rural Affairs", "a
 * Department for Science, Innovation and Technology spokesperson". Their commas are inside the name, so the
 * readers that walk back from a verb to a comma ("Food and Rural Affairs said") read past them to the head.
 * Only after a remit head and its "for"/"of", and only a list that closes on "and" and a capitalised word.
 * Whether the comma at token `k` is inside such a name.
 */
export function insideRemitList(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.text === ',' && remitBefore(tokens, k) && listClosesAfter(tokens, k)
}

/** "Department for Environment[,]": capitalised words (and the list's earlier commas) back to a head's "for". */
function remitBefore(tokens: readonly Token[], k: number): boolean {
  for (let i = k - 1; i >= 1 && k - i <= MAX_LIST_TOKENS; i--) {
    const t = tokens[i]
    if (isNameToken(t) || t.text === ',') continue
    return (t.lower === 'for' || t.lower === 'of') && i + 1 < k && REMIT_HEADS.has(tokens[i - 1].text)
  }
  return false
}

/** "[,] Food and Rural Affairs": capitalised words (and commas) up to "and" and a capitalised word. */
function listClosesAfter(tokens: readonly Token[], k: number): boolean {
  if (!tokens[k + 1] || !isNameToken(tokens[k + 1])) return false
  for (let j = k + 2; j < tokens.length && j - k <= MAX_LIST_TOKENS; j++) {
    const t = tokens[j]
    if (isNameToken(t) || (t.text === ',' && isNameToken(tokens[j + 1] ?? t))) continue
    return t.lower === 'and' && tokens[j + 1] !== undefined && isNameToken(tokens[j + 1])
  }
  return false
}

/** Last words of agencies' names that hold an "and": "Customs and Border Protection", "Disease Control and Prevention". */
// prettier-ignore
const AGENCY_ENDS = new Set(['Protection', 'Enforcement', 'Prevention', 'Security', 'Services', 'Affairs', 'Explosives',
  'Development', 'Welfare'])

/**
 * "U.S. Customs and Border Protection", "Immigration and Customs Enforcement": after a name run ending at token
 * `run`, "and" and a run closing on an agency's last word go on with the same name. The end of the whole name, or
 * `run` when it does not go on ("Hale and Tom Reyes", "the Senate and the House" are two).
 */
export function agencyAcrossAnd(tokens: readonly Token[], run: number, limit: number): number {
  if (tokens[run]?.lower !== 'and') return run
  const end = nameRunEnd(tokens, run + 1, limit)
  return end > run + 1 && AGENCY_ENDS.has(tokens[end - 1].text) ? end : run
}

/** Where a person's name starts after a possessive owner ("Labour's Angela Rayner", "the Tories' Kemi …"), or -1. */
export function ownedNameStart(tokens: readonly Token[], start: number, end: number): number {
  for (let k = start; k < end - 2; k++) {
    const t = tokens[k]
    // "Tories'": the tokenizer keeps a plural's apostrophe apart; "Labour's" is one word.
    const plural = (tokens[k + 1].text === "'" || tokens[k + 1].text === '’') && tokens[k + 1].start === t.end
    const after = /['’]s$/u.test(t.text) ? k + 1 : plural && t.text.endsWith('s') ? k + 2 : -1
    if (after < 0) continue
    if (end - after < 2) return -1
    // "The Tories' Kemi Badenoch": after a plural owner, two words that name no body or role are a person's
    // name too, though the first name is not in the list ("the Women's Media Center" stays a body's name).
    const words = packedMap(tokens.slice(after, end), (w) => w.text)
    const pair =
      plural &&
      words.length === 2 &&
      !isOrganisationName(words) &&
      !words.some((w) => isKnownNoun(w) || ROLE_WORDS.has(w))
    return isKnownFirstName(words[0]) || pair ? after : -1
  }
  return -1
}
