/**
 * People a quote's or a claim's own sentence names before its pronoun or its quote, noted in the registry
 * before that pronoun or the next one is resolved: the sentence itself is read only after its quote or its
 * claimant, too late for them (prose-mentions.ts finds the people; salience.ts weighs them).
 */
import type { Claimant } from '../../shared/article'
import type { TextRange } from './sentences'
import type { Token } from './tokens'
import { classifyPhrase, type Subject } from './subjects'
import type { SpeakerRegistry } from './speakers'
import { peopleIn, subjectLast, type PersonMention } from './prose-mentions'
// Subject pronouns that may stand for someone named before them in the same sentence.
import { PERSON_PRONOUNS } from './subject-words'

/** Whether token `at` stands inside a quote its sentence opens: "“He …" yes, "“…,” he said" no. */
function insideQuote(tokens: readonly Token[], at: number): boolean {
  let inside = false
  for (let k = 0; k < at; k++) {
    const mark = tokens[k].text
    if (mark === '“' || mark === '«' || mark === '„') inside = true
    else if (mark === '”' || mark === '»') inside = false
    else if (mark === '"') inside = !inside
  }
  return inside
}
/** Words linking a sentence to the one before, ahead of its subject: "But he …". */
const SENTENCE_LINKS = new Set(['and', 'but', 'so', 'yet', 'still', 'now', 'also', 'then'])

/**
 * A "he", "she" or "they" inside a sentence may stand for someone the same sentence named before it ("Senator
 * Ruth Hale caused a stir when she endorsed Okafor", "Carl Maddox was one of the board's most trusted voices,
 * and he said …"), but a sentence's people are noted only after it is read, too late for its own pronoun. So
 * the people before the pronoun `claimant` is named at (with no claimant, the sentence's first pronoun after
 * its first word) are noted first; true when the sentence must then be read again for its claimant: it found
 * no one, or the people noted change whom its pronoun stands for (someone met in an earlier sentence before).
 */
export function notePeopleBeforePronoun(
  text: string,
  sentence: TextRange,
  tokens: readonly Token[],
  registry: SpeakerRegistry,
  claimant: Claimant | null
): boolean {
  const at = claimant
    ? tokens.findIndex((t, k) => k > 0 && t.start === claimant.mention.start && PERSON_PRONOUNS.has(t.lower))
    : tokens.findIndex((t, k) => k > 0 && PERSON_PRONOUNS.has(t.lower))
  if (at <= 0) return false
  // "― Ada Berg “He has said …”": a pronoun inside a quote is the quote's speaker's word, not the narration's.
  if (insideQuote(tokens, at)) return false
  // "He avoided criticism of Trump until recent days, when he …": a sentence opening on the same pronoun goes on
  // about the one it stood for.
  const first = tokens.find((t) => t.word && !SENTENCE_LINKS.has(t.lower))
  if (claimant && first !== tokens[at] && first?.lower === tokens[at].lower) return false
  const people = peopleIn(text, { start: sentence.start, end: tokens[at].start }, null, tokens.slice(0, at))
  for (const { subject, role, introduces } of subjectLast(people)) registry.mention(subject, role, !introduces)
  // mention() ignores all but names of people: with none, the registry is as it was and so is the reading.
  if (!people.some(({ subject }) => subject.kind === 'name' && !subject.group)) return false
  const pronoun = claimant && classifyPhrase(text, tokens, at, at + 1)
  return !pronoun || registry.peek(pronoun)?.name !== claimant.name
}

/**
 * People named before the quote in its own sentence ("Ben Ortiz was asked whether his plan, which the Tax Office
 * estimates would cost $5 billion, would risk “…”"): the quote's speaker is someone else, but a later "he said"
 * may be theirs. Only the words before the quote: the quote's own are the speaker's. `quote.speaker` is the
 * subject that named its speaker, if any. "After Tom Hale asked the author …, Menon replied, “…”": when the
 * speaker is named here after a clause put first, the sentence is about the speaker, not the person that clause
 * opens on, whom a later "he added" does not mean; noted in reading order, the speaker stays the more recent.
 * "Mayor Bill de Blasio intervened: …, de Blasio tweeted": the subject is the speaker, named again.
 */
export function notePeopleBeforeQuote(
  text: string,
  sentence: TextRange,
  tokens: readonly Token[],
  quote: TextRange & { speaker: Subject | null },
  registry: SpeakerRegistry
): void {
  if (quote.start <= sentence.start) return
  let n = 0
  while (n < tokens.length && tokens[n].end <= quote.start) n++
  if (n === 0) return
  const range = { start: sentence.start, end: quote.start }
  const speaker = quote.speaker
  const own = speaker && speaker.mention.start >= range.start && speaker.mention.end <= range.end ? speaker : null
  const other = (p: PersonMention): boolean =>
    own !== null && p.subject.mention.end <= own.mention.start && p.subject.nameWords.at(-1) !== own.nameWords.at(-1)
  // Changed in place, by a literal: map() makes a holey array and a spread ({ ...p, role }) an object with a hidden
  // class of its own in V8, and subjectLast, meeting both kinds beside peopleIn's own, was deoptimised ("wrong
  // map") and compiled again in the timed passes.
  const people = peopleIn(text, range, null, tokens.slice(0, n))
  for (let k = 0; k < people.length; k++) {
    const p = people[k]
    if (p.role === 'subject' && other(p)) people[k] = { subject: p.subject, role: 'object', introduces: p.introduces }
  }
  for (const { subject, role, introduces } of subjectLast(people)) registry.mention(subject, role, !introduces)
}
