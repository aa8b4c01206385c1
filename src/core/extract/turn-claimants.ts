import type { Block, Claimant } from '../../shared/article'
import { isAnswerLabel, isQuestionLabel } from '../import/transcript-interviews'

/**
 * In a transcript the claimant of every sentence is the speaker of its turn: the label says who
 * speaks, so there is no speech verb (`cue` is null). The label is not part of the text, so the
 * mention is the empty span where the turn's words begin: there is nothing in the words to point
 * at, and an empty span is what a claimant has when its naming words are gone. When the header
 * gives the speaker's full name ("Mitt Romney" for ROMNEY), that is the name, as a quote's speaker
 * is named as first introduced in full; the label stays the turn's speaker in the margin.
 */
export function turnClaimant(block: Block | undefined): Claimant | null {
  if (!block || block.kind !== 'turn' || !block.speaker || block.role === 'system') return null
  // "Q" and "A" say who asks and who answers, not who it is: only a name the header gives makes a claimant.
  if (!block.speakerName && (isQuestionLabel(block.speaker) || isAnswerLabel(block.speaker))) return null
  return {
    name: block.speakerName ?? block.speaker,
    mention: { start: block.start, end: block.start, text: '' },
    cue: null
  }
}
