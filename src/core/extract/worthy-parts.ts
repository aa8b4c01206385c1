/**
 * Which clauses of a sentence cut between attributions (clause-claims.ts) are proposed as claims. A claim has one
 * claimant: a clause whose claimant is someone other than the clause's before it is kept as a claim of its own,
 * whatever its own score, so that a checker never sees one person's claim under another's name ("The council said
 * the levy would raise £2m, which hoteliers said was a fantasy"). The sentence itself is check-worthy (extract.ts
 * asks it first), so no claim comes from a sentence that was not proposed whole. A clause of the same claimant
 * again, named by its own subject with its own cue ("…, and she argued …", "…, which he believes will …"), is kept
 * as its own claim too when it says something of its own (ownStatement): a checker marks each statement true or false
 * on its own, and one joined to the clause before it would be named by that clause's mention and cue, not its own.
 */
import type { Claimant } from '../../shared/article'
import type { ClausePart } from './clause-claims'
import type { TextRange } from './sentences'
import { scoreInAndOutOfQuotes, type CheckWorthinessContext } from '../checkworthiness/checkworthiness'
import { sameClaimant } from './clause-persons'
import { packedMap } from '../packed-map'
import { ANONYMITY_PHRASES } from './speaker-nouns'

/** A kept clause: its range, its claimant, its score and the reasons for it. */
export interface KeptPart extends TextRange {
  claimant: Claimant
  score: number
  reasons: string[]
}

/**
 * A clause, or clauses joined back into one, with its scoring (null once joined: scored again below). Every group and
 * every kept part is written as one literal: a spread of a part (`{ ...part, end }`) gave the object a hidden class of
 * its own, and optimised code that had seen the others was thrown away at the first one (V8 "wrong map").
 */
interface Group extends TextRange {
  claimant: Claimant
  scored: Scored | null
}

/** How a clause scores, in and out of quotes. */
type Scored = ReturnType<typeof scoreInAndOutOfQuotes>

/** What the three steps below read: the sentence's text and how it is scored. */
interface Scoring {
  text: string
  lowerCased: (start: number, end: number) => string
  context: CheckWorthinessContext
  threshold: number
  /** Where the sentence's first clause starts when it opens inside a quote (scored as quoted words), else -1. */
  quotedStart: number
}

/**
 * The clauses kept as claims, scored as a sentence of their block is: outside quotes, but the first as quoted words
 * when the sentence opens inside a quote (`opensInQuote`). Empty when the sentence stays one claim.
 *
 * Three steps of their own (scoring, joining, keeping), each small: this runs for some 170 sentences a pass over 300
 * articles, and V8 optimises a function once it has run as many bytes of its bytecode as its length asks for. As one
 * function it reached that in the third timed pass of news-speed, and that compile (60 ms and more, as it took in
 * the scorer) fell in the median; each step alone stays below the count.
 */
export function worthyParts(
  text: string,
  lowerCased: (start: number, end: number) => string,
  parts: readonly ClausePart[],
  context: CheckWorthinessContext,
  threshold: number,
  opensInQuote: boolean
): KeptPart[] {
  const scoring: Scoring = { text, lowerCased, context, threshold, quotedStart: opensInQuote ? parts[0].start : -1 }
  // Each clause is scored once, its reasons' parts built whatever its score (reasonsFrom -Infinity): a clause of
  // someone else's is kept below the threshold too, and was scored a second time (a joined one a third) for them.
  const scores = packedMap(parts, (part) => scoreOf(scoring, part))
  const groups = joinedGroups(scoring, parts, scores)
  // Joined back into one: the sentence whole, claimed as a sentence is. One array, built by push, whatever is kept:
  // extract.ts reads every answer in one optimised loop.
  const kept: KeptPart[] = []
  if (groups.length > 1) keepGroups(scoring, groups, kept)
  return kept
}

function scoreOf(scoring: Scoring, range: TextRange): Scored {
  const { start, end } = range
  return scoreInAndOutOfQuotes(
    scoring.text.slice(start, end),
    scoring.context,
    -Infinity,
    scoring.lowerCased(start, end)
  )
}

/** A clause's score: as quoted words when the sentence opens inside a quote and the clause is its first. */
function valueOf(scoring: Scoring, range: TextRange, scored: Scored): number {
  return range.start === scoring.quotedStart ? scored.inside() : scored.outside
}

/**
 * "…, which critics said was unlawful" (someone else) and "…, which she said lowered costs" (the same claimant again,
 * a statement of her own) are not joined back when either clause is not check-worthy; "…, after Ruiz warned."
 * (nothing of Ruiz's own to check) and "Hale, who spoke on condition of anonymity, said …" (only how she was quoted)
 * are.
 */
function joinedGroups(scoring: Scoring, parts: readonly ClausePart[], scores: readonly Scored[]): Group[] {
  const groups: Group[] = []
  for (let n = 0; n < parts.length; n++) {
    const part = parts[n]
    const last = groups.length > 0 ? groups[groups.length - 1] : undefined
    const joined =
      part.attached &&
      last &&
      !(worthy(scoring, parts, scores, n) && worthy(scoring, parts, scores, n - 1)) &&
      !(sameClaimant(part.claimant, last.claimant)
        ? bothStatements(scoring, parts, scores, n)
        : ownContent(scoring.text, part, part.claimant))
    if (!joined || !last) groups.push({ start: part.start, end: part.end, claimant: part.claimant, scored: scores[n] })
    else {
      last.end = part.end
      last.scored = null // scored again below
    }
  }
  return groups
}

/**
 * Whether clause `n` and the one before it, of the same claimant, are each a statement of their own: "Hale, who spoke
 * on condition of anonymity, said …" is joined back whole, not left a claim opening on "said".
 */
