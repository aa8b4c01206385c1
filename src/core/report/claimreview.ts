/**
 * schema.org ClaimReview JSON-LD for every item in the draft that has a verdict, i.e. whose
 * status appears in the case's editable ratingMap (statuses not in the map produce no review).
 *
 * Ratings use a 1 (worst) … 5 (best) scale. A map entry whose ratingValue lies outside 1..5 —
 * the default "unverifiable" is 0 — has no place on that scale, so its review carries the
 * textual rating only (alternateName) and no ratingValue/bestRating/worstRating: a made-up number
 * would be read as a judgement.
 *
 * The claim's author is a quote's speaker, a claim's claimant (who the article says made it), else
 * the article's author or publisher.
 *
 * URLs come only from article metadata and only when http(s): `url` (the article's address, for
 * appearance.url) and `review-url` (where the fact-check will be published). The review's own
 * `url` is the review page when there is one, else the article itself (a newsroom's pre-publication
 * check is published with the article), each review marked `#claim-<n>`; with neither it is omitted. The output escapes <, > and & as \u003c…
 * so it can be pasted into a <script type="application/ld+json"> block safely.
 */
import type { CaseFile } from '../../shared/case'
import { safeHttpUrl } from './escape'
import { isOrganisationName } from '../extract/name-words'
import { classifyDescription } from '../extract/speaker-lexicon'
import { isTranscript } from '../extract/blocks'
import { buildReportModel } from './build-report'
import { nameShower } from './shown-names'
import { type ReportItem, type ReportModel, type ReportOptions } from './summary'

export const BEST_RATING = 5
export const WORST_RATING = 1

type Thing = { '@type': 'Person' | 'Organization'; name: string }

/**
 * Where the claim appeared. A debate, speech or interview transcript is the record of an event, not a news
 * article, so it is the plain schema.org CreativeWork (schema.org has no transcript type of its own).
 */
type AppearanceType = 'NewsArticle' | 'CreativeWork'

export interface ClaimReview {
  '@context': 'https://schema.org'
  '@type': 'ClaimReview'
  claimReviewed: string
  reviewRating: {
    '@type': 'Rating'
    alternateName: string
    ratingValue?: number
    bestRating?: number
    worstRating?: number
  }
  itemReviewed: {
    '@type': 'Claim'
    author?: Thing
    datePublished?: string
    appearance: { '@type': AppearanceType; headline: string; url?: string; datePublished?: string }
  }
  author?: Thing
  datePublished: string
  url?: string
}

export interface ClaimReviewOptions extends ReportOptions {
  /** Who publishes the review; when absent the case's newsroom (report header), else the item's checker. */
  organisation?: string
}

function claimAuthor(entry: ReportItem, model: ReportModel, shownName: (name: string) => string): Thing | undefined {
  const speaker = entry.item.speaker
  if (entry.item.kind === 'quote' && speaker) {
    const shown = shownName(speaker.name)
    const name = speaker.anonymous && speaker.description ? `${shown} (${speaker.description})` : shown
    return { '@type': 'Person', name }
  }
  // A claim in reported speech ("The ministry said inflation fell …") is the claimant's, not the reporter's.
  const claimant = entry.item.kind === 'claim' ? entry.item.claimant?.name.trim() : undefined
  if (claimant)
    return { '@type': looksLikeOrganisation(claimant) ? 'Organization' : 'Person', name: shownName(claimant) }
  if (model.author) return { '@type': 'Person', name: model.author }
  const publisher = model.draft.article.metadata.publisher ?? model.draft.article.metadata.publication
  return publisher ? { '@type': 'Organization', name: publisher } : undefined
}

/** "The Harbour Herald", "the statistics office", "Kestrel Bay Water": a body, not a person. */
function looksLikeOrganisation(name: string): boolean {
  const kind = classifyDescription(name)
  return (kind.group && !kind.person) || isOrganisationName(name.split(/\s+/u))
}

function reviewAuthor(entry: ReportItem, model: ReportModel, organisation: string | undefined): Thing | undefined {
  const newsroom = organisation || model.header.newsroom
  if (newsroom) return { '@type': 'Organization', name: newsroom }
  const checker = entry.checker ?? model.checkers[0]
  return checker ? { '@type': 'Person', name: checker } : undefined
}

export function claimReviewsFromModel(model: ReportModel, organisation?: string): ClaimReview[] {
  const metadata = model.draft.article.metadata
  const articleUrl = safeHttpUrl(metadata.url)
  const reviewUrl = safeHttpUrl(metadata['review-url'])
  const datePublished = model.generatedAt.slice(0, 10)
  const appearanceType: AppearanceType = isTranscript(model.draft.article) ? 'CreativeWork' : 'NewsArticle'
  const reviews: ClaimReview[] = []
  // One name per body across the reviews, as in the other reports ("the Port Authority" is "The Port Authority").
  const shownName = nameShower(model.case.items)
  for (const entry of model.inDraft) {
    const rating = model.case.ratingMap.find((row) => row.status === entry.status.id)
    if (!rating) continue
    const onScale =
      Number.isFinite(rating.ratingValue) && rating.ratingValue >= WORST_RATING && rating.ratingValue <= BEST_RATING
    const author = claimAuthor(entry, model, shownName)
    const by = reviewAuthor(entry, model, organisation)
    reviews.push({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: entry.text,
      reviewRating: onScale
        ? {
            '@type': 'Rating',
            ratingValue: rating.ratingValue,
            bestRating: BEST_RATING,
            worstRating: WORST_RATING,
            alternateName: rating.alternateName
          }
        : { '@type': 'Rating', alternateName: rating.alternateName },
      itemReviewed: {
        '@type': 'Claim',
        ...(author ? { author } : {}),
        ...(model.articleDate ? { datePublished: model.articleDate } : {}),
        appearance: {
          '@type': appearanceType,
          headline: model.title,
          ...(articleUrl ? { url: articleUrl } : {}),
          ...(model.articleDate ? { datePublished: model.articleDate } : {})
        }
      },
      ...(by ? { author: by } : {}),
      datePublished,
      ...((reviewUrl ?? articleUrl)
        ? { url: `${(reviewUrl ?? articleUrl ?? '').split('#')[0]}#claim-${entry.label}` }
        : {})
    })
  }
  return reviews
}

/** JSON text safe to embed in an HTML script block: <, >, &, U+2028 and U+2029 are \u-escaped. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

export function renderClaimReviewFromModel(model: ReportModel, organisation?: string): string {
  return `${scriptSafeJson(claimReviewsFromModel(model, organisation))}\n`
}

export function renderClaimReview(caseFile: CaseFile, options: ClaimReviewOptions): string {
  return renderClaimReviewFromModel(buildReportModel(caseFile, options), options.organisation)
}
