/**
 * "The regulator published its review on Monday. It has not criticised the operator, but said …": a sentence
 * opening on "It" after one whose claimant is a body opening that sentence is the same body's, named at "It".
 * The body was read as a claimant only (a cue of publishing or wanting, not a quote), so the speaker registry,
 * which enters bodies it meets through quotes and speech verbs, has no "it" for it; entering such claimants there
 * renames other claimants by their nouns ("the poll", "The Sanders"), so the pronoun is read against that body alone.
 * Not several bodies (a "they"), a person, or a body read from inside its sentence ("Under the plan, …").
 * The sentence before need not be a claim: in "The council will debate a new strategy in January. It says the
 * plan …" the council is what "It" stands for, nearer than any body the registry met quoting someone earlier.
 */
import type { Claimant } from '../../shared/article'
import type { TextRange } from './sentences'
import type { Subject } from './subjects'
import { SpeakerRegistry } from './speakers'
import { claimantSubject, readClaimant } from './claimants'
import { severalPeople } from './several-people'
import { SENTENCE_LINKS } from './subject-words'
import { sentenceTokens, type Token } from './tokens'
import { openingSubjectOf } from './opening-subjects'
import { withoutOpeningPreposition } from './claimant-subject-trims'
import { openingBody } from './opening-nouns'

/** The first word of a sentence after its links ("But", "And"), or undefined. */
const openingWord = (tokens: readonly Token[]): Token | undefined =>
  tokens.find((t) => t.word && !SENTENCE_LINKS.has(t.lower))

/** Whether `subject` is one body, named or described as one, opening the sentence of `tokens`. */
export function opensOnBody(subject: Subject, tokens: readonly Token[]): boolean {
  if (subject.kind === 'pronoun' || !subject.group || subject.plural || severalPeople(subject)) return false
  return openingWord(tokens)?.start === subject.mention.start
}

/**
 * The body an unclaimed sentence opens on: a body's name ("The Department of Education has …") or "the" and a few
 * words ending on a body noun before a word in lower case ("The city council will …", "The city sent a letter").
 */
function unclaimedBody(text: string, tokens: readonly Token[]): Subject | null {
  const opening = openingSubjectOf(text, tokens, 0, tokens.length)
  // "For a government not known for its openness, the paper is …": an opening preposition is no subject's word.
  const subject = opening && withoutOpeningPreposition(opening, tokens)
  if (!subject || subject.kind === 'name') return subject
  const first = tokens.findIndex((t) => t.start === subject.mention.start)
  const limit = tokens.findIndex((t) => t.end > subject.mention.end)
  return first < 0 ? null : openingBody(text, tokens, limit < 0 ? tokens.length : limit, first)
}

/**
 * The claimant of `sentence` (its `tokens`) when it opens on "It" and the sentence `before` it opened on one body:
 * its claimant's (`claimed`) or, unclaimed, its opening subject's. That body, named as the claimant names it; or null.
 */
export function bodyBefore(
  text: string,
  sentence: TextRange,
  tokens: readonly Token[],
  before: TextRange | undefined,
  claimed: Claimant | undefined,
  registry: SpeakerRegistry
): Claimant | null {
  const it = openingWord(tokens)
  if (!before || it?.text !== 'It') return null
  const beforeTokens = sentenceTokens(text, before)
  const subject = claimed ? claimantSubject(claimed, registry) : unclaimedBody(text, beforeTokens)
  if (!subject || !opensOnBody(subject, beforeTokens)) return null
  const body = new SpeakerRegistry()
  body.resolve(subject)
  const read = readClaimant(text, sentence, body, tokens)
  return read && read.mention.start === it.start ? { ...read, name: claimed?.name ?? subject.name } : null
}
