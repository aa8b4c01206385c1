/**
 * Three-way merge of two versions of a case made from the same base: the version a window or process last read
 * (`base`), what it has now (`ours`) and what is on disk meanwhile (`theirs`: another window, another process, a
 * colleague's copy on a synced folder). The ground on which several checkers share one case, so it is pure and
 * knows nothing of files.
 *
 * - Items and sources are matched by id and merged field by field: changes to different items or different fields
 *   are all kept. Notes and queries merge record by record, history keeps both sides' entries in time order,
 *   linked sources and checklist ticks merge entry by entry.
 * - The same field changed on both sides to different values is a conflict (CaseConflict) holding both values;
 *   the case keeps `ours` meanwhile, and nothing is dropped until the checker picks (ops-conflicts.ts).
 * - An item or source deleted on one side and changed on the other is kept, with a `deleted` conflict.
 * - Items or sources added on both sides under the same id (each side numbered its own "i42") are both kept: ours
 *   gets the next free id, and ours' references to it (twins, linked sources) follow.
 * Fields that only make sense together (a status and the draft it was given on; a state and who dismissed; an
 * anchor and its facts) merge as one.
 */
import type { CaseConflict, CaseFile, Item, Source } from '../../shared/case'
import { nextId } from './ids'
import { mergeAppended, mergeIdSet, mergeMap, mergeRecords, mergeValue, sameValue, type Clash } from './merge-values'

export interface MergeOptions {
  /** When the merge happens (stamped on each new conflict). */
  at: string
  /** Who saved each side, as far as known. */
  oursBy?: string
  theirsBy?: string
}

export interface MergeOutcome {
  case: CaseFile
  /** The conflicts this merge found (also in `case.conflicts`, with any still open from before). */
  conflicts: CaseConflict[]
}

/** Fields merged as one value: the key names the group in a conflict's `field`. */
export const ITEM_FIELD_GROUPS: Record<string, readonly (keyof Item)[]> = {
  status: ['status', 'statusDraftId'],
  state: ['state', 'dismissed'],
  anchor: ['anchor', 'facts', 'previousText']
}
export const CASE_FIELD_GROUPS: Record<string, readonly (keyof CaseFile)[]> = { drafts: ['drafts', 'currentDraftId'] }
const CASE_FIELDS = [
  'createdAt',
  'articlePath',
  'articleDate',
  'statuses',
  'ratingMap',
  'threshold',
  'checklists',
  'reportHeader'
] as const

function pick<T extends object>(value: T, keys: readonly (keyof T)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of keys) out[key as string] = value[key]
  return out
}

/** Merges objects field by field; `special` fields merge their own way, grouped fields as one. */
function mergeFields<T extends object>(
  base: T,
  ours: T,
  theirs: T,
  groups: Record<string, readonly (keyof T)[]>,
  clashes: Clash[],
  special: Partial<Record<keyof T, () => unknown>> = {}
): T {
  const out = { ...theirs } as Record<string, unknown>
  const grouped = new Set<string>()
  for (const [name, keys] of Object.entries(groups)) {
    keys.forEach((key) => grouped.add(key as string))
    Object.assign(out, mergeValue(pick(base, keys), pick(ours, keys), pick(theirs, keys), name, clashes))
  }
  const keys = new Set([...Object.keys(theirs), ...Object.keys(ours)])
  for (const key of keys) {
    if (grouped.has(key)) continue
    const merge = special[key as keyof T]
    const value = merge
      ? merge()
      : mergeValue(
          (base as Record<string, unknown>)[key],
          (ours as Record<string, unknown>)[key],
          (theirs as Record<string, unknown>)[key],
          key,
          clashes
        )
    if (value === undefined) delete out[key]
    else out[key] = value
  }
  return out as T
}

