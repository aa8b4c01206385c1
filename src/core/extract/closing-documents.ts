/**
 * A document named bare closing the sentence is its outer source, as "…, the Herald reported." is:
 *
 *   Voters rejected a similar measure in 2016, county election records show.  → county election records
 *   The fund lost $3 million last year, court filings indicate.                → court filings
 *
 * The verb inside ("rejected", "lost") reports what the document shows; read first, it claimed the sentence for
 * "Voters". A body's own document ("…, its accounts show.") is own-documents.ts's; a verb of saying closing the
 * sentence ("…, the report says.") is trailing-claimants.ts's, which asks here first.
 */
import type { TextRange } from './sentences'
import type { Token } from './tokens'
import type { Subject } from './subjects'
import { DOCUMENT_SUBJECTS } from './phrase-subjects'
import { writtenSubject } from './written-subjects'

/** Most words from the comma to the verb: "county election records", "the latest court filings". */
const MAX_DOCUMENT_WORDS = 4
/** Verbs of a document's finding in the present, closing the sentence: "records show", "filings indicate". */
const FINDING_VERBS = new Set(['show', 'suggest', 'indicate', 'reveal', 'confirm'])
/** Words that make the phrase no bare document: an owner's pronoun (own-documents.ts), a clause's words. */
const NOT_IN_PHRASE = new Set(['its', 'their', 'his', 'her', 'our', 'and', 'that', 'which', 'who', 'as', 'if'])

/** "…, county election records show.": the document after the sentence's last comma and its verb, or null. */
export function closingDocument(text: string, tokens: readonly Token[]): { subject: Subject; cue: TextRange } | null {
  let end = tokens.length
  while (end > 0 && !tokens[end - 1].word) end--
  const verb = end - 1
  if (verb < 2 || !FINDING_VERBS.has(tokens[verb].lower)) return null
  let comma = verb - 1
  while (comma > 0 && verb - comma <= MAX_DOCUMENT_WORDS && tokens[comma].word) comma--
  if (tokens[comma]?.text !== ',' || comma === verb - 1) return null
  const words = tokens.slice(comma + 1, verb)
  const head = words[words.length - 1].lower
  // A plural head takes the bare verb: "records show"; "the report show" is no attribution.
  if (!DOCUMENT_SUBJECTS.has(head) || !/(?:s|data)$/u.test(head)) return null
  if (words.some((t) => NOT_IN_PHRASE.has(t.lower))) return null
  const mention = { start: words[0].start, end: words[words.length - 1].end }
  return {
    subject: writtenSubject(text, mention, { plural: true, group: true }),
    cue: { start: tokens[verb].start, end: tokens[verb].end }
  }
}
