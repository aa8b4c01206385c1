/**
 * Whether a phrase read before a claimant cue reads as a claimant, and the owner a possessive names:
 *
 *   The actress said …                 → a short determiner phrase: yes
 *   the council is divided over the …  → a clause, cut off mid-phrase: no
 *   Trump’s claims that …              → Trump, the possessive's owner
 *   The outlook is uncertain.          → no one: a state of mind needs a person or a body to hold it
 */
import { subjectShaped, type Subject } from './subjects'
import { classifyDescription } from './speaker-lexicon'
import { DOCUMENT_HEADS } from './according-to'
import { packedMap } from '../packed-map'
import { PLURALS_WITHOUT_S } from './subject-words'
import { CAPITALISED } from './char-classes'

/** The words of a name, hyphens kept. */
const WORDS = /[\p{L}-]+/gu
/** What separates the words of a name. */
const BETWEEN_NAME_WORDS = /[^\p{L}\p{N}'’.-]+/u

/** A person or a body, named or described by a noun for people ("tenants", "the union"), not "the outlook". */
export function canHold(subject: Subject): boolean {
  if (subject.kind !== 'description') return true
  const words = subject.name.toLowerCase().match(WORDS) ?? []
  // The phrase's last word, or its head before a complement: "farm voters in all five states", "tenants of the port".
  const complement = words.findIndex((w, k) => k > 0 && HEAD_COMPLEMENTS.has(w))
  const heads = [words[words.length - 1] ?? '', ...(complement > 0 ? [words[complement - 1]] : [])]
  return heads.some(nounForPeople)
}

/** Prepositions opening a complement after a phrase's head noun. */
const HEAD_COMPLEMENTS = new Set(['in', 'of', 'from', 'at', 'across', 'on', 'for', 'with', 'around', 'throughout'])

/** Determiners and possessives after which a verb form is a noun or an adjective. */
// prettier-ignore
export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your'])
/** Words a subject never ends with: it would be cut off mid-phrase ("the start of", "an adviser who"). */
// prettier-ignore
const OPEN_ENDS = new Set([
  'the', 'a', 'an', 'of', 'or', 'and', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'who', 'which', 'that',
  'his', 'her', 'their', 'its', 'our', 'as', 'than', 'over', 'about',
  // "The move took place despite", "The deal binds together": a preposition or particle left hanging
  'despite', 'together', 'into', 'against', 'through', 'without', 'toward', 'towards', 'amid', 'upon', 'via'
])
/** Words that make a "subject" a clause of its own: "the council is deeply divided over". */
// prettier-ignore
const CLAUSE_WORDS = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'hasn’t', "hasn't", 'haven’t', "haven't", 'will', 'would', 'who',
  'which', 'when', 'if', 'because', 'could', 'should', 'might', 'must',
  // negated verbs, both apostrophes: "those residents aren’t eligible"
  ...['aren', 'isn', 'wasn', 'weren', 'don', 'doesn', 'didn', 'won', 'can', 'couldn', 'wouldn', 'shouldn'].flatMap(
    (w) => [`${w}’t`, `${w}'t`]
  )
])
/** Words that open a phrase that is no subject: "In a video posted …", "For voters, …". */
const PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'with', 'by', 'from', 'during', 'after', 'before', 'of'])
/** Words that open a noun phrase without a determiner: "many voters", "other Republicans". */
// prettier-ignore
const QUANTIFIERS = new Set(['many', 'most', 'some', 'other', 'several', 'few', 'more', 'all', 'both', 'top', 'senior', 'former', 'local', 'federal', 'state'])
/** Participles after a document's head that say it was made public: "a poll released Sunday". */
// prettier-ignore
const PUBLISHED = new Set([
  'released', 'published', 'conducted', 'issued', 'filed', 'compiled', 'commissioned', 'obtained', 'taken', 'posted',
  'carried', 'produced', 'prepared', 'leaked', 'seen', 'unveiled'
])
/**
 * The word a phrase's verb agrees with: the one before its first complement ("Figures released by the agency" →
 * "Figures", "Members of the caucus" → "Members"), else its last word.
 */
function phraseHead(words: readonly string[]): string {
  for (let j = 1; j < words.length; j++) {
    const lower = words[j].toLowerCase()
    if (PREPOSITIONS.has(lower) || PUBLISHED.has(lower)) return words[j - 1]
  }
  return words[words.length - 1]
}

/**
 * Whether a subject takes a bare verb ("show", "say"): plural by its last word, or by its head before a complement
 * ("Figures released by the Environment Agency show", "Members of the Freedom Caucus say"). The head is read as
 * plural by a stricter ending: "a focus of the presidential campaign" is one focus.
 */
export function pluralSubject(text: string, subject: Subject): boolean {
  const words = mentionText(text, subject).split(/\s+/u)
  const isPlural = (word: string): boolean => /s$/u.test(word) || PLURALS_WITHOUT_S.has(word.toLowerCase())
  const pluralHead = (word: string): boolean => /[^siu]s$/u.test(word) || PLURALS_WITHOUT_S.has(word.toLowerCase())
  return subject.plural || isPlural(words[words.length - 1]) || pluralHead(phraseHead(words))
}

