/**
 * Check-worthiness: how much a sentence (headline, standfirst, caption, list item) looks like a
 * checkable factual claim, as a score in 0..1 with the reasons that fired, quoting the sentence.
 *
 * The model blends two scorers trained by scripts/train-checkworthiness.ts on ClaimBuster's crowdsourced debate
 * sentences, weighted on the logit (the regression's share, `blend` in the weights file, chosen by cross-validation
 * like the rest): a logistic regression (weights in checkworthiness-weights.json; logit = bias + Σ hand-feature
 * weights + Σ word/bigram weights valued 3/√k for the k known terms + the turn-position weights in a transcript)
 * and a fastText-style linear scorer (fasttext.ts), plus, in a transcript turn, parts read from the scores of the
 * speaker's previous sentence and earlier ones (turn-features.ts) and a news-context adjustment
 * (checkworthiness-context.ts). Every part that moves the score is listed among the reasons. Pass `kind` for every
 * block: 'paragraph' etc. tell the scorer it is reading article body text, which switches on the news-prose
 * weighting of reported events. Everything is precompiled at module load; scoring a sentence is one tokenizer
 * pass, one scan for the regex features' trigger words, the few regex searches it calls for and some map look-ups.
 */
import type { BlockKind, SpeakerRole } from '../../shared/article'
import weights from './checkworthiness-weights.json'
import { contextAdjustment, type ContextAdjustment } from './checkworthiness-context'
import { explain, MIN_WORD_CONTRIBUTION, type Contribution } from './checkworthiness-reasons'
import { extractHandFeatures, HAND_FEATURES, type FeatureHit, type HandFeatureId } from './features'
import type { HandFeature } from './features-catalogue'
import { tokenize } from './features-tokens'
import { fastTextPart, type FastTextPart } from './fasttext'
import { knownTerms, showableAt, TERM_ALONE, TERM_SHOWABLE } from './known-terms'
import { turnBeforeParts, TURN_FEATURES, type TurnFeature } from './turn-features'
import { WordAmounts } from './word-amounts'
import { packedMap } from '../packed-map'

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
  /** In a transcript turn: the sentence's place in its speaker's turn (0 opens it). */
  turnIndex?: number
  /** In a transcript turn: the own logit (ScoreInAndOutOfQuotes.ownLogit) of the speaker's previous sentence in it. */
  previousInTurn?: number
  /** In a transcript turn: the running sum of the own logits of the sentences before that one (nextEarlierInTurn). */
  earlierInTurn?: number
}

/** Weight of the regression in the blended logit; the fastText-style scorer has the rest. */
const BLEND: number = weights.blend
/** Known word and word-pair terms are valued TERM_SCALE/√k, k = how many the sentence has. */
const TERM_SCALE: number = weights.termScale
const TURN_WEIGHTS = weights.turn as Partial<Record<string, number>>

/**
 * Sentences scoring at or above this are claims. It is the threshold that maximised F1 on out-of-fold predictions
 * over ClaimBuster's crowdsourced set (5 folds split by debate), as recorded by the training script; used unchanged.
 */
export const CLAIM_THRESHOLD: number = weights.validation.threshold

const HAND_WEIGHTS = weights.hand as Partial<Record<HandFeatureId, number>>
const TERM_WEIGHT = Float64Array.from(weights.termWeights)
const COMMON_LOWER: ReadonlySet<string> = new Set(weights.commonLower)

/** The two halves of the blended logit, before the context adjustment: for benches and tests. */
export interface CheckWorthinessParts {
  regression: number
  fastText: number
}

export function scoreCheckWorthiness(sentence: string, context: CheckWorthinessContext = {}): CheckWorthiness {
  return finish(analyse(sentence, context), context).result
}

export function checkWorthinessParts(sentence: string, context: CheckWorthinessContext = {}): CheckWorthinessParts {
  return finish(analyse(sentence, context), context).parts
}

/**
 * A sentence's score as the reporter's words (`outside`) and as quoted words (`inside`), and its reasons either
 * way (`withReasons`). A small record of numbers and reason parts: extraction keeps one per sentence until the end
 * of the article, and closures over the sentence's analysis (its tokens' words, hits, fastText inputs) kept ~3 KB
 * a sentence alive that long, which the garbage collector then copied and promoted on a long article.
 */
export interface ScoreInAndOutOfQuotes {
  /** The same as scoreCheckWorthiness(sentence, { ...context, inQuote: false }).score. */
  outside: number
  /** The same as scoreCheckWorthiness(sentence, { ...context, inQuote: true }).score. */
  inside: () => number
  /** The same as scoreCheckWorthiness(sentence, { ...context, inQuote }). */
  withReasons: (inQuote: boolean) => CheckWorthiness
  /** The blended logit of the sentence's own words and turn place, which the next sentence of its turn reads. */
  ownLogit: number
}

