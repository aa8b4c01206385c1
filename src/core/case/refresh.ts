/**
 * `factdesk init` on an article whose case already exists: the engine's suggestions are brought
 * up to date (a newer Factdesk may find more, or score differently) without touching anything
 * a checker did. An item counts as the checker's once it is accepted, dismissed, manual, or has
 * any status, source, note, query, correction, checklist tick or history beyond its suggestion.
 */
import type { Extraction } from '../../shared/article'
import { UNCHECKED_STATUS, type CaseFile, type Item } from '../../shared/case'
import { itemsFromExtraction } from './engine-items'
import { nextNumber } from './ids'
import { sameValue } from './merge-values'

export interface RefreshSummary {
  kept: number
  /** Suggestions the engine finds again exactly as they were. */
  unchanged: number
  /** Suggestions found at the same place with a new analysis (score, reasons, facts, speaker…). */
  updated: number
  added: number
  dropped: number
}

export function isUntouchedSuggestion(item: Item): boolean {
  return (
    item.origin === 'engine' &&
    item.state === 'suggested' &&
    item.status === UNCHECKED_STATUS &&
    item.sourceIds.length === 0 &&
    item.notes.length === 0 &&
    item.queries.length === 0 &&
    item.correction === null &&
    item.verdictNote === '' &&
    Object.keys(item.checklist).length === 0 &&
    item.history.length <= 1
  )
}

const placeKey = (item: Item): string => `${item.kind}:${item.anchor.start}:${item.anchor.end}`

export function refreshSuggestions(
  caseFile: CaseFile,
  extraction: Extraction,
  now: string
): { case: CaseFile; summary: RefreshSummary } {
  const fresh = itemsFromExtraction(
    extraction,
    caseFile.currentDraftId,
    now,
    nextNumber(
      'i',
      caseFile.items.map((item) => item.id)
    )
  )
  const freshByPlace = new Map(fresh.map((item) => [placeKey(item), item]))
  const summary: RefreshSummary = { kept: 0, unchanged: 0, updated: 0, added: 0, dropped: 0 }
  const taken = new Set<string>()
  const items: Item[] = []

  for (const item of caseFile.items) {
    const key = placeKey(item)
    if (!isUntouchedSuggestion(item)) {
      items.push(item)
      taken.add(key)
      summary.kept += 1
      continue
    }
    const match = freshByPlace.get(key)
    if (!match) {
      summary.dropped += 1
      continue
    }
    // Same words, same place: keep the id (links from elsewhere stay valid), take the new analysis.
    const refreshed = { ...match, id: item.id, history: item.history }
    const same = sameValue(refreshed, item)
    items.push(same ? item : refreshed)
    taken.add(key)
    if (same) summary.unchanged += 1
    else summary.updated += 1
  }
  for (const item of fresh) {
    if (taken.has(placeKey(item))) continue
    items.push(item)
    summary.added += 1
  }
  items.sort((a, b) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end)
  return { case: { ...caseFile, items }, summary }
}

/** Nothing to write: every suggestion was found again as it was, none new, none gone. */
export function refreshChangesNothing(summary: RefreshSummary): boolean {
  return summary.updated === 0 && summary.added === 0 && summary.dropped === 0
}
