/**
 * "The regulator published its review on Monday. It has not criticised the operator, but said …": a sentence
 * opening on "It" after one whose claimant is a body opening that sentence is the same body's, named at "It".
 * The body was read as a claimant only (a cue of publishing or wanting, not a quote), so the speaker registry,
 * which enters bodies it meets through quotes and speech verbs, has no "it" for it; entering such claimants there
 * renames other claimants by their nouns ("the poll", "The Sanders"), so the pronoun is read against that body alone.
 * Not several bodies (a "they"), a person, or a body read from inside its sentence ("Under the plan, …").
 */
import type { Claimant } from '../../shared/article'
import type { TextRange } from './sentences'
import type { Token } from './tokens'
import type { Subject } from './subjects'
import { SpeakerRegistry } from './speakers'
import { readClaimant } from './claimants'
import { severalPeople } from './several-people'
import { SENTENCE_LINKS } from './subject-words'

/** The first word of a sentence after its links ("But", "And"), or undefined. */
const openingWord = (tokens: readonly Token[]): Token | undefined =>
  tokens.find((t) => t.word && !SENTENCE_LINKS.has(t.lower))

/** Whether `subject` is one body, named or described as one, opening the sentence of `tokens`. */
export function openingBody(subject: Subject, tokens: readonly Token[]): boolean {
  if (subject.kind === 'pronoun' || !subject.group || subject.plural || severalPeople(subject)) return false
  return openingWord(tokens)?.start === subject.mention.start
}

/**
 * The claimant of `sentence` (its `tokens`) when it opens on "It" and the sentence before was claimed by
 * `before`, read from `subject` opening it (`beforeTokens`): that body, named as `before` names it; null otherwise.
 */
export function bodyPronoun(
  text: string,
  sentence: TextRange,
  tokens: readonly Token[],
  before: Claimant,
  subject: Subject,
  beforeTokens: readonly Token[]
): Claimant | null {
  const it = openingWord(tokens)
  if (it?.text !== 'It' || !openingBody(subject, beforeTokens)) return null
  const body = new SpeakerRegistry()
  body.resolve(subject)
  const read = readClaimant(text, sentence, body, tokens)
  return read && read.mention.start === it.start ? { ...read, name: before.name } : null
}
