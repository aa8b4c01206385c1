/**
 * A noun capitalised only for opening the sentence, before "of", "at", "from" and a body's name: "Figures from the
 * Department for Education show", "Analysts at Cornwall Insight said". Read as a name ("Jane Doe of the interior
 * ministry"), the noun alone became the claimant ("Figures", "Analysts"). The document's owner is who claims, a
 * group of people keeps the body it belongs to: classifyPhrase (subjects.ts) asks here first.
 */
import type { Token } from './tokens'
import { classifyDescription } from './speaker-lexicon'
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
