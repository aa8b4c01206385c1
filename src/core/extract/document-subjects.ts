/**
 * A document as the subject of a verb of finding, read with what the words around its head say:
 *
 *   New figures from Ofgem show …                 → Ofgem, whose figures they are
 *   The latest figures from the ONS show …        → the ONS
 *   A Quinnipiac University poll released Tuesday found … → "A Quinnipiac University poll"
 *   Figures released by the Home Office on Tuesday show … → the Home Office, whose data they are
 *   NHS England data published on Thursday show …         → "NHS England data" (plural: "show" is no bare noun)
 *
 * Read whole, the first was claimed by "New" (a capitalised adjective read as a name), the second by nobody, the
 * third by "A Quinnipiac University poll released Tuesday". opening-nouns.ts does the same for a head opening the
 * sentence bare ("Figures from the Welsh Government show"); classifyPhrase (subjects.ts) asks here.
 */
import type { Token } from './tokens'
import { DOCUMENT_HEADS } from './according-to'
import { namedComplement } from './opening-nouns'
import { isParticiple } from './passive-agents'
import { classifyPhrase, type Subject, subjectShaped } from './subjects'
import { DOCUMENT_SUBJECTS } from './phrase-subjects'

/** Most words before a document's head: "A new Pew Research Center survey". */
const MAX_MODIFIERS = 5
/**
 * The link after a document's head naming its owner: "figures from". "A report by the Harbour Trust" stays the
 * report (docs/FORMAT.md: "the report found"), "a survey of voters" names its sample.
 */
const OWNER_LINK = 'from'
/** Participles naming how a document came out, before a time: "released Tuesday", "conducted last month". */
const MAKING = new Set(['published', 'released', 'compiled', 'issued', 'conducted', 'commissioned', 'taken'])
/** Most words after such a participle that say when: "released late on Tuesday". */
const MAX_TIME_WORDS = 4
/** The words of a time after such a participle: "Tuesday", "last month", "earlier this week", "on 4 May". */
const TIME_WORD =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|last|this|next|earlier|late|early|on|in|week|month|year|weekend|morning|afternoon|evening|night|today|yesterday|\p{N}+(?:st|nd|rd|th)?)$/u

/** Heads that take a plural verb: "figures show", "data show". */
const PLURAL = /^(?:data|\p{L}+s)$/u

/** The document's head in tokens [start, end): after at most MAX_MODIFIERS words, or -1. */
function headAt(tokens: readonly Token[], start: number, end: number): number {
  for (let k = start; k < end && k <= start + MAX_MODIFIERS; k++) {
    const t = tokens[k]
    if (!t.word) return -1
    // "A Pew Research Center survey": a capital makes the word part of a name, but for opening the sentence.
    if (DOCUMENT_HEADS.has(t.lower) && (k === start || t.text === t.lower)) return k
  }
  return -1
}

/**
 * tokens [start, end) read as a document and its owner, or the document without the participle after it; null when
 * the phrase is no such document. The mention stays the words written ("A Quinnipiac University poll released
 * Tuesday"), the name only the document's.
 */
