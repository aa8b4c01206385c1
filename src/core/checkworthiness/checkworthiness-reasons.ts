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

/**
 * A part of a sentence's score. Its reason reads `label`, or `label: match` when it quotes words (reasonOf): the
 * string is built only for a reason listed, not for every part of every claim kept until the end of extraction.
 */
export interface Contribution {
  label: string
  /** The quoted sentence text, for dropping a reason already covered by a longer one; '' quotes nothing. */
  match: string
  amount: number
  genericity?: number
}

/** A word's share of the score, listed as "word: '…'". */
export interface WordContribution {
  word: string
  amount: number
}

function reasonOf(part: Contribution): string {
  return part.match === '' ? part.label : `${part.label}: ${part.match}`
}

/**
 * The features' parts that explain() can list, in their order: none another part covers (coveredByAnother reads
 * every part, listed or not), none too small to list either way. A sentence's own parts are read this once; a
 * reading's adjustment, added later, quotes nothing, so it neither covers a part nor is covered.
 */
export function listableFeatures(features: readonly Contribution[]): Contribution[] {
  return features.filter((p) => Math.abs(p.amount) >= MIN_REASON_CONTRIBUTION && !coveredByAnother(p, features))
}

/**
 * Claims list what made them claims: the features and words that pushed the score up. Sentences
 * below the threshold first list what held them down (question, opinion, hedge…), then whatever
 * pushed up, so a checker can see why a sentence with a number still was not flagged. `features`: the
 * sentence's listableFeatures(), with its reading's adjustment.
 */
export function explain(
  isClaim: boolean,
  features: readonly Contribution[],
  words: readonly WordContribution[]
): string[] {
  const up = <T extends { amount: number }>(parts: readonly T[], minimum: number): T[] =>
    parts.filter((p) => p.amount >= minimum).sort((a, b) => b.amount - a.amount)
  const down = <T extends { amount: number }>(parts: readonly T[], minimum: number): T[] =>
    parts.filter((p) => p.amount <= -minimum).sort((a, b) => a.amount - b.amount)
  const wordsUp = up(words, MIN_WORD_CONTRIBUTION).slice(0, MAX_WORD_REASONS)
  const raised = [...up(features, MIN_REASON_CONTRIBUTION).map(reasonOf), ...wordsUp.map(wordReason)]
  const ordered = isClaim
    ? raised
    : [
        ...down(features, MIN_REASON_CONTRIBUTION).map(reasonOf),
        ...down(words, MIN_WORD_CONTRIBUTION).slice(0, MAX_WORD_REASONS).map(wordReason),
        ...raised
      ]
  const reasons: string[] = []
  for (const reason of ordered) {
    if (!reasons.includes(reason)) reasons.push(reason)
    if (reasons.length === MAX_REASONS) break
  }
  return reasons
}

function wordReason(part: WordContribution): string {
  return `word: '${part.word}'`
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
