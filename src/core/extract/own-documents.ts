/**
 * A document closing the sentence is its source: a body's own speaks for the body ("The council spent $4 million on
 * the harbour, its accounts show.", the body read as trailing-claimants.ts reads a closing "it said"); one named bare
 * speaks as written ("…, county election records show.").
 */
import type { TextRange } from './sentences'
import { wordsEnd, type Token } from './tokens'
import { type Subject, subjectShaped } from './subjects'
import { openingSubjectOf } from './opening-subjects'
import { body, openingBody, pluralBody } from './opening-nouns'
import { DOCUMENT_SUBJECTS } from './phrase-subjects'
import { writtenSubject } from './written-subjects'

/**
 * "The council spent $4 million on the harbour, its accounts show.": a document of the sentence's own body
 * closing it speaks for the body, as "the report found" does (docs/FORMAT.md, documents): the claimant is the
 * document, named with its owner ("The council’s accounts"), its mention "its accounts", its cue the verb.
 */
export function ownDocument(text: string, tokens: readonly Token[]): { subject: Subject; cue: TextRange } | null {
  const verb = wordsEnd(tokens) - 1
  // Most sentences end on no document verb: turned away before the walk back to the owner and the copy of the nouns.
  if (verb < 0 || !DOCUMENT_VERBS.has(tokens[verb].lower)) return null
  const owner = tokens.findLastIndex((t, k) => k < verb && !t.word) + 1
  const nouns = tokens.slice(owner + 1, verb)
  if (owner < 2 || tokens[owner - 1].text !== ',' || verb - owner < 2 || verb - owner > MAX_DOCUMENT_WORDS) return null
  const pronoun = tokens[owner].lower
  if (pronoun !== 'its' && pronoun !== 'their') return null
  if (!DOCUMENTS.has(nouns[nouns.length - 1].lower) || nouns.some((t) => !t.word)) return null
  const own = ownerBody(text, tokens, owner)
  if (!own) return null
  const mention = { start: tokens[owner].start, end: tokens[verb - 1].end }
  const words = nouns.map((t) => t.text).join(' ')
  return { subject: ownedSubject(own, words, mention), cue: { start: tokens[verb].start, end: tokens[verb].end } }
}

/**
 * "Citizens Advice warned …, according to its analysis of Ofgem data.": a source the sentence's body owns is
 * named with its owner ("Citizens Advice’s analysis of Ofgem data"), as ownDocument names "its accounts"; a list of
 * claims "by its analysis" says nothing. `source` itself when it opens on no owner's pronoun or no body owns it.
 */
export function ownedSource(text: string, tokens: readonly Token[], source: Subject): Subject {
  if (!/^(?:its|their)\s/iu.test(source.name)) return source
  const owner = tokens.findIndex((t) => t.start === source.mention.start)
  const own = owner > 0 ? ownerBody(text, tokens, owner) : null
  if (!own) return source
  const after = tokens[owner + 1]
  if (!after || after.end > source.mention.end) return source
  return ownedSubject(own, text.slice(after.start, source.mention.end), source.mention)
}

/** The body "its" or "their" at token `owner` stands for: the sentence's opening body, or null. */
function ownerBody(text: string, tokens: readonly Token[], owner: number): Subject | null {
  const opening = openingSubjectOf(text, tokens, 0, owner - 1)
  const own = opening && body(opening) ? opening : openingBody(text, tokens, owner - 1)
  if (!own || !body(own) || (tokens[owner].lower === 'its' && pluralBody(own))) return null
  return own
}

/** The body's document as a claimant: named "The council’s accounts", its mention the words written ("its accounts"). */
function ownedSubject(own: Subject, words: string, mention: TextRange): Subject {
  const mark = /s$/u.test(own.name) ? '’' : '’s'
  const name = `${own.name}${mark} ${words}`
  return subjectShaped({ ...own, kind: 'description', name, nameWords: [], mention, plural: false, group: true })
}

/** Most words from "its" to the verb: "its annual accounts show". */
const MAX_DOCUMENT_WORDS = 4
/** A body's documents that speak for it: "its accounts show", "their figures suggest". */
// prettier-ignore
const DOCUMENTS = new Set([
  'accounts', 'figures', 'records', 'data', 'report', 'reports', 'filing', 'filings', 'statement', 'results',
  'minutes', 'documents', 'survey', 'audit', 'website', 'books'
])
/** Verbs of a document's finding closing the sentence. */
// prettier-ignore
const DOCUMENT_VERBS = new Set([
  'show', 'shows', 'showed', 'found', 'find', 'finds', 'say', 'says', 'said', 'suggest', 'suggests', 'indicate',
  'indicates', 'reveal', 'reveals', 'revealed', 'state', 'states', 'stated'
])

/** Most words from the comma to the verb: "county election records", "minutes of the meeting". */
const MAX_BARE_DOCUMENT_WORDS = 5
/** Verbs of a document's finding in the present, closing the sentence: "records show", "filings indicate". */
const FINDING_VERBS = new Set(['show', 'suggest', 'indicate', 'reveal', 'confirm'])
/** Words that make the phrase no bare document: an owner's pronoun (ownDocument), a clause's words. */
const NOT_IN_PHRASE = new Set(['its', 'their', 'his', 'her', 'our', 'and', 'that', 'which', 'who', 'as', 'if'])

/**
 * "Voters rejected a similar measure in 2016, county election records show.": a document named bare closing the
 * sentence is its outer source, as "…, the Herald reported." is, before any verb inside ("rejected", which claimed
 * the sentence for "Voters"). Its words are the claimant as written; trailing-claimants.ts asks here first.
 */
export function closingDocument(
  text: string,
  tokens: readonly Token[],
  end = wordsEnd(tokens)
): { subject: Subject; cue: TextRange } | null {
  const verb = end - 1
  if (verb < 2 || !FINDING_VERBS.has(tokens[verb].lower)) return null
  let comma = verb - 1
  while (comma > 0 && verb - comma <= MAX_BARE_DOCUMENT_WORDS && tokens[comma].word) comma--
  if (tokens[comma]?.text !== ',' || comma === verb - 1) return null
  const words = tokens.slice(comma + 1, verb)
  // "…, minutes of the meeting show.": the head before "of", its complement naming what it records.
  const of = words.findIndex((t) => t.lower === 'of')
  const head = (of > 0 ? words[of - 1] : words[words.length - 1]).lower
  // A plural head takes the bare verb: "records show"; "the report show" is no attribution.
  if (!(DOCUMENT_SUBJECTS.has(head) || DOCUMENTS.has(head)) || !/(?:s|data)$/u.test(head)) return null
  if (words.some((t) => NOT_IN_PHRASE.has(t.lower))) return null
  const mention = { start: words[0].start, end: words[words.length - 1].end }
  return {
    subject: writtenSubject(text, mention, { plural: true, group: true }),
    cue: { start: tokens[verb].start, end: tokens[verb].end }
  }
}
