/**
 * A noun capitalised only for opening the sentence, before "of", "at", "from" and a body's name: "Figures from the
 * Department for Education show", "Analysts at Cornwall Insight said". Read as a name ("Jane Doe of the interior
 * ministry"), the noun alone became the claimant ("Figures", "Analysts"). The document's owner is who claims, a
 * group of people keeps the body it belongs to: classifyPhrase (subjects.ts) asks here first. And "the" and a few
 * words ending on a body's noun opening the sentence ("The city council will …"): the body it is about.
 */
import type { Token } from './tokens'
import { classifyDescription, isGroupNoun } from './speaker-lexicon'
import { DOCUMENT_HEADS } from './according-to'
import { classifyPhrase, descriptionSubject, type Subject } from './subjects'

/** Document heads that take a plural verb: "Figures show", "Data show". */
const PLURAL_DOCUMENTS = /^(?:data|\p{L}+s)$/u
/** Links after a document head that name its owner: "figures from", "a report by", "data of". */
const OWNER_LINKS = new Set(['from', 'by', 'of'])
/** Lower-case words inside a body's name: "the Department for Education", "the Office of Rail and Road". */
const NAME_LINKS = new Set(['the', 'of', 'for', 'and', 'on', 'in', 'de'])

/** A noun for people or a document opening the sentence at tokens[at]: "Analysts", "Figures", "Data". */
export function openingNoun(tokens: readonly Token[], at: number): boolean {
  for (let k = 0; k < at; k++) if (tokens[k].word) return false
  const lower = tokens[at].lower
  if (DOCUMENT_HEADS.has(lower)) return true
  const kind = classifyDescription(lower)
  return kind.wellFormed && (kind.person || kind.group)
}

/**
 * Whether tokens [from, end) name a body and nothing more: capitalised words, figures and NAME_LINKS ("the 2014
 * American Community Survey"), not "the 2021 regional census" nor a clause running on ("… show that 71% of …").
 */
export function namedComplement(tokens: readonly Token[], from: number, end: number): boolean {
  let named = false
  for (let k = from; k < end; k++) {
    const t = tokens[k]
    if (!t.word) return false
    if (t.text !== t.lower) named = true
    else if (!NAME_LINKS.has(t.lower) && !/^\p{N}+$/u.test(t.text)) return false
  }
  return named
}

/** Words that end a description and open a clause: "Members of the panel that wrote the report". */
const CLAUSE_WORDS = new Set(['that', 'who', 'which', 'whose', 'whom', 'it'])

/**
 * tokens [start, end), a noun for people opening the sentence, its link and a complement that is more than a
 * name: "Members of the conservative Freedom Caucus", "Leaders of the two largest unions". The noun alone was
 * read as a name ("Members"); the description whole is who claims. A document's head ("Data from the 2021
 * regional census") is left to the reader as before: null.
 */
export function openingDescription(text: string, tokens: readonly Token[], start: number, end: number): Subject | null {
  if (DOCUMENT_HEADS.has(tokens[start].lower)) return null
  for (let k = start + 2; k < end; k++) if (!tokens[k].word || CLAUSE_WORDS.has(tokens[k].lower)) return null
  const mention = { start: tokens[start].start, end: tokens[end - 1].end }
  const phrase = text.slice(mention.start, mention.end)
  const kind = classifyDescription(phrase)
  if (!kind.person && !kind.group) return null
  return descriptionSubject(mention, phrase, kind.anonymous, kind.plural, kind.group && !kind.person)
}

/**
 * tokens [start, end), a noun opening the sentence, its link and a body's name: "Figures from the Department for
 * Education" → the department, whose figures they are; "Analysts at Cornwall Insight" → the description whole.
 */
