/**
 * One sentence, two attributions: a sentence joining two attributions by different people, or by one person the
 * second clause names by a pronoun, is proposed as one claim per attribution, each with its own claimant, so that
 * each can be checked, sourced and given a status.
 *
 *   Hale said the pier would stay open, and Ruiz added that the fees would rise.
 *     → "Hale said the pier would stay open" (Hale, said) · "Ruiz added that the fees would rise." (Ruiz, added)
 *   The mayor backs the levy; the union opposes it.      → the mayor (backs) · the union (opposes)
 *   Hale said the fees would rise, while Ruiz argued …   → Hale (said) · Ruiz (argued)
 *   While Hale said the fees would rise, Ruiz argued …   → Hale (said) · Ruiz (argued)
 *   Hale said the fees would rise, but she argued …      → Hale (said) · Hale, named "she" (argued)
 *
 * Cut only at a clear boundary: a semicolon, or a comma before "and", "but", "while", "whereas", "though" or
 * "although", where the clause after it opens on its own subject followed by its own cue (a speech, belief or
 * stance verb) and that subject is someone other than the clause before's or a pronoun (the same person again,
 * named where that clause names them, as a checker reads it); or the comma closing an opening
 * "While/Although/When/After/As …" clause that holds the sentence's own attribution, unless that clause names only
 * the source ("As the Herald reported, …"). Left whole: one attribution ("Hale said the pier would stay open, and
 * the fees would rise"), the same person named again ("…, and Hale added …"), a nested one ("Hale said Ruiz
 * believes …", "…, and that Ruiz believes …": no subject opens the clause), a clause whose subject names no one
 * the reader can find.
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
import { focusWordAt } from './subject-words'

/** A clause of a sentence proposed as a claim of its own, with its claimant. */
export interface ClausePart extends TextRange {
  claimant: Claimant
}

/** After a comma, the words that may open a second attribution: "…, while Ruiz argued …", "…, though Ruiz insists". */
const JOINERS = new Set(['and', 'but', 'while', 'whereas', 'though', 'although'])
/**
 * Words opening a sentence with a clause set against the main one or before it in time: "While Hale said …, Ruiz
 * argued …", "When the moderator noted …, Hale said …".
 */
const OPENERS = new Set([
  'while',
  'although',
  'though',
  'whereas',
  'when',
  'as',
  'after',
  'before',
  'since',
  'once',
  'because'
])
/** Boundaries tried in one sentence: a sentence of many clauses is a list, not two attributions. */
const MAX_BOUNDARIES = 4
/** Commas tried as the end of an opening "While …" clause ("While Hale said X, given Y, Ruiz argued …"). */
const MAX_OPENING_COMMAS = 4
/** Tokens a clause's subject may take between its start and its cue ("The harbour board's new chair, Ada Ruiz, said"). */
const MAX_SUBJECT_TOKENS = 12

interface Boundary {
  /** Where the clause before it ends (the comma or semicolon). */
  end: number
  /** Token index where the clause after it starts (after the joiner). */
  next: number
  /** A comma that may close the sentence's opening "While …" clause: tried until one opens an attribution. */
  opening?: boolean
}

