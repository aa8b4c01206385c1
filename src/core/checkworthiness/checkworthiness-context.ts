/**
 * News-context adjustments to the check-worthiness logit. The training data is spoken debate,
 * which has no headlines, standfirsts, captions or bylines, so these weights cannot be learned
 * from it; they are set by newsroom convention and documented here, one line of reasoning each.
 */
import type { BlockKind, SpeakerRole } from '../../shared/article'
import type { FeatureHit } from './features'
import type { HandFeatureId } from './features-catalogue'

/** Features that mark a sentence as asking, guessing or arguing rather than asserting. */
const TEASER_SIGNALS: ReadonlySet<HandFeatureId> = new Set(['question', 'hedge', 'prediction', 'arguable', 'opinion'])

/**
 * Log-odds added per block kind. Headlines and standfirsts that ask or hedge are teasers
 * ("Has X abandoned Y?", "…could be as disastrous as…"): the checkable facts are in the body.
 */
const TEASER_PENALTY: Partial<Record<BlockKind, number>> = { title: -2, standfirst: -1.5, heading: -1.5 }

/** Bylines and metadata lines ("By Thomas Brooke", "editor: REMIX NEWS") are never claims. */
const NEVER_A_CLAIM: ReadonlySet<BlockKind> = new Set(['byline', 'metadata'])
const NEVER_A_CLAIM_PENALTY = -8

/**
 * Photo captions state who, where and when a picture shows; wrong captions are a classic
 * correction, so they lean towards checking even when short.
 */
const CAPTION_BONUS = 0.5

/**
 * Words inside quotation marks are a source's own, and quotes in news are used mostly for
 * reaction and colour (facts tend to be paraphrased), so quoted sentences lean slightly lower.
 */
const QUOTED_PENALTY = -0.3

/** Kinds that are an article's body text, where the reporter states what happened. */
const ARTICLE_BODY: ReadonlySet<BlockKind> = new Set(['paragraph', 'list-item', 'caption', 'blockquote'])

/**
 * Extra weight for a third-person report of an event ("France ended its deployment…", "Critics
 * have accused…", "…wrote Nicolas Barotte") in article body text. Why it is not learned: the
 * training labels count only *important* factual sentences as positive (ClaimBuster's "unimportant
 * factual" sentences are negatives), and debaters rarely narrate events in the third person, so
 * the debate data gives this feature about zero weight. Factdesk's checkers verify every factual
 * assertion in a draft, and in news body text such reports are the reporter's factual assertions
 * (reported speech included: it asserts what was said). Not applied when the sentence asks,
 * hedges, predicts or argues: a hedged report is not an assertion.
 */
const NEWS_EVENT_BONUS = 1.0

/**
 * In a transcript only participants make claims: a moderator or interviewer asks and frames ("Mr
 * Trump, you said 30,000 jobs were lost…" restates a claim, it does not make one), the audience
 * reacts, and stage directions are the room. Their lines sink to the bottom of the ranking and are
 * never proposed, with the role given as the reason.
 */
/** Deep enough that a moderator's best line still ranks below a participant's small talk. */
const NOT_A_CLAIMANT_PENALTY = -16
const NOT_A_CLAIMANT: Readonly<Partial<Record<SpeakerRole, string>>> = {
  moderator: "moderator's words",
  audience: "audience's words",
  system: 'stage direction'
}

export interface ContextAdjustment {
  amount: number
  /** Shown among the reasons when not null. */
  reason: string | null
  /** Added to the weight of the 'thirdPersonEvent' feature when it fired (see NEWS_EVENT_BONUS). */
  eventBonus: number
}

export function contextAdjustment(
  hits: readonly FeatureHit[],
  context: { kind?: BlockKind; inQuote?: boolean; role?: SpeakerRole }
): ContextAdjustment {
  const kind = context.kind
  let amount = 0
  let reason: string | null = null
  if (kind !== undefined && NEVER_A_CLAIM.has(kind))
    return { amount: NEVER_A_CLAIM_PENALTY, reason: kind, eventBonus: 0 }
  const notClaimant = context.role === undefined ? undefined : NOT_A_CLAIMANT[context.role]
  if (notClaimant) return { amount: NOT_A_CLAIMANT_PENALTY, reason: notClaimant, eventBonus: 0 }
  const teaser = hits.some((h) => TEASER_SIGNALS.has(h.id))
  const eventBonus = kind !== undefined && ARTICLE_BODY.has(kind) && !teaser ? NEWS_EVENT_BONUS : 0
  const teaserPenalty = kind === undefined ? undefined : TEASER_PENALTY[kind]
  if (teaserPenalty !== undefined && teaser) {
    amount += teaserPenalty
    reason = kind === 'title' ? 'headline that asks or hedges' : `${kind} that asks or hedges`
  }
  if (kind === 'caption') {
    amount += CAPTION_BONUS
    reason = 'photo caption'
  }
  if (context.inQuote || kind === 'blockquote') {
    amount += QUOTED_PENALTY
    reason ??= 'quoted words'
  }
  return { amount, reason, eventBonus }
}