export function documentSubject(text: string, tokens: readonly Token[], start: number, end: number): Subject | null {
  const head = headAt(tokens, start, end)
  if (head < 0 || head + 1 >= end) return null
  const link = head + 1
  // Opening the sentence, its subject: "according to figures from the DfT" keeps the source whole (according-to.ts).
  if (tokens[link].lower === OWNER_LINK && !tokens.slice(0, start).some((t) => t.word)) {
    // "New figures from Ofgem", "The figures from the DfE": only the words before the head that are no name.
    for (let k = start + 1; k < head; k++) if (tokens[k].text !== tokens[k].lower) return null
    if (!namedComplement(tokens, link + 1, end)) return null
    const owner = classifyPhrase(text, tokens, link + 1, end)
    if (!owner || owner.kind === 'pronoun') return null
    const mention = { start: tokens[start].start, end: owner.mention.end }
    return subjectShaped({ ...owner, mention, plural: PLURAL.test(tokens[head].lower) })
  }
  // "A Quinnipiac University poll released Tuesday", "a survey conducted last month": when, not who.
  const making = MAKING.has(tokens[link].lower) && isParticiple(tokens[link].lower)
  if (!making) return null
  // "Figures released by the Home Office on Tuesday": data are the body's that put them out, as "figures from" are
  // (the mention stays the words written); a single document keeps its own name, as "A report by …" does.
  const data = PLURAL.test(tokens[head].lower) && tokens[link + 1]?.lower === 'by'
  const maker = data ? madeBy(text, tokens, link + 2, end) : null
  if (maker)
    return subjectShaped({ ...maker, mention: { start: tokens[start].start, end: tokens[end - 1].end }, plural: true })
  if (end - (head + 2) > MAX_TIME_WORDS) return null
  // Only a time: "figures published by the Home Office", "research conducted for the union" say whose it is.
  for (let k = head + 2; k < end; k++) if (!TIME_WORD.test(tokens[k].lower)) return null
  const document = classifyPhrase(text, tokens, start, head + 1)
  // The name is the document's, the mention the words written.
  // "NHS England data published on Thursday show": the head says whether the verb after it may be bare.
  const mention = { start: tokens[start].start, end: tokens[end - 1].end }
  return document && subjectShaped({ ...document, mention, plural: document.plural || PLURAL.test(tokens[head].lower) })
}

/** The named body after "by" in tokens [from, end), a time after it allowed ("by the ONS on Tuesday"); or null. */
function madeBy(text: string, tokens: readonly Token[], from: number, end: number): Subject | null {
  let nameEnd = end
  while (nameEnd > from && TIME_WORD.test(tokens[nameEnd - 1].lower) && end - nameEnd < MAX_TIME_WORDS) nameEnd--
  if (nameEnd <= from || !namedComplement(tokens, from, nameEnd)) return null
  const maker = classifyPhrase(text, tokens, from, nameEnd)
  return maker && maker.kind !== 'pronoun' && maker.group ? maker : null
}

/** Links after a document's head to its maker, its sample or its subject: "polls by", "a survey of", "a report on". */
const DOCUMENT_LINKS = new Set(['by', 'of', 'on', 'about', 'into'])

/**
 * Where the phrase of a document's head opens, when a link joins it to the phrase opening at `start`, else -1: the
 * antecedent of a relative "that" after it is the document (relative-that-subjects.ts relativeThatSubject).
 */
export function documentBefore(tokens: readonly Token[], start: number): number {
  // "the audit report on her travel claims that …": an owner after the link, which the antecedent stopped at.
  const link = start - (DOCUMENT_DETERMINERS.has(tokens[start - 1]?.lower ?? '') ? 2 : 1)
  if (!DOCUMENT_LINKS.has(tokens[link]?.lower ?? '') || !DOCUMENT_SUBJECTS.has(tokens[link - 1]?.lower ?? '')) return -1
  // The head with its determiner and up to two words between ("the latest council report"), else the head alone.
  const head = link - 1
  for (let open = head - 1; open >= 0 && head - open <= 3 && tokens[open].word; open--) {
    if (DOCUMENT_DETERMINERS.has(tokens[open].lower)) return open
    if (LINK_BREAKS.has(tokens[open].lower)) break
  }
  return head
}

/** Words opening a document's phrase. */
const DOCUMENT_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'his', 'her', 'its', 'their', 'our'])
/** Prepositions and links the words before a document's head stop at: "in the wake of polls by …". */
// prettier-ignore
const LINK_BREAKS = new Set([
  'of', 'with', 'for', 'to', 'in', 'on', 'at', 'by', 'from', 'and', 'or', 'as', 'than', 'among', 'including', 'like',
  'is', 'are', 'was', 'were'
])
