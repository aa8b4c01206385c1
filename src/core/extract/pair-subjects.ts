/**
 * "The two" and "both" as the subject of a sentence, with no one named after them, are the two people the
 * article met last; a reader takes them, not the last of the two, for the "they" that follows:
 *
 *   Ruth Hale came fresh from a win in Hull; Tom Reyes faced questions about his support.
 *   The two clashed at length over housing. They argued again over the rail link.   → Ruth Hale and Tom Reyes
 *   Both men said the levy had failed.                                                → Ruth Hale and Tom Reyes
 *
 * Only two people both named in the sentence just before (so "the two" of two plans or two firms is never two
 * people met long ago), and only when a verb follows: "the two biggest donors" is no one.
 */
import type { Claimant } from '../../shared/article'
import { subjectShaped, type Subject } from './subjects'
import { claimantSubject } from './claimants'
import type { SpeakerRegistry } from './speakers'
import type { TextRange } from './sentences'
import type { Token } from './tokens'
import { cueAt, isVerbAdverb } from './speech-cues'
import { claimantCueAt } from './claimant-cues'
import { severalPeople } from './several-people'
import { withWritten } from './written-subjects'
import { SENTENCE_LINKS, SUBORDINATORS } from './subject-words'

/**
 * Nouns "the two" or "both" may take and still mean the two people met last: "both men". Not "both candidates",
 * often two others than the voters quoted just before.
 */
const PAIR_NOUNS = new Set(['men', 'women'])
/** Verbs and auxiliaries that follow such a subject without being a cue or a past form in -ed. */
// prettier-ignore
const VERBS = new Set([
  'are', 'were', 'have', 'had', 'will', 'would', 'can', 'could', 'did', 'do', 'met', 'spoke', 'fought', 'agree',
  'disagree', 'agreed', 'differ', 'share', 'remain', 'went', 'took', 'made', 'gave', 'got', 'came', 'held'
])

/**
 * The pair phrase that is a subject in `tokens` ("The two" opening the sentence, or after the comma closing a
 * phrase put first: "After the vote, both men said …"), with a verb after it; null when there is none.
 */
export function pairPhrase(tokens: readonly Token[]): TextRange | null {
  let first = 0
  while (first < tokens.length && (!tokens[first].word || linkBefore(tokens[first]))) first++
  // "Cruz and Rubio, who had clashed before, both locked on …": the people named first, not a pair met before.
  const fronted = FRONTING.has(tokens[first]?.lower ?? '')
  for (let i = first; i < tokens.length && (i === first || fronted); i++) {
    if (i > first && tokens[i - 1].text !== ',') continue
    const end = pairEnd(tokens, i)
    if (end > i && verbAt(tokens, end)) return { start: tokens[i].start, end: tokens[end - 1].end }
  }
  return null
}

/** Words opening a phrase put before the subject: "After the vote, both men said …". */
const FRONTING = new Set([...SUBORDINATORS, 'in', 'on', 'at', 'during', 'despite', 'for', 'from', 'by', 'over'])
/** Links read past before a subject: "But the two …"; not "both", which can be the subject itself. */
const linkBefore = (t: Token): boolean => SENTENCE_LINKS.has(t.lower) && t.lower !== 'both'

/** Where "the two [men]" or "both [men]" at token `i` ends (exclusive), or `i` when none starts there. */
function pairEnd(tokens: readonly Token[], i: number): number {
  let k = i
  if (tokens[k]?.lower === 'the' && tokens[k + 1]?.lower === 'two') k += 2
  else if (tokens[k]?.lower === 'both') k += 1
  else return i
  return PAIR_NOUNS.has(tokens[k]?.lower ?? '') ? k + 1 : k
}

/** Whether token `k` (past adverbs: "both also said") is a verb: a cue, a past form, or one of VERBS. */
function verbAt(tokens: readonly Token[], k: number): boolean {
  while (tokens[k] && tokens[k].text === tokens[k].lower && isVerbAdverb(tokens[k])) k++
  const t = tokens[k]
  if (!t?.word || t.text !== t.lower) return false
  return (
    VERBS.has(t.lower) || /[^e]ed$/u.test(t.lower) || cueAt(tokens, k) !== null || claimantCueAt(tokens, k) !== null
  )
}

/**
 * The two people the sentence before was `claimed` by, or else the two people `registry`
 * met last, as one subject of several named "A and B" (the earlier first) with `mention` for its words, when both
 * their surnames are in `before` (the text just before); null otherwise.
 */
export function pairSubject(
  registry: SpeakerRegistry,
  mention: TextRange,
  before: string,
  claimed: Claimant | undefined
): Subject | null {
  // "Trump and Clinton have criticized the move. Both have promised …": the two the sentence before was claimed by.
  if (claimed && twoNamed(claimed, registry)) return several(claimed.name, mention)
  const people = registry.lastNamed(2)
  if (people.length < 2 || !people.every((p) => before.includes(surname(p.name)))) return null
  return several(`${people[1].name} and ${people[0].name}`, mention)
}

/** Whether a claimant is two people or bodies, both named: "Nia Okafor and Tom Reyes", not "Hale and other MPs". */
function twoNamed(claimant: Claimant, registry: SpeakerRegistry): boolean {
  const names = claimant.name.split(' and ')
  const read = claimantSubject(claimant, registry)
  return names.length === 2 && names.every((n) => /^\p{Lu}/u.test(n)) && (!read || severalPeople(read))
}

/** Several people named "A and B", at `mention`. */
function several(name: string, mention: TextRange): Subject {
  const subject: Subject = {
    kind: 'name',
    mention,
    name,
    nameWords: [],
    description: null,
    anonymous: false,
    plural: true,
    group: false
  }
  return withWritten(subject, undefined)
}

/** A sentence opening on a pronoun, which goes on about the people the one before it named. */
const PRONOUN_OPENING = /^\W*(?:He|She|They|His|Her|Their)\b/u

const surname = (name: string): string => name.split(' ').pop() ?? name

/**
 * The pair a sentence's subject is (`tokens`; `claimed` as for pairSubject), entered in `registry` as several
 * people met last, the antecedent of a later "they"; null when its subject is no pair. `before`: the one or two
 * sentences before it. The two must be named in the sentence just before, or in the one before that when the
 * sentence between opens on a pronoun ("Hale took offense when Reyes … He later … In the excerpt, the two …").
 */
export function enterPair(
  text: string,
  tokens: readonly Token[],
  registry: SpeakerRegistry,
  before: readonly TextRange[],
  claimed: Claimant | undefined
): Subject | null {
  const phrase = pairPhrase(tokens)
  const last = before[before.length - 1]
  if (!phrase || !last) return null
  const from = before.length > 1 && PRONOUN_OPENING.test(text.slice(last.start, last.end)) ? before[0] : last
  const pair = pairSubject(registry, phrase, text.slice(from.start, last.end), claimed)
  if (pair) registry.resolve(pair)
  return pair || null
}

/** `subject` read as a sentence's subject, or the pair when it is the pair's words. */
export function asPair(subject: Subject, pair: Subject | null): Subject {
  return pair && subject.mention.start === pair.mention.start
    ? subjectShaped({ ...pair, mention: subject.mention })
    : subject
}