/**
 * Both readings of a sentence for one scoring: extraction scores sentences before it knows which lie inside
 * quotes, and the quoted reading differs only by the context's adjustment, so the tokens, features and words
 * are not read twice. `reasonsFrom`: the reasons' parts are built (at once, the analysis then let go) only for a
 * sentence scoring at least this outside quotes; inside, a sentence scores no higher (the quoted-words penalty),
 * so extraction, which reads the reasons of claims alone, passes its threshold. withReasons() of a sentence
 * below it throws. `lower`: the sentence lower-cased, when the caller has it already (lower-case-slices.ts).
 */
export function scoreInAndOutOfQuotes(
  sentence: string,
  context: CheckWorthinessContext = {},
  reasonsFrom = -Infinity,
  lower = sentence.toLowerCase()
): ScoreInAndOutOfQuotes {
  const analysis = analyse(sentence, context, lower)
  // contextAdjustment() reads the kind, the role and inQuote alone: copied by name, not spread (a spread of every
  // sentence's context was a hot line of extraction).
  const outsideAdjustment = contextAdjustment(analysis.hits, { kind: context.kind, role: context.role, inQuote: false })
  const insideAdjustment = contextAdjustment(analysis.hits, { kind: context.kind, role: context.role, inQuote: true })
  const outside = sigmoid(logitOf(analysis, outsideAdjustment))
  const parts = outside >= reasonsFrom ? contributions(analysis) : null
  return new QuoteReadings(
    outside,
    sigmoid(logitOf(analysis, insideAdjustment)),
    BLEND * analysis.regression + (1 - BLEND) * analysis.fastText,
    parts && { parts, outsideAdjustment, insideAdjustment }
  )
}

/** What withReasons() reads: the sentence's own parts and the two readings' adjustments. */
interface ReasonParts {
  parts: OwnParts
  outsideAdjustment: ContextAdjustment
  insideAdjustment: ContextAdjustment
}

class QuoteReadings implements ScoreInAndOutOfQuotes {
  constructor(
    readonly outside: number,
    private readonly insideScore: number,
    readonly ownLogit: number,
    private readonly reasonParts: ReasonParts | null
  ) {}

  inside(): number {
    return this.insideScore
  }

  withReasons(inQuote: boolean): CheckWorthiness {
    if (!this.reasonParts) throw new Error('withReasons: the sentence scored below reasonsFrom')
    const { parts, outsideAdjustment, insideAdjustment } = this.reasonParts
    return inQuote
      ? reasoned(parts, insideAdjustment, this.insideScore)
      : reasoned(parts, outsideAdjustment, this.outside)
  }
}

/** All that the sentence itself gives the score: everything but the context's adjustment. */
interface Analysis {
  hits: FeatureHit[]
  regression: number
  fastText: number
  eventBonus: number
  /** What the reasons are built from, on the first asking (contributions()). */
  eventAdjustment: number
  turnFeatures: readonly TurnFeature[]
  turnBefore: ReturnType<typeof turnBeforeParts>
  found: number[]
  termValue: number
  /** The fastText-style half, whose per-word shares are built only for the reasons. */
  fastTextPart: FastTextPart
}

/**
 * The features' and words' shares of the logit: a third of news sentences are no claim, and extraction never
 * reads their reasons.
 */
interface OwnParts {
  featureParts: Contribution[]
  wordParts: Contribution[]
}

function analyse(sentence: string, context: CheckWorthinessContext, lower = sentence.toLowerCase()): Analysis {
  const tokens = tokenize(sentence, lower)
  // Known terms, each once, valued TERM_SCALE/√k: the same unigrams and bigrams as bagOfWordsTerms().
  const { found, places } = knownTerms(tokens)
  const hits = extractHandFeatures(sentence, tokens, COMMON_LOWER, lower, places)
  // The news-event bonus depends on the block's kind and the features, not on quotation marks.
  const eventAdjustment = contextAdjustment(hits, context).eventBonus
  let regression = weights.bias
  let eventBonus = 0
  for (const hit of hits) {
    // A feature added after the last training run falls back to its prior (and a test flags it).
    regression += trainedWeight(hit) * hit.value
    // The news-event bonus is context, not trained: it is added whole, outside the blend.
    if (hit.id === 'thirdPersonEvent') eventBonus = eventAdjustment * hit.value
  }
  const turn = context.turnIndex
  const turnFeatures = turn === undefined ? [] : TURN_FEATURES.filter((feature) => feature.fires(turn))
  for (const feature of turnFeatures) regression += TURN_WEIGHTS[feature.id] ?? 0
  const termValue = found.length > 0 ? TERM_SCALE / Math.sqrt(found.length) : 0
  for (const id of found) regression += TERM_WEIGHT[id] * termValue
  const fastText = fastTextPart(sentence, tokens, places)
  return {
    hits,
    regression,
    fastText: fastText.logit,
    eventBonus,
    eventAdjustment,
    turnFeatures,
    turnBefore: turnBeforeParts(context.previousInTurn, context.earlierInTurn),
    found,
    termValue,
    fastTextPart: fastText
  }
}

