/**
 * An attribution closing the sentence after a comma claims everything before it, whatever cues that
 * holds: the article puts the whole sentence in that source's mouth (docs/FORMAT.md, the outer one).
 *
 *   Organisers added 160 stewards along the route, the Herald reported.   → the Herald
 *   The mayor backs the levy, which she calls fair, a spokesman said Monday. → a spokesman
 *   Rents will rise, said Ana Ruiz, an economist at the bank.               → Ana Ruiz
 *
 * Only a speech verb counts ("said", "reported", "told reporters"), with nothing after it but a time
 * or a place ("on Monday", "in a statement"): "…, though she conceded it would cost jobs" goes on to
 * a clause of its own and is the second of two claims side by side, not the outer one.
 */
import type { TextRange } from './sentences'
import type { Token } from './tokens'
import { cueAt } from './speech-cues'
import { spelledAsNoun } from './cue-nouns'
import { subjectAfter, subjectBefore, type Subject } from './subjects'
import { plausible } from './claimant-plausibility'

/** Longest attribution after the comma, in tokens: "a spokesman for the port authority said on Monday". */
const MAX_TAIL_TOKENS = 14
/** Commas looked back over from the end: ", said Ana Ruiz, an economist" puts the cue before the last one. */
const MAX_COMMAS = 2
/** Longest stretch after the verb when it is a time or a place: "in a statement on Monday night". */
const MAX_AFTER_VERB_TOKENS = 7

/** Longest object of "told" closing the sentence: "told the Harbour Herald". */
const MAX_TOLD_OBJECT_TOKENS = 4

/** Words opening what may follow the verb: a time, a place, the channel. */
// prettier-ignore
const AFTER_VERB_OPENERS = new Set([
  'on', 'in', 'at', 'during', 'last', 'this', 'earlier', 'later', 'late', 'yesterday', 'today', 'tonight', 'recently',
  'previously', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'by', 'via', 'after',
  'before', 'told', 'to', 'when', 'while', 'through', 'from', 'over', 'under'
])
/** Words after the comma that open a clause of its own: "…, though she conceded …", "…, which she said …". */
// prettier-ignore
const CLAUSE_OPENERS = new Set([
  'though', 'although', 'while', 'whereas', 'but', 'and', 'or', 'so', 'yet', 'as', 'because', 'since', 'if', 'when',
  'which', 'who', 'whom', 'whose', 'that', 'where', 'after', 'before', 'until', 'unless', 'even', 'including'
])

export interface TrailingAttribution {
  subject: Subject
  cue: TextRange
}

/** The attribution closing the sentence after a comma, or null. */
export function trailingAttribution(text: string, tokens: readonly Token[]): TrailingAttribution | null {
  let end = tokens.length
  while (end > 0 && !tokens[end - 1].word) end--
  let commas = 0
  for (let c = end - 1; c > 0 && end - c <= MAX_TAIL_TOKENS && commas < MAX_COMMAS; c--) {
    if (tokens[c].text !== ',') continue
    commas++
    if (CLAUSE_OPENERS.has(tokens[c + 1]?.lower ?? '')) return null
    const found = attributionAfter(text, tokens, c, end)
    if (found) return found
  }
  return null
}

/** "…, the Herald reported", "…, said Ana Ruiz": the cue in tokens (c, end) with its subject after the comma. */
function attributionAfter(text: string, tokens: readonly Token[], c: number, end: number): TrailingAttribution | null {
  for (let j = c + 1; j < end; j++) {
    const cue = cueAt(tokens, j)
    if (cue?.kind !== 'verb') continue
    // "…, an analysis of council reports shows": an -s form before a verb is the noun it is spelt as.
    if (cue.first === cue.last && spelledAsNoun(tokens, j, false)) continue
    const inverted = j === c + 1
    // "…, said Ana Ruiz": only the verbs that invert, with their subject closing the sentence or its clause.
    if (inverted && !cue.invertible) return null
    if (!inverted && !afterVerbFits(tokens, cue.last + 1, end)) return null
    const subject = inverted ? subjectAfter(text, tokens, j + 1, tokens.length) : subjectBefore(text, tokens, j, c + 1)
    if (!subject || subject.mention.start < tokens[c].end || !plausible(text, subject)) return null
    if (inverted && !closes(tokens, subject.mention.end, end)) return null
    return { subject, cue: { start: tokens[cue.first].start, end: tokens[cue.last].end } }
  }
  return null
}

/** Whether the subject ending at `at` closes the sentence or is followed by its description after a comma. */
function closes(tokens: readonly Token[], at: number, end: number): boolean {
  const next = tokens.findIndex((t) => t.start >= at)
  return next < 0 || next >= end || tokens[next].text === ','
}

/** Nothing, or a short time or place, after the verb: "said on Monday", "reported in a statement". */
function afterVerbFits(tokens: readonly Token[], from: number, end: number): boolean {
  if (from >= end) return true
  if (end - from > MAX_AFTER_VERB_TOKENS) return false
  // "…, a spokesman told reporters": whom it was said to.
  if (/^(?:told|tells|tell)$/u.test(tokens[from - 1].lower) && end - from <= MAX_TOLD_OBJECT_TOKENS) return true
  return AFTER_VERB_OPENERS.has(tokens[from].lower) && !tokens.slice(from, end).some((t) => t.lower === 'that')
}