function mergeItem(base: Item, ours: Item, theirs: Item, clashes: Clash[]): Item {
  if (ours === base) return theirs
  const merged = mergeFields(
    base,
    ours,
    theirs,
    ITEM_FIELD_GROUPS as Record<string, readonly (keyof Item)[]>,
    clashes,
    {
      notes: () => mergeRecords(base.notes, ours.notes, theirs.notes, 'notes', clashes, (taken) => nextId('n', taken)),
      queries: () =>
        mergeRecords(base.queries, ours.queries, theirs.queries, 'queries', clashes, (taken) => nextId('q', taken)),
      history: () => mergeAppended(base.history, ours.history, theirs.history),
      sourceIds: () => mergeIdSet(base.sourceIds, ours.sourceIds, theirs.sourceIds),
      checklist: () => mergeMap(base.checklist, ours.checklist, theirs.checklist, 'checklist', clashes),
      unsent: () => {
        const unsent = mergeMap(base.unsent, ours.unsent, theirs.unsent, 'unsent', clashes)
        return Object.keys(unsent).length > 0 ? unsent : undefined
      }
    }
  )
  return merged
}

function mergeSource(base: Source, ours: Source, theirs: Source, clashes: Clash[]): Source {
  return ours === base ? theirs : mergeFields(base, ours, theirs, {}, clashes)
}

interface Keyed {
  id: string
}

/** Renames ours' new entries whose id theirs also added (with other contents); answers the renames. */
function clashingNewIds<T extends Keyed>(
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
  prefix: string
): Map<string, string> {
  const inBase = new Set(base.map((e) => e.id))
  const theirsById = new Map(theirs.map((e) => [e.id, e]))
  const taken = new Set([...base, ...ours, ...theirs].map((e) => e.id))
  const renames = new Map<string, string>()
  for (const entry of ours) {
    const other = theirsById.get(entry.id)
    if (inBase.has(entry.id) || !other || sameValue(entry, other)) continue
    const id = nextId(prefix, taken)
    taken.add(id)
    renames.set(entry.id, id)
  }
  return renames
}

/** Ours with its clashing new item and source ids renamed, and every reference to them following. */
function reIdOurs(base: CaseFile, ours: CaseFile, theirs: CaseFile): CaseFile {
  const items = clashingNewIds(base.items, ours.items, theirs.items, 'i')
  const sources = clashingNewIds(base.sources, ours.sources, theirs.sources, 's')
  if (items.size === 0 && sources.size === 0) return ours
  const item = (id: string) => items.get(id) ?? id
  const source = (id: string) => sources.get(id) ?? id
  return {
    ...ours,
    items: ours.items.map((it) =>
      items.has(it.id) || (it.twinOf !== null && items.has(it.twinOf)) || it.sourceIds.some((id) => sources.has(id))
        ? {
            ...it,
            id: item(it.id),
            twinOf: it.twinOf === null ? null : item(it.twinOf),
            sourceIds: it.sourceIds.map(source)
          }
        : it
    ),
    sources: ours.sources.map((s) => (sources.has(s.id) ? { ...s, id: source(s.id) } : s))
  }
}

type Recorder = (clash: Clash, targetId: string, kind: CaseConflict['kind']) => void

/**
 * Items or sources merged by id, in theirs' order, ours' new ones placed after the entry they follow in ours.
 * Deleted on one side: gone, unless the other side changed it (then kept, with a `deleted` conflict).
 */
