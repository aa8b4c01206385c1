/**
 * How statuses become ClaimReview ratings when a report is published (schema.org, 1 = worst …
 * 5 = best). The map lives in the case, like the statuses, so a newsroom sets it once per case or
 * template; a status with no row publishes no review.
 */
import type { CaseFile, RatingMapEntry } from '../../shared/case'
import type { OpContext } from './op-context'

/** ClaimReview's scale; 0 means "a named rating with no number" (e.g. Unverifiable). */
export const RATING_VALUES = [0, 1, 2, 3, 4, 5] as const

/**
 * Replace the rating map. Rows for statuses the case does not have, rows without a rating name and
 * values off the scale are dropped: a report must never publish a rating nobody chose.
 */
export function editRatingMap(c: CaseFile, rows: readonly RatingMapEntry[], ctx: OpContext): CaseFile {
  const known = new Set(c.statuses.map((status) => status.id))
  const seen = new Set<string>()
  const ratingMap: RatingMapEntry[] = []
  for (const row of rows) {
    const alternateName = row.alternateName.trim()
    const value = Math.round(row.ratingValue)
    if (!known.has(row.status) || seen.has(row.status) || alternateName === '') continue
    if (!(RATING_VALUES as readonly number[]).includes(value)) continue
    seen.add(row.status)
    ratingMap.push({ status: row.status, ratingValue: value, alternateName })
  }
  if (JSON.stringify(ratingMap) === JSON.stringify(c.ratingMap)) return c
  return { ...c, ratingMap, updatedAt: ctx.at }
}
