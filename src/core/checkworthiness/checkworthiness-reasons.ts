/**
 * Which parts of a sentence's score are listed as its reasons, and in what order: a claim lists what pushed it up,
 * a sentence below the threshold first what held it down; a part too small to matter, or whose words another part
 * already quotes, is left out. checkworthiness.ts builds the parts (each feature's and word's share of the logit).
 */
import { MAX_REASONS, MAX_WORD_REASONS } from '../../shared/article'

/**
 * A contribution smaller than this (in log-odds of the blended score) is too small to be worth
 * listing as a reason: half of 0.1, the bar the regression had on its own, set when it was half
 * the blend (and kept since, so the same small pushes stay unlisted).
 */
export const MIN_REASON_CONTRIBUTION = 0.05
/** Words are listed only when they matter this much on their own (both halves of the blend together). */
export const MIN_WORD_CONTRIBUTION = 0.2

export interface Contribution {
  reason: string
  /** The quoted sentence text, for dropping a reason already covered by a longer one. */
  match: string
  amount: number
  genericity?: number
}

/**
 * Claims list what made them claims: the features and words that pushed the score up. Sentences
 * below the threshold first list what held them down (question, opinion, hedge…), then whatever
 * pushed up, so a checker can see why a sentence with a number still was not flagged.
 */
export function explain(isClaim: boolean, features: Contribution[], words: Contribution[]): string[] {
  const distinct = features.filter((p) => !coveredByAnother(p, features))
  const up = (parts: Contribution[], minimum: number): Contribution[] =>
    parts.filter((p) => p.amount >= minimum).sort((a, b) => b.amount - a.amount)
  const down = (parts: Contribution[], minimum: number): Contribution[] =>
    parts.filter((p) => p.amount <= -minimum).sort((a, b) => a.amount - b.amount)
  const raised = [
    ...up(distinct, MIN_REASON_CONTRIBUTION),
    ...up(words, MIN_WORD_CONTRIBUTION).slice(0, MAX_WORD_REASONS)
  ]
  const ordered = isClaim
    ? raised
    : [
        ...down(distinct, MIN_REASON_CONTRIBUTION),
        ...down(words, MIN_WORD_CONTRIBUTION).slice(0, MAX_WORD_REASONS),
        ...raised
      ]
  const reasons: string[] = []
  for (const part of ordered) {
    if (!reasons.includes(part.reason)) reasons.push(part.reason)
    if (reasons.length === MAX_REASONS) break
  }
  return reasons
}

/**
 * A reason is left out when another one already quotes its words in a longer or more specific
 * way: "number: 410" under "money: $410 million", "past tense: increased" under "change: increased".
 */
function coveredByAnother(part: Contribution, all: readonly Contribution[]): boolean {
  if (part.match === '') return false
  return all.some(
    (other) =>
      other !== part &&
      other.match.includes(part.match) &&
      (other.match.length > part.match.length || (part.genericity ?? 0) > (other.genericity ?? 0))
  )
}