export function ownerOrDescription(text: string, tokens: readonly Token[], start: number, end: number): Subject | null {
  if (DOCUMENT_HEADS.has(tokens[start].lower) && OWNER_LINKS.has(tokens[start + 1].lower)) {
    const owner = classifyPhrase(text, tokens, start + 2, end)
    // The mention stays the words written, and the head's number with it: "Figures from … show", not "shows".
    if (owner && owner.kind !== 'pronoun')
      return {
        ...owner,
        mention: { start: tokens[start].start, end: owner.mention.end },
        plural: PLURAL_DOCUMENTS.test(tokens[start].lower)
      }
  }
  const mention = { start: tokens[start].start, end: tokens[end - 1].end }
  const phrase = text.slice(mention.start, mention.end)
  const kind = classifyDescription(phrase)
  if (!kind.person && !kind.group && !kind.anonymous) return null
  return descriptionSubject(mention, phrase, kind.anonymous, kind.plural, kind.group && !kind.person)
}

/** A body's head noun, its name's last word: "the ferry operator" → "operator". */
const headOf = (subject: Subject): string =>
  subject.name
    .toLowerCase()
    .split(/[^\p{L}-]/u)
    .pop() ?? ''
/** Several bodies: "The ministries", "the unions" (a "they"). */
export const pluralBody = (subject: Subject): boolean => subject.plural || PLURAL_BODIES.has(headOf(subject))
/** One body or several, named or described: what "it" or a body's "they" stands for. */
export const body = (subject: Subject): boolean =>
  subject.kind !== 'pronoun' && (subject.group || pluralBody(subject) || SINGULAR_BODIES.has(headOf(subject)))

/** Most words after "the" up to the body's noun: "The ferry operator", "The city council". */
const MAX_BODY_WORDS = 5

/**
 * "The city council will …", "The operator carried …", "The ministries cut …": the phrase opening at token
 * `from` (by default the sentence's "the") and ending on a body's noun (the speaker lexicon's bodies and those
 * below) before a word in lower case, within `limit` and MAX_BODY_WORDS; null when no body's noun comes first.
 * The one reader of that shape, for an unclaimed sentence's body an "It" after it stands for (body-pronouns.ts)
 * and a sentence's own body a closing "it said" or "its accounts show" speaks for (trailing-claimants.ts,
 * own-documents.ts).
 */
export function openingBody(text: string, tokens: readonly Token[], limit: number, from = -1): Subject | null {
  // Without `from`, the sentence's first word, which must be "the".
  const first = from >= 0 ? from : tokens.findIndex((t) => t.word)
  if (first < 0 || (from < 0 && tokens[first].lower !== 'the')) return null
  for (let k = first + 1; k < limit && k - first <= MAX_BODY_WORDS && tokens[k].word; k++) {
    const word = tokens[k].lower
    if (!isGroupNoun(word) && !SINGULAR_BODIES.has(word) && !PLURAL_BODIES.has(word)) continue
    const next = tokens[k + 1]
    return next?.word && next.text === next.lower ? classifyPhrase(text, tokens, first, k + 1) : null
  }
  return null
}

/**
 * Bodies that speak as "it" besides the speaker lexicon's (speaker-nouns.ts GROUP_NOUNS), kept here because
 * elsewhere the word may name a person ("a crane operator said"): only a phrase opening a sentence with "the"
 * before the noun (openingBody) is read as the body.
 */
// prettier-ignore
const SINGULAR_BODIES = new Set([
  'operator', 'carrier', 'retailer', 'developer', 'manufacturer', 'lender', 'supermarket', 'railway', 'club', 'league'
])
/** The same bodies and the lexicon's in the plural, which speak as "they": "The ministries …, they said". */
// prettier-ignore
const PLURAL_BODIES = new Set([
  'operators', 'carriers', 'retailers', 'developers', 'manufacturers', 'lenders', 'supermarkets', 'railways', 'clubs',
  'leagues', 'ministries', 'departments', 'governments', 'councils', 'committees', 'authorities', 'banks', 'airlines',
  'insurers', 'universities', 'hospitals', 'schools', 'parties'
])
