/**
 * What the prose reader (prose-speakers.ts) asks of one sentence before it lets the sentence's speech subject claim
 * it or enter the registry: does a first name introduce someone ("Her daughter, Claire, said"), does the attribution
 * close the sentence ("…, a Chinese official said, adding that …"), does another cue come before it.
 */
import type { TextRange } from './sentences'
import type { Token } from './tokens'
import { cueAt } from './speech-cues'
import type { Subject } from './subjects'
import { spelledAsNoun } from './cue-nouns'
import { claimantCueAt } from './claimant-cues'
import { isKnownFirstName } from './gender'
import { classifyDescription } from './speaker-lexicon'
import { trailingAttribution } from './trailing-claimants'
import { closingAccordingTo } from './according-to'
import { questionOpening } from './yielding-cues'
import { putsQuestion } from './prose-mentions'

/** "Her daughter, Claire": a known first name alone, with a description of a person in apposition. */
export function introducedBy(subject: Subject): boolean {
  const [first] = subject.nameWords
  return first !== undefined && isKnownFirstName(first) && classifyDescription(subject.description ?? '').person
}

/**
 * "…, a Chinese official said, adding that …": a subject and its verb after a comma, with nothing after the verb
 * but whom and when it was said or a participle going on with it, close the sentence as the outer attribution.
 */
export function closes(tokens: readonly Token[], mention: TextRange, cue: TextRange): boolean {
  const start = tokens.findIndex((t) => t.start === mention.start)
  if (start < 1 || tokens[start - 1].text !== ',' || mention.end > cue.start) return false
  const next = tokens.findIndex((t) => t.start >= cue.end)
  if (next < 0 || (tokens[next].text === ',' && /^[a-z]+ing$/u.test(tokens[next + 1]?.text ?? ''))) return true
  // "…, Sen. Ruth Hale told the Herald on Thursday.": whom and when, and nothing said after it.
  const rest = tokens.slice(next)
  return rest.length <= MAX_TAIL_TOKENS && !rest.some((t, k) => t.lower === 'that' || cueAt(tokens, next + k))
}
/** Longest stretch after a closing attribution's verb: "told The Harbour Herald on Thursday night." */
const MAX_TAIL_TOKENS = 8

/** Forms of "be" before an -ing form that make it a verb of its clause: "has been warning", "are urging". */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'be', "'s", "'re", '’s', '’re'])

/**
 * Whether a verb of saying or a claimant verb starts before offset `at`: "Some believe …" before "… shows". Not a
 * speech event or a participle, whose claimant is the clause's subject the speaker reading found ("Moments
 * earlier, in his opening remarks, Trump said", "Adopting the report, the board ruled").
 */
export function cueBefore(tokens: readonly Token[], at: number, subjectStart = at): boolean {
  for (let i = 0; i < tokens.length && tokens[i].end <= at; i++) {
    const found = cueAt(tokens, i) ?? claimantCueAt(tokens, i)
    if (!found) continue
    // "…, saying": a participle is no cue of its own; "has been warning" is, after a form of "be", and so is one hung
    // on the clause before it when the speaker is in a clause set after it ("Hale spoke for an hour, denouncing the
    // board after Ruiz said …": Hale's, first in reading order, as "Hale denounced the board after Ruiz said …" is).
    const progressive = BE_FORMS.has(tokens[found.first - 1]?.lower ?? '')
    if (found.kind !== 'verb' && !(found.kind === 'participle' && progressive)) continue
    const ing = /ing$/u.test(tokens[found.first].lower)
    if (ing && !progressive && !hungBeforeSubordinate(tokens, found.first, subjectStart)) continue
    if (!(found.first === found.last && spelledAsNoun(tokens, i, false))) return true
  }
  return false
}

/**
 * "…, forcefully denouncing the board after Ruiz said …": the participle at token `k` follows a comma (an adverb
 * between at most) after a clause of its own, and the speaker's subject, starting at `subjectStart`, opens a clause
 * set after it by "after", "when", "because" … (a subordinator right before the subject).
 */
function hungBeforeSubordinate(tokens: readonly Token[], k: number, subjectStart: number): boolean {
  const comma = tokens[k - 1]?.text === ',' ? k - 1 : /ly$/u.test(tokens[k - 1]?.lower ?? '') ? k - 2 : -1
  if (comma < 2 || tokens[comma].text !== ',') return false
  const subject = tokens.findIndex((t) => t.start === subjectStart)
  return subject > k + 1 && SUBORDINATORS.has(tokens[subject - 1].lower)
}
/** Words opening a clause set after the main one, in time or as its reason. */
const SUBORDINATORS = new Set(['after', 'when', 'because', 'before', 'since', 'until', 'once', 'as', 'while'])

/**
 * Whether the speaker read at `subject` and `cue` claims the sentence: "Some believe the push in Florida shows …"
 * has a cue before the speaker's, read first (claimants.ts), unless the speaker's closes the sentence as the outer
 * attribution ("Hale told aides …, the source added.": the closing one is the claim's). When the sentence's
 * claimant is wanted, "Hale said he would sack the coach, according to press reports." is the closing source's.
 * A question put ("When Hale asked Ortiz how …") yields to the main clause.
 */
export function speakerClaimsFirst(
  text: string,
  tokens: readonly Token[],
  subject: Subject,
  cue: TextRange,
  wanted: boolean
): boolean {
  const outer = wanted ? trailingAttribution(text, tokens) : null
  return (
    (outer
      ? outer.cue.start === cue.start
      : closes(tokens, subject.mention, cue) || !cueBefore(tokens, cue.start, subject.mention.start)) &&
    !(wanted && closingAccordingTo(text, tokens, true)) &&
    !(putsQuestion(text, cue) && questionOpening(tokens, tokenAt(tokens, cue.start)))
  )
}

/** The index of the token starting at `start` (a cue's first word): looked for only after a question verb. */
export function tokenAt(tokens: readonly Token[], start: number): number {
  return tokens.findIndex((t) => t.start === start)
}
