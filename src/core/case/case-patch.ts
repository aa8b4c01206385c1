/**
 * A save sends what changed, not the whole case: `casePatch(base, next)` lists the items and sources that are new,
 * changed or gone and the other fields that changed; `applyPatch(base, patch)` rebuilds `next` from `base`.
 *
 * Ops never mutate (op-context.ts), so an unchanged item is the very same object in both versions: telling what
 * changed is an identity check per item, not a deep comparison, and a status key at 5,000 items sends one item.
 * Whatever is not the same object is sent whole; sending an item that did not really change is harmless.
 */
import type { CasePatch } from '../../shared/contract'
import type { CaseFile, Item, Source } from '../../shared/case'

type PatchFields = CasePatch['fields']
type FieldKey = keyof PatchFields

/** The case's fields a patch carries by value (everything but items, sources, identity and save time). */
export const PATCH_FIELDS = [
  'createdAt',
  'articlePath',
  'articleDate',
  'drafts',
  'currentDraftId',
  'statuses',
  'ratingMap',
  'threshold',
  'conflicts',
  'checklists',
  'reportHeader'
] as const satisfies readonly FieldKey[]

/** Optional fields of the case: a patch sends null when one went away (an undo back to a case without it). */
const OPTIONAL_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>(['conflicts', 'checklists', 'reportHeader'])

interface Keyed {
  id: string
}

/**
 * True when `next` holds `base`'s ids in the same places (a status, a note, an answer: every change but adding,
 * removing or reordering). Then what changed is an identity check by index, with no id map to build: at the size
 * limit (28,000 items) the maps cost ~100 ms of the status key, twice per save.
 */
function sameIdsInPlace(base: readonly Keyed[], next: readonly Keyed[]): boolean {
  if (base.length !== next.length) return false
  for (let i = 0; i < base.length; i++) if (base[i] !== next[i] && base[i].id !== next[i].id) return false
  return true
}

function changedById<T extends Keyed>(base: readonly T[], next: readonly T[]): { changed: T[]; removed: string[] } {
  if (sameIdsInPlace(base, next)) return { changed: next.filter((entry, i) => entry !== base[i]), removed: [] }
  const before = new Map(base.map((entry) => [entry.id, entry]))
  const changed = next.filter((entry) => before.get(entry.id) !== entry)
  const kept = new Set(next.map((entry) => entry.id))
  const removed = base.filter((entry) => !kept.has(entry.id)).map((entry) => entry.id)
  return { changed, removed }
}

/** True when `next`'s ids are `base`'s surviving ids in the same order, with any new ones after them. */
function orderKept(base: readonly Keyed[], next: readonly Keyed[]): boolean {
  const surviving = new Set(next.map((entry) => entry.id))
  const old = base.filter((entry) => surviving.has(entry.id))
  const known = new Set(base.map((entry) => entry.id))
  let i = 0
  for (const entry of next) {
    if (!known.has(entry.id)) continue
    if (old[i]?.id !== entry.id) return false
    i += 1
  }
  // New entries must all come after the surviving ones for "append" to rebuild the same order.
  const firstNew = next.findIndex((entry) => !known.has(entry.id))
  return firstNew < 0 || next.slice(firstNew).every((entry) => !known.has(entry.id))
}

/** What turns `base` into `next`. */
export function casePatch(base: CaseFile, next: CaseFile): CasePatch {
  const items = changedById(base.items, next.items)
  const sources = changedById(base.sources, next.sources)
  const fields: Record<string, unknown> = {}
  for (const key of PATCH_FIELDS) {
    if (base[key] !== next[key]) fields[key] = next[key] ?? null
  }
  return {
    items: items.changed,
    removedItemIds: items.removed,
    sources: sources.changed,
    removedSourceIds: sources.removed,
    fields: fields as PatchFields,
    itemOrder:
      sameIdsInPlace(base.items, next.items) || orderKept(base.items, next.items)
        ? null
        : next.items.map((item) => item.id)
  }
}

/** True when the patch changes nothing. */
export function isEmptyPatch(patch: CasePatch): boolean {
  return (
    patch.items.length === 0 &&
    patch.removedItemIds.length === 0 &&
    patch.sources.length === 0 &&
    patch.removedSourceIds.length === 0 &&
    Object.keys(patch.fields).length === 0 &&
    patch.itemOrder === null
  )
}

function applyById<T extends Keyed>(base: readonly T[], changed: readonly T[], removed: readonly string[]): T[] {
  const gone = new Set(removed)
  const byId = new Map(changed.map((entry) => [entry.id, entry]))
  const out: T[] = []
  for (const entry of base) {
    if (gone.has(entry.id)) continue
    out.push(byId.get(entry.id) ?? entry)
    byId.delete(entry.id)
  }
  for (const added of byId.values()) out.push(added)
  return out
}

function ordered(items: Item[], order: readonly string[] | null): Item[] {
  if (order === null) return items
  const rank = new Map(order.map((id, index) => [id, index]))
  const last = order.length
  // Ids the order does not name (added by a merge meanwhile) keep their place relative to each other, at the end.
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (rank.get(a.item.id) ?? last) - (rank.get(b.item.id) ?? last) || a.index - b.index)
    .map(({ item }) => item)
}

/** `base` with the patch applied; items and sources the patch does not name stay the same objects. */
export function applyPatch(base: CaseFile, patch: CasePatch): CaseFile {
  const next: CaseFile = { ...base }
  for (const key of PATCH_FIELDS) {
    if (!Object.hasOwn(patch.fields, key)) continue
    const value = patch.fields[key]
    if (OPTIONAL_FIELDS.has(key) && (value === null || value === undefined)) delete next[key]
    else (next as unknown as Record<string, unknown>)[key] = value
  }
  next.items = ordered(applyById(base.items, patch.items, patch.removedItemIds), patch.itemOrder)
  next.sources = applyById<Source>(base.sources, patch.sources, patch.removedSourceIds)
  return next
}
