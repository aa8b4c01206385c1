/**
 * Where a sentence sits in a speaker's turn, as features the regression learns from the speaker
 * and line columns of ClaimBuster's crowdsourced debates (a turn is a run of one speaker's
 * sentences). The sentence that opens a turn is less often a check-worthy claim: it answers,
 * thanks or turns to the question ("Well, let me say this."). Articles have no turns: no feature.
 */
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