function bothStatements(scoring: Scoring, parts: readonly ClausePart[], scores: readonly Scored[], n: number): boolean {
  const before = parts[n - 1]
  const part = parts[n]
  return (
    ownStatement(scoring, part, part.claimant, valueOf(scoring, part, scores[n])) &&
    ownStatement(scoring, before, before.claimant, valueOf(scoring, before, scores[n - 1]))
  )
}

function worthy(scoring: Scoring, parts: readonly ClausePart[], scores: readonly Scored[], n: number): boolean {
  return valueOf(scoring, parts[n], scores[n]) >= scoring.threshold
}

/**
 * Pushes to `kept` the groups kept: check-worthy, someone else's than the group's before or after with words of
 * their own, or the same claimant's with a statement of their own. (One array for every answer, made by worthyParts,
 * empty or not: see extract.ts.)
 */
function keepGroups(scoring: Scoring, groups: readonly Group[], kept: KeptPart[]): void {
  // The loop scores, keepGroup keeps: as one function it was compiled in the last timed pass of news-speed; each
  // half alone runs too few bytes a pass to reach the count V8 compiles at. Kept over 81 bytes of bytecode (valueOf
  // called here): under that V8 compiles a function at its first tick, which this loop reached in the third pass.
  for (let n = 0; n < groups.length; n++) {
    const group = groups[n]
    const scored = group.scored ?? scoreOf(scoring, group)
    keepGroup(scoring, groups, n, scored, valueOf(scoring, group, scored), kept)
  }
}

/** Pushes group `n` of `groups` to `kept` when it is kept (keepGroups), scored `partScore` (read from `scored`). */
function keepGroup(
  scoring: Scoring,
  groups: readonly Group[],
  n: number,
  scored: Scored,
  partScore: number,
  kept: KeptPart[]
): void {
  const group = groups[n]
  const { text } = scoring
  if (
    partScore >= scoring.threshold ||
    (ownClaimant(groups, n)
      ? ownContent(text, group, group.claimant)
      : ownStatement(scoring, group, group.claimant, partScore))
  ) {
    const { start, end, claimant } = group
    const reasons = scored.withReasons(group.start === scoring.quotedStart).reasons
    kept.push({ start, end, claimant, score: partScore, reasons })
  }
}

/** Whether a group's claimant is not the one of the group before it or after it. */
function ownClaimant(groups: readonly Group[], n: number): boolean {
  return (
    (n > 0 && !sameClaimant(groups[n].claimant, groups[n - 1].claimant)) ||
    (n + 1 < groups.length && !sameClaimant(groups[n].claimant, groups[n + 1].claimant))
  )
}

/** Words of a clause besides who says it, the verb saying it and the words it quotes. */
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu
/** Quoted words, and those before a closing mark with no opening one (a sentence opening inside a quote). */
const QUOTED_RE = /“[^“”]*”|"[^"]*"|^[^“”]*”/gu

/**
 * Whether a clause says something of its own besides its claimant, its cue and the words it quotes (a quote is an
 * item of its own): "“Quiet,” he demanded" or a bare "he said" is no claim.
 */
function ownContent(text: string, part: TextRange, claimant: Claimant): boolean {
  const blank = (s: string, from: TextRange | null) =>
    from && from.start >= part.start && from.end <= part.end
      ? s.slice(0, from.start - part.start) + ' '.repeat(from.end - from.start) + s.slice(from.end - part.start)
      : s
  const unquoted = blank(blank(text.slice(part.start, part.end), claimant.mention), claimant.cue).replace(
    QUOTED_RE,
    ' '
  )
  return (unquoted.match(WORD_RE)?.length ?? 0) >= MIN_CONTENT_WORDS
}
const MIN_CONTENT_WORDS = 1

/**
 * Whether a clause of the same claimant as its neighbours, scored `score`, is a statement of their own: words of its
 * own (ownContent) scored above a low bar, and neither only how the speaker was quoted ("…, who spoke on condition of
 * anonymity", "…, who declined to be identified") nor a time set before the main clause ("When she was touring the
 * port, she said …": when, not what).
 */
function ownStatement(scoring: Scoring, part: TextRange, claimant: Claimant, score: number): boolean {
  const { text } = scoring
  if (score < scoring.threshold * LOW_BAR_SHARE) return false
  const words = text.slice(part.start, part.end)
  if (TIME_OPENING_RE.test(words)) return false
  const lower = words.toLowerCase()
  return !SOURCING_PHRASES.some((phrase) => lower.includes(phrase)) && ownContent(text, part, claimant)
}
/**
 * The low bar, as a share of the claim threshold (0.045 at the default 0.362; lower when a checker lowers the
 * threshold to see more): a clause the check-worthiness model all but rules out, a formula ("…; she said thank
 * you", 0.02) or a fragment, is no statement to check. Set by hand, not fitted, well under a plain reported
 * statement's score alone ("…, but he said the talks should wait until May": 0.11).
 */
const LOW_BAR_SHARE = 0.125
/** A clause opening on a word of time, after a joiner or a word leading it at most ("But even as …"). */
const TIME_OPENING_RE =
  /^(?:(?:but|and|yet),?\s+)?(?:(?:even|shortly|soon|just|right|long|only|immediately|moments)\s+)?(?:when|whenever|as|after|before|once|since|until)\s/iu
/** How a source was quoted, not what they said: the anonymity phrases but the adjectives ("anonymous donors gave"). */
const SOURCING_PHRASES = ANONYMITY_PHRASES.filter((phrase) => phrase.includes(' ') || phrase === 'anonymity')
