/**
 * Where a sentence sits in a speaker's turn, as features the regression learns from the speaker
 * and line columns of ClaimBuster's crowdsourced debates (a turn is a run of one speaker's
 * sentences). The sentence that opens a turn is less often a check-worthy claim: it answers,
 * thanks or turns to the question ("Well, let me say this."). Articles have no turns: no feature.
 */
import weights from './checkworthiness-weights.json'

export interface TurnFeature {
  id: string
  /** How the reason reads when the feature pushes a score. */
  label: string
  /** Whether the feature fires for the sentence at `turnIndex` (0 opens the turn). */
  fires(turnIndex: number): boolean
}

export const TURN_FEATURES: readonly TurnFeature[] = [
  { id: 'turnOpening', label: 'opens a turn', fires: (index) => index === 0 }
]

const PREVIOUS_IN_TURN: { scale: number; earlierScale: number; bias: number } = weights.previousInTurn

/**
 * Each of the turn's earlier sentences weighs this much of the one after it. Fixed before it was trained (stop 28)
 * and never searched; scripts/train-turn-context.ts trains with this same constant.
 */
export const EARLIER_DECAY = 0.5

/** A part of a sentence's logit read from the turn before it, with the reason it is listed under. */
export interface TurnPart {
  amount: number
  reason: string
}

/**
 * The sum of the turn's earlier sentences that the next place in the turn reads, once the sentence at this place
 * is scored (`previousLogit` is the own logit of the sentence before it): a running sum, one multiply-add per
 * sentence, so a turn of any length costs no more per sentence than a short one.
 */
export function nextEarlierInTurn(earlier: number, previousLogit: number): number {
  return previousLogit + EARLIER_DECAY * earlier
}

/**
 * In a transcript, the turn before a sentence moves its logit: the speaker's previous sentence by its own blended
 * logit × scale + bias, and the sentences before that by earlierScale × their running sum (nextEarlierInTurn).
 * All three are fitted by scripts/train-turn-context.ts on crowdsourced.csv's out-of-fold scores: an answer that
 * is making claims tends to go on making them. `previousLogit` is undefined for a sentence that opens its turn or
 * is not in one; it then has no part. Each part is a reason of its own, so the score stays explained.
 */
export function turnBeforeParts(
  previousLogit: number | undefined,
  earlier: number | undefined
): { amount: number; parts: TurnPart[] } | null {
  if (previousLogit === undefined) return null
  const previous = PREVIOUS_IN_TURN.scale * previousLogit + PREVIOUS_IN_TURN.bias
  const parts: TurnPart[] = [
    {
      amount: previous,
      reason: previous >= 0 ? 'follows a likely claim in the turn' : 'follows a sentence that is no claim in the turn'
    }
  ]
  const before = PREVIOUS_IN_TURN.earlierScale * (earlier ?? 0)
  if (before !== 0)
    parts.push({
      amount: before,
      reason: before > 0 ? 'likely claims earlier in the turn' : 'no likely claims earlier in the turn'
    })
  return { amount: previous + before, parts }
}
