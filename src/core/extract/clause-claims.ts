/**
 * One sentence, two claimants: a sentence joining two attributions by different people is proposed as one claim
 * per attribution, each with its own claimant, so that each can be checked, sourced and given a status.
 *
 *   Hale said the pier would stay open, and Ruiz added that the fees would rise.
 *     → "Hale said the pier would stay open" (Hale, said) · "Ruiz added that the fees would rise." (Ruiz, added)
 *   The mayor backs the levy; the union opposes it.      → the mayor (backs) · the union (opposes)
 *   Hale said the fees would rise, while Ruiz argued …   → Hale (said) · Ruiz (argued)
 *
 * Cut only at a clear boundary: a semicolon, or a comma before "and", "but", "while" or "whereas", where the
 * clause after it opens on its own subject followed by its own cue (a speech, belief or stance verb) and that
 * subject is someone other than the clause before's. Left whole: one attribution ("Hale said the pier would stay
 * open, and the fees would rise"), the same person again ("…, and she added …" when she is Hale), a nested one
 * ("Hale said Ruiz believes …", "…, and that Ruiz believes …": no subject opens the clause), a clause whose subject
 * names no one the reader can find.
 */
import type { Claimant } from '../../shared/article'
import type { TextRange } from './sentences'
import type { Token } from './tokens'
import type { SpeakerRegistry } from './speakers'
import { readClaimant } from './claimants'
import { genderOf, pronounGender } from './gender'
import { CUE_FIRST_WORDS } from './speech-cues'
import { CUE_FIRST } from './claimant-cues'
import { trimRange } from './char-classes'

/** A clause of a sentence proposed as a claim of its own, with its claimant. */
export interface ClausePart extends TextRange {
  claimant: Claimant
}

/** After a comma, the words that may open a second attribution ("…, while Ruiz argued …"). */
const JOINERS = new Set(['and', 'but', 'while', 'whereas'])
/** Boundaries tried in one sentence: a sentence of many clauses is a list, not two attributions. */
const MAX_BOUNDARIES = 4
/** Tokens a clause's subject may take between its start and its cue ("The harbour board's new chair, Ada Ruiz, said"). */
const MAX_SUBJECT_TOKENS = 12

interface Boundary {
  /** Where the clause before it ends (the comma or semicolon). */
  end: number
  /** Token index where the clause after it starts (after the joiner). */
  next: number
}

/** The places the sentence may be cut: a semicolon, or a comma and a joiner, with words after them. */
function boundaries(tokens: readonly Token[]): Boundary[] {
  const found: Boundary[] = []
  for (let i = 1; i < tokens.length - 2 && found.length <= MAX_BOUNDARIES; i++) {
    const t = tokens[i]
    if (t.text === ';') {
      // "…; but Ruiz said …": a joiner after the semicolon opens the clause too.
      const next = JOINERS.has(tokens[i + 1].lower) ? i + 2 : i + 1
      if (tokens[next]?.word) found.push({ end: t.start, next })
    } else if (t.text === ',' && JOINERS.has(tokens[i + 1].lower) && tokens[i + 2].word)
      found.push({ end: t.start, next: i + 2 })
  }
  return found.length > MAX_BOUNDARIES ? [] : found
}

/**
 * The sentence's clauses when it joins attributions by different people, the first claimed by `whole` (the
 * sentence's claimant, whose mention and cue must lie in it); null when the sentence stays one claim.
 */
export function clauseParts(
  text: string,
  sentence: TextRange,
  tokens: readonly Token[],
  registry: SpeakerRegistry,
  whole: Claimant | null
): ClausePart[] | null {
  if (!whole?.cue) return null
  const cuts = boundaries(tokens)
  if (cuts.length === 0) return null
  const parts: ClausePart[] = [{ start: sentence.start, end: sentence.end, claimant: whole }]
  for (const [n, cut] of cuts.entries()) {
    const current = parts[parts.length - 1]
    // The sentence's own claimant must be read before the first cut ("…, and Ruiz added" may not claim it all).
    if (parts.length === 1 && (whole.cue.end > cut.end || whole.mention.start < sentence.start)) return null
    if (current.claimant.cue && current.claimant.cue.end > cut.end) continue
    const start = tokens[cut.next].start
    const end = n + 1 < cuts.length ? cuts[n + 1].end : sentence.end
    const claimant = openingAttribution(text, { start, end }, tokens, cut.next, registry, current.claimant)
    if (!claimant || sameClaimant(claimant, current.claimant)) continue
    current.end = trimRange(text, current.start, cut.end)[1]
    parts.push({ start, end: sentence.end, claimant })
  }
  return parts.length > 1 ? parts : null
}

/** The clause's claimant when its subject opens it and its cue follows the subject; null otherwise. */
function openingAttribution(
  text: string,
  clause: TextRange,
  tokens: readonly Token[],
  first: number,
  registry: SpeakerRegistry,
  before: Claimant
): Claimant | null {
  // Most clauses after ", and" hold no cue near their start: one look-up a word turns them away unread.
  const near = tokens.slice(first, first + MAX_SUBJECT_TOKENS + 1)
  if (!near.some((t) => CUE_FIRST_WORDS.has(t.lower) || CUE_FIRST.has(t.lower))) return null
  const claimant = readClaimant(text, clause, registry)
  if (!claimant?.cue || claimant.mention.start !== clause.start) return null
  if (!otherPerson(claimant, before)) return null
  if (claimant.cue.start < claimant.mention.end) return null
  const upToCue = tokens.slice(first).findIndex((t) => t.start >= claimant.cue!.start)
  return upToCue >= 0 && upToCue <= MAX_SUBJECT_TOKENS ? claimant : null
}

/** Two readings naming the same person or body: one name's words all in the other's ("Hale", "Ann Hale"). */
function sameClaimant(a: Claimant, b: Claimant): boolean {
  const words = (name: string) => name.toLowerCase().split(/\s+/u)
  const [x, y] = [words(a.name), words(b.name)]
  const within = (some: string[], all: string[]) => some.every((w) => all.includes(w))
  return within(x, y) || within(y, x)
}

/**
 * Whether a clause's subject is someone other than the clause before's: a name or description not the same
 * ("Hale", "Ann Hale"); a pronoun only when it cannot stand for the subject before ("He proposes …; she backs …"),
 * as "Hale said …, but he argued …" is most often Hale again, whoever the registry last met.
 */
function otherPerson(claimant: Claimant, before: Claimant): boolean {
  if (sameClaimant(claimant, before)) return false
  const word = claimant.mention.text.toLowerCase()
  if (!PRONOUNS.has(word)) return true
  const pronoun = pronounGender(word)
  const earlier = pronounGender(before.mention.text.toLowerCase()) ?? genderOf(before.name, null)
  return pronoun !== null && earlier !== null && pronoun !== earlier
}
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you'])
