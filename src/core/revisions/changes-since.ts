/**
 * What the changes view lists: every item the last revision changed or removed, plus any item
 * still waiting for a re-check from an earlier revision. Re-checks come first (that is the work),
 * then other changes, then removals; in reading order within each group.
 */
import { NEEDS_RECHECK_STATUS, type CaseFile, type Draft, type Item } from '../../shared/case'
import { shownQuote } from '../case/case-reading'

export interface ChangeEntry {
  item: Item
  outcome: 'changed' | 'removed'
  /**
   * The wording when last checked (changed) or the wording that went (removed). A quote's as the list, the detail
   * and the report show it (shownQuote: without the comma that closes it inside the marks), so the diff strikes out
   * no comma the checker never sees elsewhere.
   */
  before: string
  /** The wording now; null when removed. */
  after: string | null
  needsRecheck: boolean
  /** The draft whose import changed it. */
  draftId: string
}

export interface ChangesSince {
  previous: Draft | null
  current: Draft | null
  entries: ChangeEntry[]
}

export function changesSincePreviousDraft(caseFile: CaseFile): ChangesSince {
  const index = caseFile.drafts.findIndex((d) => d.id === caseFile.currentDraftId)
  const current = index >= 0 ? caseFile.drafts[index] : null
  const previous = index > 0 ? caseFile.drafts[index - 1] : null
  const entries: ChangeEntry[] = []
  for (const item of caseFile.items) {
    const revised = lastRevision(item)
    if (!revised) continue
    const needsRecheck = item.state !== 'removed' && item.status === NEEDS_RECHECK_STATUS
    const inThisDraft =
      revised.draftId === caseFile.currentDraftId && (revised.detail === 'changed' || revised.detail === 'removed')
    if (!inThisDraft && !needsRecheck) continue
    const outcome = item.state === 'removed' ? 'removed' : 'changed'
    const shown = (words: string): string => (item.kind === 'quote' ? shownQuote(words) : words)
    entries.push({
      item,
      outcome,
      before: shown(outcome === 'removed' ? item.anchor.exact : (item.previousText ?? item.anchor.exact)),
      after: outcome === 'removed' ? null : shown(item.anchor.exact),
      needsRecheck,
      draftId: revised.draftId ?? caseFile.currentDraftId
    })
  }
  const rank = (e: ChangeEntry): number => (e.needsRecheck ? 0 : e.outcome === 'changed' ? 1 : 2)
  entries.sort((a, b) => rank(a) - rank(b) || a.item.anchor.start - b.item.anchor.start)
  return { previous, current, entries }
}

function lastRevision(item: Item) {
  for (let k = item.history.length - 1; k >= 0; k--) {
    const entry = item.history[k]
    if (entry.action === 'revised' && entry.detail !== 'unchanged') return entry
  }
  return null
}
