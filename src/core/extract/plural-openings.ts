/**
 * The people a "They" opening a sentence stands for when the sentence before is about several of them but claimed
 * nothing (so no claimant of theirs entered the registry, several-people.ts):
 *
 *   Dock workers have joined the dispute. They are convinced that …        → the dock workers
 *   On one side are tenants and shopkeepers who doubt the plan. They …   → the tenants and shopkeepers
 *   Young voters back the levy, a new survey says. They endorse …        → the young voters, not the survey
 *
 * Without this the registry's "they" falls back on whoever was met last, often one named person ("Mark Hale met
 * the board. Dock workers have joined …. They are convinced" gave Hale), or on nobody. The sentence before gives
 * its opening subject when that is several people (ownSubjectBefore), else the plural phrase a "who" stands for:
 * "who" names people whether or not the lexicon knows the noun ("shopkeepers", "thinkers").
 */
import type { Claimant } from '../../shared/article'
import type { TextRange } from './sentences'
import { sentenceTokens, type Token } from './tokens'
import { subjectShaped, type Subject } from './subjects'
import type { SpeakerRegistry } from './speakers'
import { claimantSubject } from './claimants'
import { enterClaimant, ownSubjectBefore, severalPeople } from './several-people'
import { relativeSubject } from './claimant-subject-readers'
import { SENTENCE_LINKS } from './subject-words'

/**
 * When `tokens` opens on "They" (after its links), enters the several people the sentence `before` is about as
 * the latest "they"; true when it entered someone. Not when they are that sentence's claimant (in `claimed`, by
 * sentence start) and were entered as such: whole, as read there ("people who have battled online threats say
 * …", where "who" alone gives "people").
 */
export function enterPeopleBefore(
  text: string,
  tokens: readonly Token[],
  before: TextRange | undefined,
  claimed: ReadonlyMap<number, Claimant>,
  registry: SpeakerRegistry
): boolean {
  const first = tokens.find((t) => t.word && !SENTENCE_LINKS.has(t.lower))
  if (first?.lower !== 'they' || !before) return false
  const previous = sentenceTokens(text, before)
  const opening = ownSubjectBefore(text, previous, previous.length)
  const people = opening ?? peopleBeforeWho(text, previous)
  if (!people) return false
  // "Mrs. Clinton, these people said, would …", "According to the Post, campaign officials …": a phrase read
  // across a comma is no one's name.
  if (text.slice(people.mention.start, people.mention.end).includes(',')) return false
  if (enteredAs(claimed.get(before.start), people, registry)) return false
  if (opening) enterClaimant(opening, registry)
  else registry.resolve(subjectShaped({ ...people, plural: true, group: false }))
  return true
}

/**
 * Whether `claimant` is `people` and was entered as a "they" when read: as a quote's speaker (no subject kept
 * here) or as several people (several-people.ts enterClaimant); not "shopkeepers" read at "who", a noun the
 * lexicon does not know for people.
 */
function enteredAs(claimant: Claimant | undefined, people: Subject, registry: SpeakerRegistry): boolean {
  if (!claimant || claimant.mention.end <= people.mention.start || claimant.mention.start >= people.mention.end)
    return false
  const own = claimantSubject(claimant, registry)
  return !own || (own.kind === 'pronoun' ? own.name === 'they' : severalPeople(own))
}

/** The plural phrase the first "who" of a sentence stands for ("tenants and shopkeepers who"), or null. */
function peopleBeforeWho(text: string, tokens: readonly Token[]): Subject | null {
  const who = tokens.findIndex((t, k) => k > 0 && t.lower === 'who')
  const subject = who > 0 ? relativeSubject(text, tokens, who) : null
  return subject?.kind === 'description' && subject.plural ? subject : null
}
