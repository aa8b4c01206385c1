/**
 * The second stage of the check-worthiness model (issue 13): in a transcript, a sentence's blended logit moves by
 * `scale × the blended logit of the speaker's previous sentence in the same turn + earlierScale × the turn's
 * earlier sentences + bias`, where "the turn's earlier sentences" is the sum of the blended logits of every
 * sentence before the previous one, each at half the weight of the one after it (two back 1, three back ½, four
 * back ¼…). Check-worthy sentences come in runs: an answer that is making claims goes on making them, one that
 * thanks, jokes or turns to the question goes on doing that (the top CLEF 2019 systems read the sentences around
 * each one). The halving was fixed before any run (stop 28), not searched; as a running sum it costs the scorer
 * one multiply-add per sentence (nextEarlierInTurn, which training uses too).
 *
 * The numbers are fitted on the blended out-of-fold logits of crowdsourced.csv (the scores each sentence and its
 * neighbours get from models that never saw their debate), the first stage's logit as a fixed offset: a sentence
 * with no previous sentence in its turn (an article's, or one opening a turn) keeps its score. Logistic regression
 * with a weak Gaussian prior (variance 1) by Newton steps: deterministic.
 */
import { nextEarlierInTurn } from '../src/core/checkworthiness/turn-features'

const NEWTON_STEPS = 25
const PRIOR_PRECISION = 1

export interface PreviousInTurn {
  scale: number
  /** 0 when the turn's earlier sentences are left out (the stage as shipped before stop 30). */
  earlierScale: number
  bias: number
}

/**
 * For each row, the turn's earlier sentences' sum (0 with nothing two back): `previous[i]` is the row of the
 * previous sentence in its turn, −1 for none. Rows come in any order, so each turn is walked from its opener.
 */
export function earlierSums(logits: readonly number[], previous: readonly number[]): number[] {
  const sums = new Array<number>(logits.length).fill(0)
  const next = new Array<number>(logits.length).fill(-1)
  previous.forEach((p, i) => {
    if (p >= 0) next[p] = i
  })
  previous.forEach((p, opener) => {
    if (p >= 0) return
    // The sum at `at`, carried to the sentence after it: it takes in the sentence before `at`.
    let earlier = 0
    for (let at = opener, after = next[opener]; after >= 0; at = after, after = next[after]) {
      earlier = previous[at] < 0 ? 0 : nextEarlierInTurn(earlier, logits[previous[at]])
      sums[after] = earlier
    }
  })
  return sums
}

/** The logit with the turn's part added (`previous[i]` is its row, −1 for none; `earlier` from earlierSums). */
export function withPreviousInTurn(
  logits: readonly number[],
  previous: readonly number[],
  earlier: readonly number[],
  w: PreviousInTurn
): number[] {
  return logits.map((z, i) =>
    previous[i] < 0 ? z : z + w.scale * logits[previous[i]] + w.earlierScale * earlier[i] + w.bias
  )
}

/**
 * Fits the parts on the rows given; `logits` are out-of-fold, so a neighbour's logit is an honest one. With
 * `withEarlier` false the earlier sentences' weight stays 0 (the previous sentence alone).
 */
export function fitPreviousInTurn(
  logits: readonly number[],
  previous: readonly number[],
  earlier: readonly number[],
  labels: readonly number[],
  rows: readonly number[],
  withEarlier = true
): PreviousInTurn {
  const k = withEarlier ? 3 : 2
  const w = new Array<number>(k).fill(0)
  for (let step = 0; step < NEWTON_STEPS; step++) {
    // Gradient and Hessian of the log-loss plus the prior, over (bias, scale[, earlierScale]).
    const g = w.map((x) => PRIOR_PRECISION * x)
    const h = w.map((_, r) => w.map((__, c) => (r === c ? PRIOR_PRECISION : 0)))
    for (const i of rows) {
      if (previous[i] < 0) continue
      const x = withEarlier ? [1, logits[previous[i]], earlier[i]] : [1, logits[previous[i]]]
      let z = logits[i]
      for (let r = 0; r < k; r++) z += w[r] * x[r]
      const p = 1 / (1 + Math.exp(-z))
      const curve = p * (1 - p)
      for (let r = 0; r < k; r++) {
        g[r] += (p - labels[i]) * x[r]
        for (let c = 0; c < k; c++) h[r][c] += curve * x[r] * x[c]
      }
    }
    const delta = solve(h, g)
    for (let r = 0; r < k; r++) w[r] -= delta[r]
  }
  return { bias: w[0], scale: w[1], earlierScale: withEarlier ? w[2] : 0 }
}

/** h · x = g for a small symmetric positive-definite h (Gaussian elimination; the prior keeps it well posed). */
function solve(h: number[][], g: number[]): number[] {
  const n = g.length
  const a = h.map((row, r) => [...row, g[r]])
  for (let c = 0; c < n; c++)
    for (let r = c + 1; r < n; r++) {
      const f = a[r][c] / a[c][c]
      for (let j = c; j <= n; j++) a[r][j] -= f * a[c][j]
    }
  const x = new Array<number>(n).fill(0)
  for (let r = n - 1; r >= 0; r--) {
    let s = a[r][n]
    for (let j = r + 1; j < n; j++) s -= a[r][j] * x[j]
    x[r] = s / a[r][r]
  }
  return x
}
