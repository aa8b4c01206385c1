/**
 * Speakers of a quote with no attribution in its own sentence, read from the sentence before it: a colon-ended
 * introduction ("She told the court:"), or, for a quote that is its whole sentence, the person that sentence is
 * about. Apart from quotes.ts, which reads each quote's own sentence, because these readers look back past it.
 */
import type { Speaker } from '../../shared/article'
import type { TextRange } from './sentences'
import { attributionBefore, type Attribution } from './attribution'
import { colonClauseSubject } from './colon-subjects'
import { claimedBefore } from './claimed-speakers'
import type { ProseIntroduction, ProseSpeakers } from './prose-speakers'
import type { SpeakerRegistry } from './speakers'
import type { RangeIndex } from './range-index'

/** An introduction ending in a colon lies within this many characters of the quote it introduces. */
const REGION_LIMIT = 400

/** "She told the court:" ending the previous sentence (same or previous block) introduces the quote. */
export function colonIntroduction(
  text: string,
  units: RangeIndex,
  sentence: TextRange,
  blocks: readonly TextRange[],
  block: number
): Attribution | null {
  const before = units.before(sentence.start)
  if (!before || text[before.end - 1] !== ':') return null
  const earliest = blocks[Math.max(0, block - 1)]?.start ?? 0
  if (before.start < earliest) return null
  // "President Ortiz released the following statement:" names its speaker without a verb of saying. The colon
  // is read with the words: "Stated Hale:" opens on a verb of saying only before the name's comma or colon.
  return (
    attributionBefore(text, Math.max(before.start, before.end - REGION_LIMIT), before.end) ??
    colonClauseSubject(text, before.start, before.end)
  )
}

/**
 * "Ada Berg, who chairs the panel, was blunt. “…”": the speaker of a quote that is its whole sentence (opening at
 * `open`) is the person the sentence before is about; else the one voice that sentence is attributed to ("Lynch
 * announced the lawsuit. “We are seeking …”"); else the person its opening "he" or "she" stands for. Null when that
 * sentence names no one.
 */
export function introducedSpeaker(
  text: string,
  prose: ProseSpeakers,
  registry: SpeakerRegistry,
  open: number
): { speaker: Speaker; intro: ProseIntroduction } | null {
  let intro = prose.introducedBefore(open)
  let resolved = intro ? registry.resolve(intro.subject) : null
  if (!resolved) {
    intro = claimedBefore(text, prose.claimedBefore(open))
    resolved = intro ? registry.resolve(intro.subject) : null
  }
  // "He then had a question for the crowd. “…”": the person an opening pronoun stands for.
  if (!resolved) {
    intro = prose.pronounOpeningBefore(open)
    resolved = intro ? registry.resolve(intro.subject) : null
  }
  return intro && resolved ? { speaker: resolved, intro } : null
}
