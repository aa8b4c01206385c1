/**
 * A quote opened by a colon that ends a clause about someone, with no verb of saying in it:
 * `President Ortiz released the following statement: “…”`, `She then turned to the crowd again:
 * “…”`, `The union posted a reply on its website: “…”`. The clause's subject is the speaker and the
 * colon the cue, as for a name ending its clause on the colon (quote-context.ts, colonCredit).
 *
 * Only a clear subject opening the clause counts: a person's pronoun, a name followed by its verb,
 * or a description of a person or body ("the ministry"). "The rules are simple:", "Here is the
 * text:" and "It was blunt:" name no one, and a clause longer than COLON_CLAUSE_REACH is not read.
 */
import type { Attribution } from './attribution'
import { isSpaceCode } from './char-classes'
import { classifyDescription } from './speaker-lexicon'
import { openingSubjectOf } from './opening-subjects'
import { plausibleSubject } from './subject-plausibility'
import { PERSON_PRONOUNS } from './subject-words'
import { tokenize } from './tokens'

/** Longest clause read back from the colon, in characters: a sentence of reporting, not a paragraph. */
const COLON_CLAUSE_REACH = 200
/** Words that turn the clause into a description of the quote, not someone's act: "Her answer was:". */
const COPULAS = new Set(['is', 'was', 'are', 'were'])

/** The subject of the clause ending on the colon right before `open` in the sentence from `sentenceStart`. */
export function colonClauseSubject(text: string, sentenceStart: number, open: number): Attribution | null {
  let colon = open - 1
  while (colon > sentenceStart && isSpaceCode(text.charCodeAt(colon))) colon--
  // Most quotes follow no colon: answered here, the clause is read in a function of its own, run only for the rest
  // (some 20 times a pass over 300 articles, too few for V8 to optimise it; as one function with this test, run
  // 1,200 times, it was, in a timed pass of news-speed).
  return text[colon] !== ':' || colon - sentenceStart > COLON_CLAUSE_REACH
    ? null
    : subjectBeforeColon(text, sentenceStart, colon)
}

/** colonClauseSubject's reading, the colon at `colon`. */
function subjectBeforeColon(text: string, sentenceStart: number, colon: number): Attribution | null {
  const tokens = tokenize(text, sentenceStart, colon)
  if (tokens.length === 0 || tokens.some((t) => t.word && COPULAS.has(t.lower))) return null
  // "After the vote, Hale released a statement:": the sentence's subject, else the clause after an opening phrase.
  const comma = tokens.findIndex((t) => t.text === ',')
  const subject =
    openingSubjectOf(text, tokens, 0, tokens.length) ??
    (comma > 0 ? openingSubjectOf(text, tokens, comma + 1, tokens.length) : null)
  if (!subject || !plausibleSubject(subject)) return null
  if (subject.kind === 'pronoun' && !PERSON_PRONOUNS.has(subject.name)) return null
  if (subject.kind === 'description') {
    const kind = classifyDescription(subject.name)
    if (!kind.wellFormed || !(kind.person || kind.group)) return null
  }
  // The subject must be followed by the rest of the clause, not be all of it ("Ruth Hale:" is colonCredit's).
  if (subject.mention.end >= tokens[tokens.length - 1].end) return null
  return { cue: { start: colon, end: colon + 1 }, subject }
}
