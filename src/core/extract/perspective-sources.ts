/**
 * A sentence put from someone's point of view is their claim, as "according to" makes it a source's:
 *
 *   To Ruth Hale, the vote marked a turning point.          → Ruth Hale (To)
 *   For the dock workers, the levy is the issue that counts. → the dock workers (For)
 *   In the view of most economists, the port is too small.  → most economists (In the view of)
 *   But to others, he is a reporter in a flak jacket.       → others (to)
 *
 * Only opening the sentence (after its links) and closed by a comma, and only people or bodies: "For years, …",
 * "To date, …", "For example, …", "For his part, …", "To a person, …", "For all his skill, …"
 * name no one; nor does "For Trump, 38% of voters …", whose figure's people hold the view. Not when a verb of saying
 * in the sentence gives the claim to someone else ("For Hale, the vote was a triumph, her aide said.").
 */
import type { TextRange } from './sentences'
import type { Token } from './tokens'
import { cueAt } from './speech-cues'
import type { Subject } from './subjects'
import { subjectAfter } from './subject-after'
import { pronounSubject } from './subject-links'
import { canHold } from './claimant-plausibility'
import { writtenSubject } from './written-subjects'
import { OBJECT_PRONOUNS } from './according-to'
import { SENTENCE_LINKS } from './subject-words'
import { OPENS_DIGIT } from './char-classes'

/** Longest point of view before its comma, in tokens: "To Sexton, who has made a study of Trump rallies,". */
const MAX_VIEW_TOKENS = 14
/** Phrases opening a point of view: the words before the one who holds it. */
const OPENERS: readonly (readonly string[])[] = [
  ['in', 'the', 'view', 'of'],
  ['in', 'the', 'eyes', 'of'],
  ['to'],
  ['for']
]
/** The words a point of view's opener starts with. */
const OPENER_FIRST_WORDS: ReadonlySet<string> = new Set(OPENERS.map((words) => words[0]))
/** "To a person, they …", "For a moment, …": an idiom or a time, no one's view. */
const INDEFINITE = new Set(['a', 'an'])
/** Words standing for people on their own: "To many, …", "But to others, …". */
const PEOPLE_WORDS = new Set(['many', 'others', 'some', 'most', 'critics', 'supporters'])
/** Capitalised words after "to" or "for" that say when, not who: "For January, …", "To Date". */
// prettier-ignore
const TIMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'now', 'years', 'decades'
])

/** The one whose point of view opens the sentence, with its cue; null when none. */
export function perspectiveSource(text: string, tokens: readonly Token[]): { subject: Subject; cue: TextRange } | null {
  // Only words before it: "(for Hillary Clinton)" opens no sentence's point of view.
  let first = 0
  while (first < tokens.length && tokens[first].word && SENTENCE_LINKS.has(tokens[first].lower)) first++
  // Most sentences open on none of the openers' first words: one look-up turns them away before the phrases are tried.
  if (!OPENER_FIRST_WORDS.has(tokens[first]?.lower ?? '')) return null
  const opener = OPENERS.find((words) => words.every((w, k) => tokens[first + k]?.lower === w))
  if (!opener) return null
  const from = first + opener.length
  const comma = tokens.findIndex((t, k) => k > from && t.text === ',')
  if (comma < 0 || comma - from > MAX_VIEW_TOKENS || !tokens[from].word || INDEFINITE.has(tokens[from].lower))
    return null
  // "For all his skill, Hale …", "For all of Berg's critics, he …": a concession (despite), no one's point of view.
  if (opener[0] === 'for' && tokens[from].lower === 'all') return null
  // "For Trump, 38% of likely voters would be scared": the figure's people hold the view, the name is the topic.
  if (OPENS_DIGIT.test(tokens[comma + 1]?.text ?? '')) return null
  if (tokens.some((_, k) => k > comma && cueAt(tokens, k)?.kind === 'verb')) return null
  const cue = { start: tokens[first].start, end: tokens[from - 1].end }
  const word = tokens[from]
  const pronoun = OBJECT_PRONOUNS.get(word.lower)
  if (pronoun) return comma === from + 1 ? { subject: pronounSubject(word, pronoun), cue } : null
  if (PEOPLE_WORDS.has(word.lower) && comma === from + 1)
    return { subject: writtenSubject(text, word, { plural: true, group: false }), cue }
  if (TIMES.has(word.lower)) return null
  const subject = subjectAfter(text, tokens, from, comma)
  if (!subject || subject.kind === 'pronoun') return null
  const people = subject.kind === 'name' ? subject.nameWords.length > 0 : holds(subject)
  return people ? { subject, cue } : null
}

/** A description of people or a body ("the dock workers", "most economists"), not "his part" or "the first time". */
function holds(subject: Subject): boolean {
  return (
    canHold(subject) &&
    !/^(?:his|her|its|their|our|my|your|the first|the most|the moment|the record)\b/iu.test(subject.name)
  )
}