/** The places the sentence may be cut: a semicolon, or a comma and a joiner, with words after them. */
function boundaries(tokens: readonly Token[]): Boundary[] {
  const found: Boundary[] = []
  // "While Hale said …, Ruiz argued …": which comma closes the opening clause is read by the clause after it.
  let opening = OPENERS.has(tokens.find((t) => t.word)?.lower ?? '')
  const openings: Boundary[] = []
  for (let i = 1; i < tokens.length - 2 && found.length <= MAX_BOUNDARIES; i++) {
    const t = tokens[i]
    if (t.text === ';') {
      opening = false
      // "…; but Ruiz said …": a joiner after the semicolon opens the clause too.
      const next = JOINERS.has(tokens[i + 1].lower) ? i + 2 : i + 1
      if (tokens[next]?.word) found.push({ end: t.start, next })
    } else if (t.text === ',' && JOINERS.has(tokens[i + 1].lower) && tokens[i + 2].word) {
      opening = false
      found.push({ end: t.start, next: i + 2 })
    } else if (opening && t.text === ',' && tokens[i + 1].word) {
      openings.push({ end: t.start, next: i + 1, opening })
      opening = openings.length < MAX_OPENING_COMMAS
    }
  }
  // The opening clause's commas come before every other boundary: they are the clause's own.
  return found.length > MAX_BOUNDARIES ? [] : [...openings, ...found]
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
    // An opening clause's comma before its cue ("While Hale, the mayor, said …"), or after the clause was cut.
    if (cut.opening && (parts.length > 1 || whole.cue.end > cut.end)) continue
    // "As the Herald reported, the council …", "As reported by the Herald, …": a clause saying nothing but who
    // reported is the source of the main clause, not a claim beside it.
    if (cut.opening && parts.length === 1 && !wordBetween(tokens, Math.max(whole.cue.end, whole.mention.end), cut.end))
      break
    // The sentence's own claimant must be read before the first cut ("…, and Ruiz added" may not claim it all).
    if (parts.length === 1 && (whole.cue.end > cut.end || whole.mention.start < sentence.start)) return null
    if (current.claimant.cue && current.claimant.cue.end > cut.end) continue
    const start = tokens[cut.next].start
    // The clause runs to the next boundary not itself a candidate end of the opening clause.
    const end = cuts.slice(n + 1).find((later) => !later.opening)?.end ?? sentence.end
    const claimant = openingAttribution(text, { start, end }, tokens, cut.next, registry, current.claimant)
    if (!claimant) continue
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
  // "…, while only 49 percent of landlords say …": a focus word before the subject is no part of it.
  const opens = focusWordAt(tokens, first, tokens.length) ? tokens[first + 1].start : clause.start
  if (!claimant?.cue || (claimant.mention.start !== clause.start && claimant.mention.start !== opens)) return null
  // "Hale said …, but he argued …": the same person again, named here by a pronoun, makes a claim of their own,
  // the pronoun its mention, under the name the clause before gave them; named again ("…, and Hale added"),
  // the sentence stays whole (cut too, train read 3 right claimants fewer, each now in a dropped clause).
  // "A survey found that 44% would blame Republicans, while 39% would blame Democrats": a share of people after a
  // finding is more of what was found, the survey's, not a claim of the 39%.
  if (before.cue && FINDINGS.has(text.slice(before.cue.start, before.cue.end).toLowerCase()) && share(claimant))
    return null
  const other = otherPerson(claimant, before)
  if (!other && !PRONOUNS.has(claimant.mention.text.toLowerCase())) return null
  if (claimant.cue.start < claimant.mention.end) return null
  const upToCue = tokens.slice(first).findIndex((t) => t.start >= claimant.cue!.start)
  if (upToCue < 0 || upToCue > MAX_SUBJECT_TOKENS) return null
  return other ? claimant : { ...claimant, name: before.name }
}

/** Cues by which a document reports what it found: the shares after them are its own. */
const FINDINGS = new Set(['found', 'finds', 'show', 'shows', 'showed', 'shown', 'suggest', 'suggests', 'suggested'])
/** "39%", "only 12 percent of tenants", "a third", "half of those asked", "most": a share of the people asked. */
const SHARE_RE =
  /^(?:(?:about|around|nearly|almost|roughly|only|just|some|over|under|more than|less than|fewer than) )?(?:\p{N}|half\b|a (?:third|quarter|fifth|majority|minority|plurality)\b|two-thirds|three-quarters|most\b)/iu
const share = (claimant: Claimant): boolean => SHARE_RE.test(claimant.mention.text)

/** Whether a word stands between offsets `from` and `to`. */
const wordBetween = (tokens: readonly Token[], from: number, to: number): boolean =>
  tokens.some((t) => t.word && t.start >= from && t.end <= to)

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
