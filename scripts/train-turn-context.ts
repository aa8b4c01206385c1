/**
 * The second stage of the check-worthiness model (issue 13): in a transcript, a sentence's blended logit moves by
 * `scale × the blended logit of the speaker's previous sentence in the same turn + bias`. Check-worthy sentences
 * come in runs: an answer that is making claims goes on making them, one that thanks, jokes or turns to the
 * question goes on doing that (the top CLEF 2019 systems read the sentences around each one).
 *
 * Both numbers are fitted on the blended out-of-fold logits of crowdsourced.csv (the scores each sentence and its
 * neighbour get from models that never saw their debate), the first stage's logit as a fixed offset: a sentence
 * with no previous sentence in its turn (an article's, or one opening a turn) keeps its score. Logistic regression
 * with a weak Gaussian prior (variance 1) by Newton steps: deterministic.
 */
const NEWTON_STEPS = 25
const PRIOR_PRECISION = 1

export interface PreviousInTurn {
  scale: number
  bias: number
}

/** The logit with the previous sentence's part added (`previous[i]` is its row, −1 for none). */
export function withPreviousInTurn(
  logits: readonly number[],
  previous: readonly number[],
  w: PreviousInTurn
): number[] {
  return logits.map((z, i) => (previous[i] < 0 ? z : z + w.scale * logits[previous[i]] + w.bias))
}

/** Fits scale and bias on the rows given; `logits` are out-of-fold, so a neighbour's logit is an honest one. */
export function fitPreviousInTurn(
  logits: readonly number[],
  previous: readonly number[],
  labels: readonly number[],
  rows: readonly number[]
): PreviousInTurn {
  let scale = 0
  let bias = 0
  for (let step = 0; step < NEWTON_STEPS; step++) {
    // Gradient and Hessian of the log-loss plus the prior, over (scale, bias).
    let gs = PRIOR_PRECISION * scale
    let gb = PRIOR_PRECISION * bias
    let hss = PRIOR_PRECISION
    let hsb = 0
    let hbb = PRIOR_PRECISION
    for (const i of rows) {
      if (previous[i] < 0) continue
      const x = logits[previous[i]]
      const p = 1 / (1 + Math.exp(-(logits[i] + scale * x + bias)))
      const err = p - labels[i]
      const curve = p * (1 - p)
      gs += err * x
      gb += err
      hss += curve * x * x
      hsb += curve * x
      hbb += curve
    }
    const det = hss * hbb - hsb * hsb
    scale -= (hbb * gs - hsb * gb) / det
    bias -= (hss * gb - hsb * gs) / det
  }
  return { scale, bias }
}
