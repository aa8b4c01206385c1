/**
 * A body's own document closing the sentence speaks for the body: "The council spent $4 million on the harbour,
 * its accounts show." (the body is read as trailing-claimants.ts reads a closing "it said").
 */
import type { TextRange } from './sentences'
import type { Token } from './tokens'
import { type Subject } from './subjects'
import { openingSubjectOf } from './opening-subjects'
import { body, openingBody, pluralBody } from './opening-nouns'

/**
 * "The council spent $4 million on the harbour, its accounts show.": a document of the sentence's own body
 * closing it speaks for the body, as "the report found" does (docs/FORMAT.md, documents): the claimant is the
 * document, named with its owner ("The council’s accounts"), its mention "its accounts", its cue the verb.
 */
export function ownDocument(text: string, tokens: readonly Token[]): { subject: Subject; cue: TextRange } | null {
  let end = tokens.length
  while (end > 0 && !tokens[end - 1].word) end--
  const verb = end - 1
  const owner = tokens.findLastIndex((t, k) => k < verb && !t.word) + 1
  const nouns = tokens.slice(owner + 1, verb)
  if (owner < 2 || tokens[owner - 1].text !== ',' || verb - owner < 2 || verb - owner > MAX_DOCUMENT_WORDS) return null
  const pronoun = tokens[owner].lower
  if ((pronoun !== 'its' && pronoun !== 'their') || !DOCUMENT_VERBS.has(tokens[verb].lower)) return null
  if (!DOCUMENTS.has(nouns[nouns.length - 1].lower) || nouns.some((t) => !t.word)) return null
  const opening = openingSubjectOf(text, tokens, 0, owner - 1)
  const own = opening && body(opening) ? opening : openingBody(text, tokens, owner - 1)
  if (!own || !body(own) || (pronoun === 'its' && pluralBody(own))) return null
  const mark = /s$/u.test(own.name) && pluralBody(own) ? '’' : '’s'
  const name = `${own.name}${mark} ${nouns.map((t) => t.text).join(' ')}`
  const mention = { start: tokens[owner].start, end: tokens[verb - 1].end }
  return {
    subject: { ...own, kind: 'description', name, nameWords: [], mention, plural: false, group: true },
    cue: { start: tokens[verb].start, end: tokens[verb].end }
  }
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