function mergeEntities<T extends Keyed>(
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
  mergeOne: (b: T, o: T, t: T, clashes: Clash[]) => T,
  record: Recorder
): T[] {
  const b = new Map(base.map((e) => [e.id, e]))
  const o = new Map(ours.map((e) => [e.id, e]))
  const theirIds = new Set(theirs.map((e) => e.id))
  const out: T[] = []
  for (const t of theirs) {
    const old = b.get(t.id)
    const mine = o.get(t.id)
    if (!old || (mine && mine === old)) {
      out.push(t)
    } else if (!mine) {
      if (sameValue(t, old)) continue
      record({ path: '', base: old, ours: null, theirs: t }, t.id, 'deleted')
      out.push(t)
    } else {
      const clashes: Clash[] = []
      out.push(mergeOne(old, mine, t, clashes))
      clashes.forEach((clash) => record(clash, t.id, 'field'))
    }
  }
  let at = 0
  for (const mine of ours) {
    const placed = indexOfId(out, mine.id, at)
    if (placed >= 0) {
      at = placed + 1
      continue
    }
    const old = b.get(mine.id)
    if (old) {
      if (theirIds.has(mine.id) || sameValue(mine, old)) continue
      record({ path: '', base: old, ours: mine, theirs: null }, mine.id, 'deleted')
    }
    // After whatever theirs added at the same place: what was on disk first stays first.
    while (at < out.length && !b.has(out[at].id) && !o.has(out[at].id)) at += 1
    out.splice(at, 0, mine)
    at += 1
  }
  return out
}

/**
 * Where an id sits in `list`, looking from `from` first: both sides usually keep the same order, so the next of ours
 * is almost always right there, and a 5,000-item merge stays linear instead of one full scan per item. Ids in the
 * list are unique, so the answer is the same as a scan from the start.
 */
function indexOfId(list: readonly { id: string }[], id: string, from: number): number {
  for (let i = from; i < list.length; i += 1) if (list[i].id === id) return i
  for (let i = 0; i < Math.min(from, list.length); i += 1) if (list[i].id === id) return i
  return -1
}

export function mergeCases(base: CaseFile, oursGiven: CaseFile, theirs: CaseFile, options: MergeOptions): MergeOutcome {
  const ours = reIdOurs(base, oursGiven, theirs)
  const found: Omit<CaseConflict, 'id'>[] = []
  const recorder =
    (scope: CaseConflict['scope']): Recorder =>
    (clash, targetId, kind) =>
      found.push({
        kind,
        scope,
        targetId,
        field: clash.path,
        base: clash.base,
        ours: clash.ours,
        theirs: clash.theirs,
        oursBy: options.oursBy ?? '',
        theirsBy: options.theirsBy ?? '',
        at: options.at
      })
  const items = mergeEntities(base.items, ours.items, theirs.items, mergeItem, recorder('item'))
  const sources = mergeEntities(base.sources, ours.sources, theirs.sources, mergeSource, recorder('source'))

  const clashes: Clash[] = []
  const merged: CaseFile = {
    ...theirs,
    items,
    sources,
    updatedAt: ours.updatedAt > theirs.updatedAt ? ours.updatedAt : theirs.updatedAt
  }
  for (const [name, keys] of Object.entries(CASE_FIELD_GROUPS))
    Object.assign(merged, mergeValue(pick(base, keys), pick(ours, keys), pick(theirs, keys), name, clashes))
  for (const key of CASE_FIELDS) {
    const value = mergeValue<unknown>(base[key], ours[key], theirs[key], key, clashes)
    // An optional setting neither side has (a case from before it) stays absent rather than `undefined`.
    if (value === undefined || (value === null && (key === 'checklists' || key === 'reportHeader')))
      delete (merged as unknown as Record<string, unknown>)[key]
    else (merged as unknown as Record<string, unknown>)[key] = value
  }
  clashes.forEach((clash) => recorder('case')(clash, '', 'field'))

  // Conflicts already open merge like records (one settled on either side stays settled); the new ones follow.
  const open = mergeRecords(
    base.conflicts ?? [],
    ours.conflicts ?? [],
    theirs.conflicts ?? [],
    'conflicts',
    [],
    (taken) => nextId('k', taken)
  )
  const taken = new Set(open.map((c) => c.id))
  const added = found.map((conflict) => {
    const id = nextId('k', taken)
    taken.add(id)
    return { id, ...conflict }
  })
  const conflicts = [...open, ...added]
  if (conflicts.length > 0) merged.conflicts = conflicts
  else delete merged.conflicts
  return { case: merged, conflicts: added }
}
