/**
 * Progress shown in the toolbar: "X of Y resolved", counts per status, and whether the article is
 * ready to publish (every item to check has a resolving status and no query is open). A draft with nothing to check
 * (no claim or quote in it) is not ready: nothing has been checked, and "Ready to publish" said the opposite. Nor is
 * one with an item rated Incorrect still in it, as the report's verdict has it: the toolbar said "Ready to publish"
 * while the report it exported said "Not ready".
 */
import type { CaseFile } from '../../shared/case'
import { BLOCKING_RESOLVED_STATUS } from '../report/summary'
import { isActive } from './case-reading'
import { openQueryCount } from './ops-notes'

export interface Progress {
  resolved: number
  total: number
  byStatus: Record<string, number>
  unchecked: number
  openQueries: number
  /** No claim or quote in the draft: there is nothing the check could have resolved. */
  empty: boolean
  /** Items rated Incorrect still in the draft: resolved, but they keep the article from being ready. */
  incorrect: number
  ready: boolean
}

export function caseProgress(c: Pick<CaseFile, 'items' | 'statuses'>): Progress {
  const resolvedIds = new Set(c.statuses.filter((s) => s.resolved).map((s) => s.id))
  const byStatus: Record<string, number> = {}
  for (const s of c.statuses) byStatus[s.id] = 0
  let resolved = 0
  let total = 0
  for (const item of c.items) {
    if (!isActive(item)) continue
    total++
    byStatus[item.status] = (byStatus[item.status] ?? 0) + 1
    if (resolvedIds.has(item.status)) resolved++
  }
  const openQueries = openQueryCount(c)
  const unchecked = total - resolved
  const empty = total === 0
  const incorrect = byStatus[BLOCKING_RESOLVED_STATUS] ?? 0
  return {
    resolved,
    total,
    byStatus,
    unchecked,
    openQueries,
    empty,
    incorrect,
    ready: !empty && unchecked === 0 && openQueries === 0 && incorrect === 0
  }
}

/** The statuses the 1–7 keys give: the first seven a checker may pick (system ones excluded). */
export function keyStatuses(c: CaseFile): string[] {
  return c.statuses
    .filter((s) => !s.system)
    .slice(0, 7)
    .map((s) => s.id)
}
