/**
 * "The harbour board published a report in May. It says the levy cost 300 jobs.": a sentence opening on "It"
 * and a verb of saying or finding, with no body met to stand for, is the document the sentence before named
 * (a report, a study, a letter, an ad or a video; "It also says" and "So it found" too). Only documents: "The
 * union met on Monday. It says …" stays unread, as a body is found by the speaker registry or not at all.
 */
import type { Claimant } from '../../shared/article'
import type { TextRange } from './sentences'
import { sentenceTokens, type Token } from './tokens'
import { cueAt, isVerbAdverb } from './speech-cues'
import { SENTENCE_LINKS } from './subject-words'
import { claimantCueAt } from './claimant-cues'
import { DOCUMENT_HEADS } from './according-to'

/** Documents besides a survey's or a count's: what a body writes and others quote. */
// prettier-ignore
const WRITTEN = new Set([
  'letter', 'statement', 'complaint', 'lawsuit', 'book', 'memo', 'memorandum', 'manifesto', 'filing', 'plan', 'ad',
  'advertisement', 'video'
])
/** Words opening the document's phrase; an owner's pronoun is read as "the" ("its report" → the report). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that'])
const OWNERS = new Set(['its', 'his', 'her', 'their', 'our'])
/** How many words before its noun a document's phrase may open: "a new 40-page report". */
const MAX_PHRASE_WORDS = 5

/** The claimant of a sentence opening on "It says …", when `before` (the sentence before it) names a document. */
export function documentPronoun(
  text: string,
  tokens: readonly Token[],
  before: TextRange | undefined
): Claimant | null {
  // "So it says …", "But it also found …": links before the pronoun and adverbs before its verb are read past.
  const at = tokens.findIndex((t) => t.word && !SENTENCE_LINKS.has(t.lower))
  if (at < 0 || tokens[at].lower !== 'it' || (at === 0 && tokens[at].text !== 'It') || !before) return null
  let verb = at + 1
  while (verb < tokens.length && adverb(tokens[verb])) verb++
  const cue = cueAt(tokens, verb) ?? claimantCueAt(tokens, verb)
  if (!cue || cue.kind !== 'verb' || cue.first !== verb) return null
  const document = documentIn(text, sentenceTokens(text, before))
  if (!document) return null
  const span = (a: Token, b: Token) => ({ start: a.start, end: b.end, text: text.slice(a.start, b.end) })
  return { name: document, mention: span(tokens[at], tokens[at]), cue: span(tokens[cue.first], tokens[cue.last]) }
}

/**
 * "also" or an adverb in -ly, not an auxiliary or "not" ("It has not criticised …" after "The regulator published
 * its review" is the regulator's, body-pronouns.ts).
 */
const adverb = (t: Token): boolean => t.lower === 'also' || (t.lower.endsWith('ly') && isVerbAdverb(t))

/** The last document the sentence names, as "the report" or "a new report", or null. */
function documentIn(text: string, tokens: readonly Token[]): string | null {
  for (let k = tokens.length - 1; k >= 0; k--) {
    const noun = tokens[k]
    if (!noun.word || noun.text !== noun.lower || !(DOCUMENT_HEADS.has(noun.lower) || WRITTEN.has(noun.lower))) continue
    for (let i = k - 1; i >= 0 && k - i <= MAX_PHRASE_WORDS; i--) {
      const t = tokens[i]
      if (!t.word) break
      if (OWNERS.has(t.lower)) return `the ${text.slice(tokens[i + 1].start, noun.end)}`
      if (DETERMINERS.has(t.lower)) return text.slice(t.start, noun.end)
    }
  }
  return null
}