/** The features' and words' shares of the blended logit, for the reasons: the sums analyse() made, item by item. */
function contributions(analysis: Analysis): OwnParts {
  const featureParts: Contribution[] = []
  for (const hit of analysis.hits) {
    const bonus = hit.id === 'thirdPersonEvent' ? analysis.eventAdjustment * hit.value : 0
    const amount = BLEND * trainedWeight(hit) * hit.value + bonus
    const feature: HandFeature = HAND_FEATURES[hit.id]
    if (feature.label === null) continue
    const quoted = hit.match !== '' && !feature.bare
    featureParts.push({
      reason: quoted ? `${feature.label}: ${hit.match}` : feature.label,
      match: quoted ? hit.match : '',
      amount,
      genericity: feature.genericity ?? 0
    })
  }
  for (const feature of analysis.turnFeatures)
    featureParts.push({ reason: feature.label, match: '', amount: BLEND * (TURN_WEIGHTS[feature.id] ?? 0) })
  for (const part of analysis.turnBefore?.parts ?? []) featureParts.push({ ...part, match: '' })
  // A word's reason is its whole share of the blended logit: regression and fastText-style parts.
  const wordAmounts = new WordAmounts()
  for (const id of analysis.found) {
    if (TERM_SHOWABLE[id] === 0) continue
    const amount = BLEND * (TERM_WEIGHT[id] * analysis.termValue)
    // A term no fastText word adds to keeps this amount whole: one too small to list is not kept at all (most of
    // a sentence's terms; the others keep their order, and the amounts listed are the same sums).
    if (TERM_ALONE[id] === 0 || Math.abs(amount) >= MIN_WORD_CONTRIBUTION) wordAmounts.term(id, amount)
  }
  // Every word that reads as a word has a place: knownTerms() gave one for each token.
  analysis.fastTextPart.eachWord((word, amount, place) => {
    if (showableAt(place)) wordAmounts.word(place, word, (1 - BLEND) * amount)
  })
  const wordParts: Contribution[] = packedMap(wordAmounts.list(MIN_WORD_CONTRIBUTION), ({ word, amount }) => ({
    reason: `word: '${word}'`,
    match: word,
    amount
  }))
  return { featureParts, wordParts }
}

/** A hand feature's trained weight, or its prior for a feature added after the last training run. */
function trainedWeight(hit: FeatureHit): number {
  return HAND_WEIGHTS[hit.id] ?? HAND_FEATURES[hit.id].prior
}

/** The blended logit with the context's adjustment. */
function logitOf(analysis: Analysis, adjustment: { amount: number }): number {
  const own = BLEND * analysis.regression + (1 - BLEND) * analysis.fastText
  return own + adjustment.amount + analysis.eventBonus + (analysis.turnBefore?.amount ?? 0)
}

/** The score and its reasons, with the context's adjustment (a quote, a headline's teaser, a caption…). */
function finish(
  analysis: Analysis,
  context: CheckWorthinessContext
): { result: CheckWorthiness; parts: CheckWorthinessParts } {
  const { regression, fastText } = analysis
  const adjustment = contextAdjustment(analysis.hits, context)
  const score = sigmoid(logitOf(analysis, adjustment))
  return { result: reasoned(contributions(analysis), adjustment, score), parts: { regression, fastText } }
}

/** The reasons of a reading scored `score`: the sentence's own parts and the reading's adjustment. */
function reasoned(own: OwnParts, adjustment: ContextAdjustment, score: number): CheckWorthiness {
  const featureParts = adjustment.reason
    ? [...own.featureParts, { reason: adjustment.reason, match: '', amount: adjustment.amount }]
    : own.featureParts
  return { score, reasons: explain(score >= CLAIM_THRESHOLD, featureParts, own.wordParts) }
}

function sigmoid(z: number): number {
  if (!Number.isFinite(z)) return z > 0 ? 1 : 0
  return 1 / (1 + Math.exp(-z))
}
