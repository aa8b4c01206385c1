/**
 * Which clauses of a sentence cut between attributions (clause-claims.ts) are proposed as claims. A claim has one
 * claimant: a clause whose claimant is someone other than the clause's before it is kept as a claim of its own,
 * whatever its own score, so that a checker never sees one person's claim under another's name ("The council said
 * the levy would raise £2m, which hoteliers said was a fantasy"). The sentence itself is check-worthy (extract.ts
 * asks it first), so no claim comes from a sentence that was not proposed whole. Clauses of the same claimant are
 * kept only when check-worthy on their own words, and a clause set on the one before it is joined back to it unless
 * both are.
 */
import type { Claimant } from '../../shared/article'
import type { ClausePart } from './clause-claims'
import type { TextRange } from './sentences'
import { scoreInAndOutOfQuotes, type CheckWorthinessContext } from '../checkworthiness/checkworthiness'
import { sameClaimant } from './clause-persons'
import { packedMap } from '../packed-map'

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
  scored: ReturnType<typeof scoreInAndOutOfQuotes> | null
}

/**
 * The clauses kept as claims, scored as a sentence of their block is: outside quotes, but the first as quoted words
 * when the sentence opens inside a quote (`opensInQuote`). Empty when the sentence stays one claim.
 */
export function worthyParts(
  text: string,
  lowerCased: (start: number, end: number) => string,
  parts: readonly ClausePart[],
  context: CheckWorthinessContext,
  threshold: number,
  opensInQuote: boolean
): KeptPart[] {
  // Each clause is scored once, its reasons' parts built whatever its score (reasonsFrom -Infinity): a clause of
  // someone else's is kept below the threshold too, and was scored a second time (a joined one a third) for them.
  const score = (range: TextRange) =>
    scoreInAndOutOfQuotes(text.slice(range.start, range.end), context, -Infinity, lowerCased(range.start, range.end))
  const quoted = (part: TextRange) => opensInQuote && part.start === parts[0].start
  const value = (part: TextRange, scored: ReturnType<typeof score>) => (quoted(part) ? scored.inside() : scored.outside)
  const scores = packedMap(parts, (part) => score(part))
  const worthy = packedMap(scores, (scored, n) => value(parts[n], scored) >= threshold)
  // "…, which she said lowered costs": the same claimant again is joined back unless both clauses are check-worthy;
  // "…, which critics said was unlawful" (someone else) never is, but "…, after Ruiz warned." (nothing of Ruiz's own
  // to check) is.
  const groups: Group[] = []
  for (const [n, part] of parts.entries()) {
    const last = groups.length > 0 ? groups[groups.length - 1] : undefined
    const joined =
      part.attached &&
      last &&
      !(worthy[n] && worthy[n - 1]) &&
      (sameClaimant(part.claimant, last.claimant) || !ownContent(text, part, part.claimant))
    if (!joined || !last) groups.push({ start: part.start, end: part.end, claimant: part.claimant, scored: scores[n] })
    else {
      last.end = part.end
      last.scored = null // scored again below
    }
  }
  // Joined back into one: the sentence whole, claimed as a sentence is. One array, built by push, whatever is kept:
  // extract.ts reads every answer in one optimised loop.
  const kept: KeptPart[] = []
  if (groups.length === 1) return kept
  const claimants = packedMap(groups, (group) => group.claimant)
  const ownClaimant = (n: number) =>
    (n > 0 && !sameClaimant(claimants[n], claimants[n - 1])) ||
    (n + 1 < claimants.length && !sameClaimant(claimants[n], claimants[n + 1]))
  for (const [n, group] of groups.entries()) {
    const scored = group.scored ?? score(group)
    const partScore = value(group, scored)
    if (partScore >= threshold || (ownClaimant(n) && ownContent(text, group, group.claimant))) {
      const { start, end, claimant } = group
      kept.push({ start, end, claimant, score: partScore, reasons: scored.withReasons(quoted(group)).reasons })
    }
  }
  return kept
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
