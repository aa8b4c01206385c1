/**
 * A subject read across a clause boundary: "The feud turned bitter after Hale" / questioned, "Because the union" /
 * acknowledged. The readers of a verb's subject take the words before it up to a break; a subordinator opening a
 * clause inside them is no break for some of them, so the phrase holds the end of one clause and the subject of
 * the next. Who makes the claim is the subject of the clause the cue is in, the words after the subordinator
 * (docs/FORMAT.md, "Who counts as a claimant"); claimants.ts trims each claimant's subject with this before naming it.
 */
import type { TextRange } from './sentences'
import type { Token } from './tokens'
import { OPENS_DIGIT } from './char-classes'
import { classifyPhrase, descriptionSubject, type Subject } from './subjects'

/** Words opening a clause ("after Hale questioned …"); "with" and "where" open phrases far more often. */
// prettier-ignore
const CLAUSE_OPENERS = new Set([
  'when', 'as', 'because', 'while', 'after', 'before', 'since', 'though', 'although', 'once', 'until', 'whereas',
  'unless'
])
/** "as many as 40 percent", "known as Bob", "such as": an "as" after these opens no clause. */
const NOT_CLAUSE_AFTER = new Set(['many', 'much', 'such', 'known', 'same', 'so', 'just', 'well', 'far', 'long', 'soon'])
/** "as well", "as for", "because of", "as a lawyer": a phrase, not a clause, after the subordinator. */
const NOT_CLAUSE_BEFORE = new Set(['well', 'for', 'of', 'to', 'a', 'an', 'part', 'far', 'long', 'soon', 'such'])
/** "two weeks after the vote", "a month before the first contest": a span of time before the subordinator. */
const TIME_UNITS = /^(?:minute|hour|day|week|month|year|decade)s?$/u

/**
 * `subject` without the words up to a subordinator opening the cue's own clause: "after Hale" → "Hale". Null when
 * the phrase is no claimant at all: it ends on the subordinator ("… as" / expected), it is a span of time ("three
 * hours after the initial attack"), or a comma stands between it and the cue (the cue belongs to another clause).
 * Unchanged when it holds no such subordinator or does not stand before the cue.
 */
export function withoutLeadingClause(
  text: string,
  subject: Subject,
  tokens: readonly Token[],
  cue: TextRange
): Subject | null {
  if (subject.mention.end > cue.start) return subject
  const at = tokens.findIndex((t) => t.start === subject.mention.start)
  if (at < 0) return subject
  let end = at
  while (end < tokens.length && tokens[end].end <= subject.mention.end) end++
  let opener = -1
  for (let j = end - 1; j >= at && opener < 0; j--) if (opensClause(tokens, j)) opener = j
  if (opener < 0) return subject
  if (opener === end - 1) return null
  for (let j = at; j < opener; j++) if (TIME_UNITS.test(tokens[j].lower)) return null
  for (let j = end; j < tokens.length && tokens[j].end <= cue.start; j++) if (tokens[j].text === ',') return null
  const read = classifyPhrase(text, tokens, opener + 1, end)
  if (read || !OPENS_DIGIT.test(tokens[opener + 1].text)) return read
  // "while 61 percent" / say: a share of people, read as a description (classifyPhrase reads no figure).
  const mention = { start: tokens[opener + 1].start, end: tokens[end - 1].end }
  return descriptionSubject(mention, text.slice(mention.start, mention.end), false, true, false)
}

/** Whether tokens[j] is a subordinator opening a clause, not a preposition's "as" or "because of". */
function opensClause(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j].lower
  if (!CLAUSE_OPENERS.has(word)) return false
  const next = tokens[j + 1]?.lower ?? ''
  if (NOT_CLAUSE_BEFORE.has(next)) return false
  if (word !== 'as') return true
  const before = tokens[j - 1]?.lower ?? ''
  return !NOT_CLAUSE_AFTER.has(before) && !before.endsWith('ed')
}