/** Longest unknown description accepted as a claimant ("The actress", "the longtime aide"). */
const MAX_PLAIN_DESCRIPTION_WORDS = 10

/**
 * A subject read before a verb is a claimant only when it reads as one: a name that is no possessive
 * ("Trump’s claims" is a noun phrase), a description built on a known noun, or a short determiner
 * phrase ("The actress"); never a clause ("the council is divided over the") or a cut-off phrase.
 */
export function plausible(text: string, subject: Subject): boolean {
  if (subject.kind === 'pronoun') return true
  const words = mentionText(text, subject)
    .split(BETWEEN_NAME_WORDS)
    .filter((w) => w !== '')
  const lower = packedMap(words, (w) => w.toLowerCase())
  const lastWord = lower[lower.length - 1] ?? ''
  if (/['’]s?$/u.test(lastWord) || OPEN_ENDS.has(lastWord) || PREPOSITIONS.has(lower[0] ?? '')) return false
  if (clauseLike(lower)) return false
  if (measured(lower)) return false
  if (subject.kind === 'name') return true
  if (classifyDescription(subject.name).wellFormed) return true
  // "New polls released Sunday showed", "Research conducted for the union found": a document or data made public.
  if (lower.some((w, k) => k > 0 && PUBLISHED.has(w) && DOCUMENT_HEADS.has(lower[k - 1]))) return true
  // "More black Democratic state lawmakers": a phrase ending on a noun for people or bodies.
  const head = classifyDescription(lastWord)
  const opens = CAPITALISED.test(words[0] ?? '') || DETERMINERS.has(lower[0] ?? '') || QUANTIFIERS.has(lower[0] ?? '')
  if (opens && words.length <= MAX_PLAIN_DESCRIPTION_WORDS && (head.person || head.group) && head.wellFormed)
    return true
  return (
    DETERMINERS.has(lower[0] ?? '') &&
    !['his', 'her', 'their', 'its', 'our', 'my', 'your'].includes(lower[0]) &&
    words.length <= MAX_PLAIN_DESCRIPTION_WORDS
  )
}

/** Whether the words hold an auxiliary or a relative word, making them a clause: "the chamber will vote". */
export const clauseLike = (lower: readonly string[]): boolean => lower.some((w) => CLAUSE_WORDS.has(w))

/** Nouns measuring how much or how often: "the frequency of raids", "the number of cases". */
// prettier-ignore
const MEASURES = new Set([
  'frequency', 'number', 'rate', 'level', 'levels', 'amount', 'volume', 'pace', 'scale', 'extent', 'size', 'incidence',
  'cost', 'price', 'value', 'total', 'sum', 'speed', 'length', 'height', 'depth', 'weight', 'degree'
])

/**
 * "the frequency of armed raids reported …", "the number of cases reported": an amount is no one's
 * to report; "a number of senators" is a quantity of people, and a claimant.
 */
function measured(lower: readonly string[]): boolean {
  return lower[0] === 'the' && MEASURES.has(lower[1] ?? '') && lower[2] === 'of'
}

/**
 * "Trump’s claims that …", "Hale’s plan to …": a named owner of a reported statement or plan is its
 * claimant, named without the possessive ending.
 */
export function possessor(subject: Subject): Subject | null {
  if (subject.kind !== 'name' || subject.nameWords.length === 0) return null
  const words = subject.nameWords
  const last = words[words.length - 1]
  const match = /^(.+)['’]s$/u.exec(last)
  if (!match || ownsNothing(match[1])) return null
  const end = subject.mention.end - (last.length - match[1].length)
  const nameWords = [...words.slice(0, -1), match[1]]
  const name = subject.name.slice(0, subject.name.length - (last.length - match[1].length))
  return subjectShaped({ ...subject, mention: { start: subject.mention.start, end }, name, nameWords })
}
/** Whether a possessive's word names a section of the page or a time, not an owner of a claim ("Editor’s note:"). */
export const ownsNothing = (word: string): boolean => NOT_OWNERS.has(word.replace(/['’]s?$/u, '').toLowerCase())
// prettier-ignore
const NOT_OWNERS = new Set([
  'editor', 'editors', 'publisher', 'reader', 'readers', 'today', 'yesterday', 'tomorrow', 'tonight',
  // "Tuesday's arguments", "last year's report": a time owns nothing that was said
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'decade'
])

export function mentionText(text: string, subject: Subject): string {
  return text.slice(subject.mention.start, subject.mention.end)
}

/** A noun for people or bodies, singular or plural. */
export function nounForPeople(head: string): boolean {
  return [head, head.replace(/s$/u, '')].some((word) => {
    const kind = classifyDescription(word)
    return kind.wellFormed && (kind.person || kind.group)
  })
}
