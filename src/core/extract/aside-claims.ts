/**
 * One speaker, two attributions, one inside a relative aside on the speaker's name: "Barkley, who said he votes
 * Labour, said he likes Okafor" reports two things Barkley said, the aside's named there "who", the main clause's
 * named at "Barkley". The sentence is proposed as two claims, each claimed by the speaker through its own cue:
 *
 *   Ann Hale, who said the levy raised £3 million, said the pier would close.
 *     → "Ann Hale, who said the levy raised £3 million" (Ann Hale, named "who", said)
 *     · "said the pier would close." (Ann Hale, named "Ann Hale", said)
 *
 * Read only where the aside opens right after the speaker's name with "who" or "which", its own subject being that
 * relative word followed by its cue, and its closing comma stands right before a verb of saying; the two are joined
 * back (worthy-parts.ts) when either is not check-worthy on its own words and not a statement of its own. An aside
 * describing the speaker ("Hale, who chairs the board, said") holds no cue and stays the sentence's subject.
 */
import type { Claimant } from '../../shared/article'
import type { TextRange } from './sentences'
import type { Token } from './tokens'
import type { SpeakerRegistry } from './speakers'
import type { ClausePart } from './clause-claims'
import { readClaimant } from './claimants'
import { cueAt } from './speech-cues'
import { claimantCueAt } from './claimant-cues'
import { SUBJECT_RELATIVES } from './subject-words'
import { INSIDE_PHRASE, MAX_RELATIVE_LEAD } from './yielding-cues'

/** Tokens an aside may hold from its relative word to its closing comma ("who said he votes Labour"). */
const MAX_ASIDE_TOKENS = 16

/**
 * The sentence's two claims when `whole`'s mention is followed by a relative aside holding an attribution of its
 * own and then by a verb of saying; null otherwise. `quoting` says whether an offset lies inside a quote.
 */
export function asideParts(
  text: string,
  sentence: TextRange,
  tokens: readonly Token[],
  registry: SpeakerRegistry,
  whole: Claimant,
  quoting: (at: number) => boolean
): ClausePart[] | null {
  // The cheap test first: the claimant named at the relative word, or at the name right before ", who".
  // "Hale, who aides say has been ill, said …": read first, the aside's reporter right after the relative word.
  let relative = tokens.findIndex((t) => t.start >= whole.mention.start)
  const reported = relative > 0 && SUBJECT_RELATIVES.has(tokens[relative - 1].lower)
  if (reported) relative--
  else if (!SUBJECT_RELATIVES.has(tokens[relative]?.lower ?? ''))
    relative = tokens.findIndex((t) => t.start >= whole.mention.end) + 1
  if (relative < 2 || tokens[relative - 1].text !== ',' || !SUBJECT_RELATIVES.has(tokens[relative]?.lower ?? ''))
    return null
  const close = closingComma(tokens, relative)
  if (close < 0 || quoting(tokens[relative].start)) return null
  const main = cueAt(tokens, close + 1)
  if (main?.kind !== 'verb') return null
  // The main clause read without the aside ("Ann Hale said the pier …"), its subject ending at the aside's comma.
  const outer = readClaimant(text, sentence, registry, [...tokens.slice(0, relative - 1), ...tokens.slice(close + 1)])
  if (outer?.cue?.start !== tokens[close + 1].start || outer.mention.end !== tokens[relative - 2].end) return null
  // The aside read from the name on, so that "who" refers back and the first cue read is the aside's own.
  const from = tokens.findIndex((t) => t.start >= outer.mention.start)
  const range = { start: outer.mention.start, end: tokens[close].start }
  const inner = readClaimant(text, range, registry, tokens.slice(from, close))
  const innerAt = tokens[reported ? relative + 1 : relative].start
  if (!inner?.cue || inner.mention.start !== innerAt || inner.cue.start < inner.mention.end) return null
  // "Shelton, the president of the union, which endorsed Ruiz, said …": the aside is the union's, not the speaker's.
  if (!reported && inner.name !== outer.name) return null
  // An aside saying something itself: a verb of saying ("who said"), a statement, belief or finding ("who had
  // forecast", "who believes", "who found"); not a stance or a plan ("which supports older people", "who opposes").
  const at = tokens.findIndex((t) => t.start >= inner.cue!.start)
  if (!cueAt(tokens, at)?.invertible && !SAYING.has(claimantCueAt(tokens, at)?.cls ?? '')) return null
  if (at - relative > MAX_RELATIVE_LEAD + 1) return null
  return [
    { start: sentence.start, end: tokens[close].start, claimant: inner },
    { start: tokens[close + 1].start, end: sentence.end, claimant: outer, attached: true }
  ]
}

/** Claimant cue classes by which an aside says something of its own. */
const SAYING = new Set(['statement', 'belief', 'evidence'])

/** The comma closing the aside opening at token `relative`, the first after it; -1 when none is near. */
function closingComma(tokens: readonly Token[], relative: number): number {
  for (let j = relative + 2; j < tokens.length - 1 && j - relative <= MAX_ASIDE_TOKENS; j++) {
    if (tokens[j].text === ',') return j
    // "a rise of 7%", "a $4 levy", "Sen. Ann Hale": marks inside the aside's phrase.
    if (!tokens[j].word && !INSIDE_PHRASE.has(tokens[j].text) && tokens[j].text !== '.') return -1
  }
  return -1
}
