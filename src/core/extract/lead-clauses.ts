/**
 * The clause right before a quote names its speaker even when its verb is not one of saying, and
 * then it outranks a verb of saying in an earlier clause of the sentence: `After Gov. Ruth Hale
 * criticised the plan during the debate, Ortiz shot back, “…”` and `When Berg suggested a vote,
 * Ortiz fired back: “…”` are Ortiz's, not Hale's or Berg's. The clause must be short, open with a
 * person's name or pronoun followed by its verb, hold no verb of saying itself, and end on the
 * comma or colon that opens the quote. Its first verb is the cue shown to the checker.
 */
import type { Attribution } from './attribution'
import { isSpaceCode } from './char-classes'
import { lastCueIn } from './speech-cues'
import { openingSubjectOf } from './opening-subjects'
import { plausibleSubject } from './subject-plausibility'
import { SINGULAR_PERSON_PRONOUNS } from './subject-words'
import { tokenize } from './tokens'

/** Longest lead clause, in tokens: "Ortiz fired back forcefully" is four; a longer one is a sentence of its own. */
const MAX_LEAD_TOKENS = 8
/** Marks that open a quote at the end of a lead clause. */
const LEAD_ENDS = ',:'
/** Marks that begin the lead clause (the end of the clause before it). */
const CLAUSE_STARTS = new Set([',', ';', ':', '—', '–'])

/**
 * The subject of the clause ending on the comma or colon before the quote opening at `open`, when
 * it stands after `earlier` (the attribution read from the sentence, whose cue is in an earlier
 * clause); null when there is no such clause.
 */
export function leadClauseSubject(text: string, earlier: Attribution, open: number): Attribution | null {
  // This and leadEnd are each kept under 81 bytes of bytecode, so that V8 compiles them at their first tick: run for
  // most quotes a pass, nine in ten stopping at the mark, as one function they were compiled late in a warm run (the
  // third pass over 300 articles).
  const mark = leadEnd(text, earlier.cue.end, open - 1)
  return mark < 0 ? null : leadClauseBefore(text, earlier, mark)
}

/** The comma or colon ending a lead clause at `mark` or before it, after spaces, and after `floor`; -1 when none. */
function leadEnd(text: string, floor: number, mark: number): number {
  while (mark > floor && isSpaceCode(text.charCodeAt(mark))) mark--
  return mark > floor && LEAD_ENDS.includes(text[mark]) ? mark : -1
}

/** leadClauseSubject's subject of the clause ending on the comma or colon at `mark`. */
function leadClauseBefore(text: string, earlier: Attribution, mark: number): Attribution | null {
  const tokens = tokenize(text, earlier.cue.end, mark)
  let start = tokens.length
  while (start > 0 && !CLAUSE_STARTS.has(tokens[start - 1].text)) start--
  // The lead clause must be a clause of its own, after a break that follows the earlier cue.
  if (start === 0 || tokens.length - start > MAX_LEAD_TOKENS || tokens.length - start < 2) return null
  if (lastCueIn(tokens, start, tokens.length)) return null
  const subject = openingSubjectOf(text, tokens, start, tokens.length)
  if (!subject || !plausibleSubject(subject) || subject.mention.start !== tokens[start].start) return null
  if (subject.kind === 'description' || (subject.kind === 'pronoun' && !SINGULAR_PERSON_PRONOUNS.has(subject.name)))
    return null
  const verb = tokens.find((t) => t.start >= subject.mention.end && t.word)
  return verb ? { cue: { start: verb.start, end: verb.end }, subject } : null
}
