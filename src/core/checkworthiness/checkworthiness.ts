/**
 * Check-worthiness: how much a sentence (headline, standfirst, caption, list item) looks like a
 * checkable factual claim, as a score in 0..1 with the reasons that fired, quoting the sentence.
 *
 * The model is a logistic regression whose weights ship as JSON (checkworthiness-weights.json,
 * trained by scripts/train-checkworthiness.ts on ClaimBuster's crowdsourced debate sentences).
 * logit = bias + Σ hand-feature weights + Σ word/bigram weights + a news-context adjustment
 * (checkworthiness-context.ts). Pass `kind` for every block: 'paragraph' etc. tell the scorer it is
 * reading article body text, which switches on the news-prose weighting of reported events.
 * Everything is precompiled at module load; scoring a sentence is one tokenizer pass, ~25 regex
 * searches and some map look-ups.
 */
import { MAX_REASONS, MAX_WORD_REASONS, type BlockKind, type SpeakerRole } from '../../shared/article'
import weights from './checkworthiness-weights.json'
import { contextAdjustment } from './checkworthiness-context'
import { extractHandFeatures, HAND_FEATURES, type HandFeatureId } from './features'
import type { HandFeature } from './features-catalogue'
import { tokenize } from './features-tokens'

export interface CheckWorthiness {
  score: number
  reasons: string[]
}

export interface CheckWorthinessContext {
  kind?: BlockKind
  /** The sentence sits inside quotation marks (someone's words, not the reporter's). */
  inQuote?: boolean
  /** In a transcript turn: the speaker's role (only participants make claims). */
  role?: SpeakerRole
}

/**
 * Sentences scoring at or above this are claims. It is the threshold that maximised F1 on
 * out-of-fold predictions over ClaimBuster's crowdsourced set (5 folds split by debate), as
 * recorded by the training script; it is used unchanged.
 */
export const CLAIM_THRESHOLD: number = weights.validation.threshold

const HAND_WEIGHTS = weights.hand as Partial<Record<HandFeatureId, number>>
const TERM_WEIGHT = Float64Array.from(weights.termWeights)
/** Term ids: unigram → id, and first word → second word → id for bigrams (no string building per call). */
const UNIGRAM_ID = new Map<string, number>()
const BIGRAM_ID = new Map<string, Map<string, number>>()
weights.terms.forEach((term, id) => {
  const space = term.indexOf(' ')
  if (space < 0) return void UNIGRAM_ID.set(term, id)
  const first = term.slice(0, space)
  const seconds = BIGRAM_ID.get(first) ?? new Map<string, number>()
  seconds.set(term.slice(space + 1), id)
  BIGRAM_ID.set(first, seconds)
})
/**
 * seenAt[id] === stamp marks a term already counted in the current call. A fresh stamp per call
 * avoids allocating a set per sentence; it is internal bookkeeping, results stay pure.
 */
const seenAt = new Uint32Array(weights.terms.length)
let stamp = 0
function nextStamp(): void {
  stamp = (stamp + 1) >>> 0
  if (stamp === 0) {
    seenAt.fill(0)
    stamp = 1
  }
}
const COMMON_LOWER: ReadonlySet<string> = new Set(weights.commonLower)

/** A contribution smaller than this (in log-odds) is too small to be worth listing as a reason. */
const MIN_REASON_CONTRIBUTION = 0.1
/** Words and bigrams are listed only when they matter this much on their own. */
const MIN_WORD_CONTRIBUTION = 0.35
/** Terms shown to a checker must read as words: no sentence-start marker "^", no folded number "0". */
const SHOWABLE_TERM_RE = /^[^^0]+$/

interface Contribution {
  reason: string
  /** The quoted sentence text, for dropping a reason already covered by a longer one. */
  match: string
  amount: number
  genericity?: number
}

export function scoreCheckWorthiness(sentence: string, context: CheckWorthinessContext = {}): CheckWorthiness {
  const tokens = tokenize(sentence)
  const hits = extractHandFeatures(sentence, tokens, COMMON_LOWER)
  const adjustment = contextAdjustment(hits, context)
  let logit = weights.bias + adjustment.amount
  const featureParts: Contribution[] = []
  for (const hit of hits) {
    // A feature added after the last training run falls back to its prior (and a test flags it).
    const trained = HAND_WEIGHTS[hit.id] ?? HAND_FEATURES[hit.id].prior
    const weight = trained + (hit.id === 'thirdPersonEvent' ? adjustment.eventBonus : 0)
    const amount = weight * hit.value
    logit += amount
    const feature: HandFeature = HAND_FEATURES[hit.id]
    if (feature.label === null) continue
    const quoted = hit.match !== '' && !feature.bare
    featureParts.push({ reason: quoted ? `${feature.label}: ${hit.match}` : feature.label, match: quoted ? hit.match : '', amount, genericity: feature.genericity ?? 0 })
  }

  const wordParts: Contribution[] = []
  nextStamp()
  const visit = (id: number | undefined): void => {
    if (id === undefined || seenAt[id] === stamp) return // each term counts once, as in training
    seenAt[id] = stamp
    const amount = TERM_WEIGHT[id]
    logit += amount
    const term = weights.terms[id]
    if (Math.abs(amount) >= MIN_WORD_CONTRIBUTION && SHOWABLE_TERM_RE.test(term)) wordParts.push({ reason: `word: '${term}'`, match: term, amount })
  }
  // The same unigrams and bigrams as bagOfWordsTerms(), looked up without building bigram strings.
  let prev = '^'
  for (const t of tokens) {
    const code = t.lower.charCodeAt(0)
    const word = code >= 48 && code <= 57 ? '0' : t.lower
    visit(UNIGRAM_ID.get(word))
    visit(BIGRAM_ID.get(prev)?.get(word))
    prev = word
  }

  if (adjustment.reason) featureParts.push({ reason: adjustment.reason, match: '', amount: adjustment.amount })

  const score = sigmoid(logit)
  return { score, reasons: explain(score >= CLAIM_THRESHOLD, featureParts, wordParts) }
}

/**
 * Claims list what made them claims: the features and words that pushed the score up. Sentences
 * below the threshold first list what held them down (question, opinion, hedge…), then whatever
 * pushed up, so a checker can see why a sentence with a number still was not flagged.
 */
function explain(isClaim: boolean, features: Contribution[], words: Contribution[]): string[] {
  const distinct = features.filter((p) => !coveredByAnother(p, features))
  const up = (parts: Contribution[], minimum: number): Contribution[] =>
    parts.filter((p) => p.amount >= minimum).sort((a, b) => b.amount - a.amount)
  const down = (parts: Contribution[], minimum: number): Contribution[] =>
    parts.filter((p) => p.amount <= -minimum).sort((a, b) => a.amount - b.amount)
  const raised = [...up(distinct, MIN_REASON_CONTRIBUTION), ...up(words, MIN_WORD_CONTRIBUTION).slice(0, MAX_WORD_REASONS)]
  const ordered = isClaim
    ? raised
    : [...down(distinct, MIN_REASON_CONTRIBUTION), ...down(words, MIN_WORD_CONTRIBUTION).slice(0, MAX_WORD_REASONS), ...raised]
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

function sigmoid(z: number): number {
  if (!Number.isFinite(z)) return z > 0 ? 1 : 0
  return 1 / (1 + Math.exp(-z))
}
