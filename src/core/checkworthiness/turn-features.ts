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

const PREVIOUS_IN_TURN: { scale: number; bias: number } = weights.previousInTurn

/**
 * In a transcript, the speaker's previous sentence in the same turn moves a sentence's logit by its own blended
 * logit × scale + bias (both fitted by scripts/train-turn-context.ts on crowdsourced.csv's out-of-fold scores):
 * an answer that is making claims tends to go on making them. `previousLogit` is undefined for a sentence that
 * opens its turn or is not in one; it then has no part.
 */
export function previousSentencePart(previousLogit: number | undefined): { amount: number; reason: string } | null {
  if (previousLogit === undefined) return null
  const amount = PREVIOUS_IN_TURN.scale * previousLogit + PREVIOUS_IN_TURN.bias
  const reason = amount >= 0 ? 'follows a likely claim in the turn' : 'follows a sentence that is no claim in the turn'
  return { amount, reason }
}
