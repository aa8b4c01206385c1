/**
 * Two copies of one case (same `id`) set side by side: a case file the checker picks to open, and the copy Factdesk
 * already keeps of it (browser mode keeps an uploaded case as a copy in its data folder). Opening the picked file as
 * yet another copy would leave two proofs of one check drifting apart, so the opener asks this first:
 * - `same`: nothing differs but when each was last saved: the copy kept is opened;
 * - `older`: the picked file is a version the kept copy went through (each of its items is there, unchanged or with
 *   more history after it; its sources, drafts and settings are all there): the kept copy, which has the later work,
 *   is opened;
 * - `differs`: anything else; the checker is told what differs and chooses.
 * Pure, so it is judged on cases alone; the files are the opener's (src/main/services/uploaded-case.ts).
 */
import type { CaseFile, Item } from '../../shared/case'
import { sameValue } from './merge-values'

export type CopyStanding = 'same' | 'older' | 'differs'

export interface CopyComparison {
  standing: CopyStanding
  /** Items in both whose content differs (status, notes, sources linked…). */
  itemsDiffer: number
  /** Items only in the picked file, and only in the copy kept. */
  onlyPicked: number
  onlyKept: number
  /** Sources that differ or are only in one of the two. */
  sourcesDiffer: number
  /** Drafts the picked file has and the copy kept has not. */
  draftsOnlyPicked: number
  /** Case settings (statuses, threshold, article date, checklists, report header) that differ. */
  settingsDiffer: number
}

/** What a case holds beside its items, sources and drafts; `updatedAt` and open conflicts are not content. */
const SETTINGS = ['articleDate', 'statuses', 'ratingMap', 'threshold', 'checklists', 'reportHeader'] as const

/** True when `kept` is `picked` with more done to it since: its history goes on where the picked one stops. */
function carriesOn(picked: Item, kept: Item): boolean {
  if (kept.history.length <= picked.history.length) return false
  return picked.history.every((entry, i) => sameValue(entry, kept.history[i]))
}

function byId<T extends { id: string }>(list: T[]): Map<string, T> {
  return new Map(list.map((entry) => [entry.id, entry]))
}

export function compareCopies(picked: CaseFile, kept: CaseFile): CopyComparison {
  const keptItems = byId(kept.items)
  let itemsDiffer = 0
  let itemsMovedOn = 0
  let onlyPicked = 0
  for (const item of picked.items) {
    const other = keptItems.get(item.id)
    if (!other) onlyPicked += 1
    else if (sameValue(item, other)) continue
    else if (carriesOn(item, other)) itemsMovedOn += 1
    else itemsDiffer += 1
  }
  const pickedIds = new Set(picked.items.map((item) => item.id))
  const onlyKept = kept.items.filter((item) => !pickedIds.has(item.id)).length
  const keptSources = byId(kept.sources)
  const sourcesDiffer = picked.sources.filter((source) => !sameValue(source, keptSources.get(source.id))).length
  const sourcesOnlyKept = kept.sources.length - picked.sources.filter((source) => keptSources.has(source.id)).length
  const keptDrafts = byId(kept.drafts)
  const draftsOnlyPicked = picked.drafts.filter((draft) => !sameValue(draft, keptDrafts.get(draft.id))).length
  const settingsDiffer = SETTINGS.filter((key) => !sameValue(picked[key], kept[key])).length
  const counts = { itemsDiffer, onlyPicked, onlyKept, sourcesDiffer, draftsOnlyPicked, settingsDiffer }
  const pickedHasOwn = itemsDiffer + onlyPicked + sourcesDiffer + draftsOnlyPicked + settingsDiffer > 0
  const keptHasMore = itemsMovedOn + onlyKept + sourcesOnlyKept > 0 || kept.currentDraftId !== picked.currentDraftId
  if (pickedHasOwn) return { standing: 'differs', ...counts }
  if (!keptHasMore && sameValue(picked.conflicts ?? [], kept.conflicts ?? [])) return { standing: 'same', ...counts }
  // The kept copy moved on from the picked file (or only settled its conflicts): the picked file is its past.
  return { standing: 'older', ...counts }
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/** What the picked file has that the copy kept has not, and the other way round, in a few words each. */
export function describeDifference(comparison: CopyComparison): { picked: string[]; kept: string[] } {
  const { itemsDiffer, onlyPicked, onlyKept, sourcesDiffer, draftsOnlyPicked, settingsDiffer } = comparison
  const picked: string[] = []
  if (itemsDiffer > 0) picked.push(`${count(itemsDiffer, 'item', 'items')} checked differently`)
  if (onlyPicked > 0) picked.push(count(onlyPicked, 'item the copy lacks', 'items the copy lacks'))
  if (sourcesDiffer > 0) picked.push(count(sourcesDiffer, 'source that differs', 'sources that differ'))
  if (draftsOnlyPicked > 0) picked.push(count(draftsOnlyPicked, 'draft the copy lacks', 'drafts the copy lacks'))
  if (settingsDiffer > 0) picked.push(count(settingsDiffer, 'case setting changed', 'case settings changed'))
  const kept = onlyKept > 0 ? [count(onlyKept, 'item the file lacks', 'items the file lacks')] : []
  return { picked, kept }
}
