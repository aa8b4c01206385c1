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
 *   Hale blamed the board, which has claimed …           → Hale (blamed) · the board, named "which" (claimed)
 *
 * Cut only at a clear boundary: a semicolon (or a colon before a capital, not after a cue), or a comma before
 * "and", "but", "while", "whereas", "though", "although" or "even though", where the clause after it opens on its
 * own subject (after a word or short phrase of time at most: "…, but then he argued", "…; hours later, she warned"; a
 * name may follow a description of the person: "…, while union leader Tom Berg warned") followed by its own
 * cue (a speech, belief or stance verb) and that subject is someone other than the clause before's or a pronoun
 * (the same person again, named where that clause names them, as a checker reads it); or the comma closing an
 * opening "While/Although/When/After/As …" clause, or an opening phrase set on a relative clause ("Like other owners
 * who foresee a gain, Berg said …"), that holds the sentence's own attribution, unless that clause names only the
 * source ("As the Herald reported, …"). Left whole: one attribution ("Hale said
 * the pier would stay open, and the fees would rise"), the same person named again ("…, and Hale added …"), a
 * nested one ("Hale said Ruiz believes …", "…, and that Ruiz believes …": no subject opens the clause), a clause
 * whose subject names no one the reader can find.
 */
import type { Claimant } from '../../shared/article'
import type { TextRange } from './sentences'
import type { Token } from './tokens'
import type { SpeakerRegistry } from './speakers'
import { readClaimant } from './claimants'
import { opensOnProportion } from './quantity-subjects'
import { CUE_FIRST_WORDS, cueAt } from './speech-cues'
import { trimRange } from './char-classes'
import { focusWordAt } from './subject-words'
import { relativeReporter } from './relative-reports'
import { appositiveAgent } from './appositive-passives'
import { boundaries, type Boundary } from './clause-boundaries'
import { asideParts } from './aside-claims'
import { sourceOpening } from './opening-clauses'
import { shareAttribution } from './share-clauses'
import { otherPerson, PRONOUNS, sameClaimant, subordinateSpeaker } from './clause-persons'
import {
  commaBetween,
  cueNear,
  cueWithin,
  describedName,
  introEnd,
  MAX_SUBJECT_TOKENS,
  participle,
  participleIn,
  subjectWithin,
  wordBetween
} from './clause-openings'

/** A clause of a sentence proposed as a claim of its own, with its claimant. */
export interface ClausePart extends TextRange {
  claimant: Claimant
  /**
   * A clause set on the one before it ("…, which critics said was unlawful", "… after Ruiz warned …"): the two are
   * joined back when either is not check-worthy on its own words and the clause says nothing of its own
   * (worthy-parts.ts).
   */
  attached?: boolean
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
  whole: Claimant | null,
  quotes: readonly TextRange[] = []
): ClausePart[] | null {
  if (!whole?.cue) return null
  // A speaker's own words are theirs whole: no cut, and no claimant, inside a quote.
  const quoting = (at: number) => quotes.some((q) => q.start <= at && at < q.end)
  if (quoting(whole.mention.start) || quoting(whole.cue.start)) return null
  // "Barkley, who said he votes Labour, said …": the aside's attribution and the main clause's (aside-claims.ts).
  const aside = asideParts(text, sentence, tokens, registry, whole, quoting)
  if (aside) return aside
  const cuts = boundaries(tokens)
  if (cuts.length === 0) return null
  // `whole.cue` is read above: not null.
  const own = ownBefore(text, tokens, cuts, registry, whole as CuedClaimant)
  const parts: ClausePart[] = [{ start: sentence.start, end: sentence.end, claimant: own }]
  for (const [n, cut] of cuts.entries()) {
    const current = parts[parts.length - 1]
    // "''Fees are up, and so are sailings,'' said Okafor, who noted …": a comma in the quote cuts nothing.
    if (quoting(cut.end)) continue
    // An opening clause's comma before its cue ("While Hale, the mayor, said …"), or after the clause was cut.
    if (cut.opening && (parts.length > 1 || own.cue.end > cut.end)) continue
    // "As the Herald reported, the council …", "As reported by the Herald, …": an "As" clause saying nothing but who
    // reported is the source of the main clause, not a claim beside it ("Before the mayor announced it, …" is one);
    // nor is one with no subject of its own ("While saying …, he argued …").
    const bare = !wordBetween(tokens, Math.max(own.cue.end, own.mention.end), cut.end)
    if (cut.opening && parts.length === 1 && bare && (own.mention.end > cut.end || sourceOpening(tokens))) break
    // "Hale, who chairs the board, said …": a relative clause before the sentence's cue is its subject's aside.
    if (cut.relative && current.claimant.cue && current.claimant.cue.end > cut.end) continue
    // "As chair, Hale said …" or "… as Hale, who …, said": a subordinate clause before the cue is none of its own.
    if ((cut.subordinate || cut.share) && (own.cue.end > cut.end || own.mention.end > cut.end)) continue
    // "A survey found 44% back it, compared with 30% who say …", "In a Herald poll, 44% …": more of what the poll
    // found, its own claim (FINDINGS, below), not the share's.
    if (cut.share && POLL_CUES.has(text.slice(own.cue.start, own.cue.end).toLowerCase())) continue
    // "The levy was first floated in May and some councillors backed it, but …": a bare joiner before the sentence's
    // cue joins a clause with no attribution to the one holding it; the cuts after it may still hold.
    if (cut.bare && parts.length === 1 && own.cue.end > cut.end) continue
    // The sentence's own claimant must be read before the first cut ("…, and Ruiz added" may not claim it all).
    if (parts.length === 1 && (own.cue.end > cut.end || own.mention.start < sentence.start)) return null
    if (current.claimant.cue && current.claimant.cue.end > cut.end) continue
    const start = tokens[cut.next].start
    // The clause runs to the next boundary not itself a candidate end of the opening clause.
    const end = cuts.slice(n + 1).find((later) => !later.opening)?.end ?? sentence.end
    const reader = cut.relative ? relativeAttribution : cut.share ? shareAttribution : openingAttribution
    const claimant =
      cut.reporter !== undefined
        ? relativeReporter(text, { start, end }, tokens, cut.reporter, registry)
        : cut.appositive !== undefined
          ? appositiveAgent(text, { start, end }, tokens, cut.appositive, registry, current.claimant)
          : reader(text, { start, end }, tokens, cut.next, registry, current.claimant)
    if (!claimant || quoting(claimant.mention.start) || (claimant.cue && quoting(claimant.cue.start))) continue
    if (cut.subordinate && !subordinateSpeaker(tokens, claimant, current.claimant, cut)) continue
    // "… while secretary of state, saying …": after a bare joiner the cue follows its subject with no comma between.
    if (cut.bare && claimant.cue && commaBetween(tokens, start, claimant.cue.start)) continue
    current.end = trimRange(text, current.start, cut.end)[1]
    // A relative clause after the claim ("…, who have long backed her rivals") is cut only when both are worthy.
    const closing =
      cut.relative === true &&
      current.claimant.cue !== null &&
      current.claimant.cue.start > current.claimant.mention.start
    const attached =
      cut.reporter !== undefined ||
      cut.appositive !== undefined ||
      cut.subordinate === true ||
      cut.share === true ||
      closing
    parts.push({ start, end: sentence.end, claimant, ...(attached ? { attached } : {}) })
  }
  return parts.length > 1 ? parts : null
}

/**
 * "Hale said the board hid the cost, a charge the union has always denied.": the subject and verb of a relative clause
 * with no relative word read as the sentence's closing attribution are the relative clause's (cut there for them);
 * the clause before is claimed by whoever it reports, read on its own. `whole` when it names no one or no such
 * clause holds it: then the relative clause's claimant is the sentence's, as it reports no one else.
 */
function ownBefore(
  text: string,
  tokens: readonly Token[],
  cuts: readonly Boundary[],
  registry: SpeakerRegistry,
  whole: CuedClaimant
): CuedClaimant {
  const inner = cuts.find((cut) => cut.reporter !== undefined && tokens[cut.next].start <= whole.mention.start)
  if (!inner || cuts.some((cut) => cut.end < inner.end && !cut.opening)) return whole
  const read = readClaimant(text, { start: tokens[0].start, end: inner.end }, registry, tokens.slice(0, inner.next))
  return read?.cue && read.cue.end <= inner.end ? { ...read, cue: read.cue } : whole
}
type CuedClaimant = Claimant & { cue: NonNullable<Claimant['cue']> }

/** Reads the claimant of the clause opening at token `first`, after a clause claimed by `before`. */
type ClauseReader = (
  text: string,
  clause: TextRange,
  tokens: readonly Token[],
  first: number,
  registry: SpeakerRegistry,
  before: Claimant
) => Claimant | null

/** The clause's claimant when its subject opens it and its cue follows the subject; null otherwise. */
const openingAttribution: ClauseReader = (text, clause, tokens, first, registry, before) => {
  // This and openingRead are each kept under 81 bytes of bytecode, so that V8 compiles them early (a small function,
  // at its first tick) instead of late in a warm run; the checks, run only when a cue was read, stay too lukewarm
  // to be compiled at all (as one function, it was compiled in the fourth pass over 300 articles).
  return cueNear(tokens, first) || participleIn(tokens, first, clause.end)
    ? openingRead(text, clause, tokens, first, registry, before)
    : null
}

/** openingAttribution's claimant read, once a cue stands near the clause's opening. */
const openingRead: ClauseReader = (text, clause, tokens, first, registry, before) => {
  const claimant = readClaimant(text, clause, registry)
  return claimant?.cue ? openingClaimant(text, clause, tokens, first, before, claimant as CuedClaimant) : null
}

/** openingAttribution's checks of a `claimant` read with a cue from the clause opening at token `first`. */
function openingClaimant(
  text: string,
  clause: TextRange,
  tokens: readonly Token[],
  first: number,
  before: Claimant,
  claimant: CuedClaimant
): Claimant | null {
  // "…, while only 49 percent of landlords say …": a focus word before the subject is no part of it.
  // "…; hours later, she said …": a word or phrase of time before the subject is no part of it.
  const lead = introEnd(tokens, first)
  const focus = focusWordAt(tokens, first, tokens.length) ? tokens[first + 1].start : clause.start
  const opens = lead > first && lead < tokens.length ? tokens[lead].start : focus
  const subjectStart = claimant.mention.start
  if (subjectStart !== clause.start && subjectStart !== opens && !describedName(text, tokens, opens, claimant))
    return null
  // "…, and then a visual vote, declaring …": after a word of time, the cue follows its subject with no comma between.
  if (lead > first && commaBetween(tokens, claimant.mention.end, claimant.cue.start)) return null
  // "Hale said …, but he argued …": the same person again, named here by a pronoun, makes a claim of their own,
  // the pronoun its mention, under the name the clause before gave them; named again ("…, and Hale added"),
  // the sentence stays whole (cut too, train read 3 right claimants fewer, each now in a dropped clause).
  // "A survey found that 44% would blame Republicans, while 39% would blame Democrats": a share of people after a
  // finding is more of what was found, the survey's, not a claim of the 39%.
  if (before.cue && FINDINGS.has(text.slice(before.cue.start, before.cue.end).toLowerCase()) && share(tokens, claimant))
    return null
  const other = otherPerson(claimant, before)
  if (!other && !PRONOUNS.has(claimant.mention.text.toLowerCase())) return null
  if (claimant.cue.start < claimant.mention.end) return null
  if (
    !cueWithin(tokens, first, claimant.cue) &&
    !(participle(tokens, claimant.cue) && subjectWithin(tokens, first, claimant))
  )
    return null
  return other ? claimant : { ...claimant, name: before.name }
}

/**
 * "…, said Ada Ruiz, the harbour master, who also argued that …": a relative clause closing the sentence after its
 * speaker, named after the cue ("said Ruiz", "was backed by Ruiz"), and whose verb is a cue, is another claim of that
 * speaker, named there "who". Not a relative clause after anyone else: "Hale said Berg, who argued …, would resign"
 * is Hale's claim whole, and the person named in it is not who makes it.
 */
const relativeAttribution: ClauseReader = (text, clause, tokens, first, registry, before) => {
  if (!before.cue || !cueNear(tokens, first)) return null
  if (before.cue.start > before.mention.start) return closingRelative(text, clause, tokens, first, registry, before)
  // Between the speaker's name and "who" only what describes them: "Ruiz, a harbour master at Leith, who".
  const floor = tokens.findIndex((t) => t.start >= before.mention.end)
  if (floor < 0 || floor >= first || first - floor > MAX_SUBJECT_TOKENS) return null
  if (tokens.slice(floor, first).some((t) => CUE_FIRST_WORDS.has(t.lower))) return null
  // Read from the speaker's name on, so that the first cue read is the relative clause's and "who" refers back.
  const from = tokens.findIndex((t) => t.start >= before.mention.start)
  const last = tokens.findIndex((t) => t.start >= clause.end)
  const words = tokens.slice(from, last < 0 ? tokens.length : last)
  const read = readClaimant(text, { start: before.mention.start, end: clause.end }, registry, words)
  if (!read?.cue || read.mention.start !== clause.start || read.cue.start < read.mention.end) return null
  return !cueWithin(tokens, first, read.cue) ? null : { name: before.name, mention: read.mention, cue: read.cue }
}

/**
 * "The mayor is courting older voters, who have long backed her rivals": a relative clause closing the sentence
 * after its claim, on someone the sentence names after its cue, whose verb is a cue, is that person's own claim,
 * named there "who" ("which" for a body). Not one the sentence goes on after ("Hale said Berg, who argued …, would
 * resign": Hale's claim whole), nor one whose subject is the sentence's claimant again.
 */
const closingRelative: ClauseReader = (text, clause, tokens, first, registry, before) => {
  if (resumes(tokens, first)) return null
  // Read from the word after the sentence's cue on, so that the first cue read is the relative clause's.
  const from = tokens.findIndex((t) => t.start >= before.cue!.end)
  const last = tokens.findIndex((t) => t.start >= clause.end)
  if (from < 0 || from >= first - 1) return null
  const words = tokens.slice(Math.max(from, first - MAX_SUBJECT_TOKENS), last < 0 ? tokens.length : last)
  const read = readClaimant(text, { start: words[0].start, end: clause.end }, registry, words)
  if (!read?.cue || read.mention.start !== clause.start || read.cue.start < read.mention.end) return null
  if (!cueWithin(tokens, first, read.cue) || sameClaimant(read, before)) return null
  // "…, which put more officers on the streets": a thing's clause says what it did; a body's reports ("which said").
  const cue = tokens.findIndex((t) => t.start >= read.cue!.start)
  return tokens[first].lower === 'who' || cueAt(tokens, cue) ? read : null
}

/** "Berg, who argued …, would resign": a comma in the relative clause before a verb, its antecedent's. */
const resumes = (tokens: readonly Token[], first: number): boolean =>
  tokens.some((t, k) => k > first && t.text === ',' && RESUMING_VERBS.has(tokens[k + 1]?.lower ?? ''))
// prettier-ignore
const RESUMING_VERBS = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'should', 'could', 'can', 'may', 'might', 'must',
  'said', 'says', 'did', 'does'
])

/** Cues by which a document reports what it found: the shares after them are its own. */
const FINDINGS = new Set(['found', 'finds', 'show', 'shows', 'showed', 'shown', 'suggest', 'suggests', 'suggested'])
/** A poll's own cues, FINDINGS and its source's ("in a Herald poll", "according to a survey"). */
const POLL_CUES = new Set([...FINDINGS, 'in', 'according to'])
/** "39%", "only 12 percent of tenants", "a third", "half of those asked": a share of the people asked. */
const share = (tokens: readonly Token[], claimant: Claimant): boolean =>
  opensOnProportion(tokens.filter((t) => t.start >= claimant.mention.start && t.end <= claimant.mention.end))
