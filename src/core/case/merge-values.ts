/**
 * Three-way merging of plain JSON values, the pieces merge-cases.ts is built from: a value (one side changed it:
 * take that side; both changed it the same way: take it; both differently: a clash), a map of values by key, a
 * list of records by id, an append-only list (history) and a set of ids.
 */

/** Structural equality of JSON values (objects compared key by key, whatever their key order). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((entry, i) => sameValue(entry, b[i]))
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)])
  for (const key of keys) {
    if (!sameValue(ra[key], rb[key])) return false
  }
  return true
}

/** A clash found while merging: where (a path of keys inside the thing merged) and the three values. */
export interface Clash {
  path: string
  base: unknown
  ours: unknown
  theirs: unknown
}

/** The merged value: `ours` stays when both changed it differently, and the clash is recorded. */
export function mergeValue<T>(base: T, ours: T, theirs: T, path: string, clashes: Clash[]): T {
  if (ours === theirs || sameValue(ours, theirs)) return theirs
  if (ours === base || sameValue(ours, base)) return theirs
  if (theirs === base || sameValue(theirs, base)) return ours
  clashes.push({ path, base: base ?? null, ours: ours ?? null, theirs: theirs ?? null })
  return ours
}

/** Maps merged key by key (a key removed on one side and untouched on the other goes). */
export function mergeMap<T>(
  base: Record<string, T> | undefined,
  ours: Record<string, T> | undefined,
  theirs: Record<string, T> | undefined,
  path: string,
  clashes: Clash[]
): Record<string, T> {
  const b = base ?? {}
  const o = ours ?? {}
  const t = theirs ?? {}
  const out: Record<string, T> = {}
  const keys = new Set([...Object.keys(t), ...Object.keys(o), ...Object.keys(b)])
  for (const key of keys) {
    const merged = mergeValue<T | undefined>(b[key], o[key], t[key], `${path}.${key}`, clashes)
    if (merged !== undefined && merged !== null) out[key] = merged
  }
  return out
}

interface Keyed {
  id: string
}

/**
 * Lists of records with ids (notes, queries): each record merged whole. A record added on both sides under the
 * same id with different contents keeps both, ours under a fresh id made by `freshId`; a record deleted on one
 * side and changed on the other is kept (a clash); the order is theirs, with ours' new records after.
 */
export function mergeRecords<T extends Keyed>(
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
  path: string,
  clashes: Clash[],
  freshId: (taken: Set<string>) => string
): T[] {
  const b = new Map(base.map((r) => [r.id, r]))
  const o = new Map(ours.map((r) => [r.id, r]))
  const out: T[] = []
  const taken = new Set([...base, ...ours, ...theirs].map((r) => r.id))
  for (const t of theirs) {
    const old = b.get(t.id)
    const mine = o.get(t.id)
    if (!old) {
      out.push(t)
      // Both sides added this id: keep theirs here and ours (if different) among the new records below.
      continue
    }
    if (!mine) {
      // Ours deleted it: gone, unless theirs changed it meanwhile.
      if (!sameValue(t, old)) {
        clashes.push({ path: `${path}.${t.id}`, base: old, ours: null, theirs: t })
        out.push(t)
      }
      continue
    }
    out.push(mergeValue(old, mine, t, `${path}.${t.id}`, clashes))
  }
  const theirIds = new Set(theirs.map((r) => r.id))
  for (const mine of ours) {
    const old = b.get(mine.id)
    if (old) {
      // Theirs deleted it: gone, unless ours changed it meanwhile.
      if (!theirIds.has(mine.id) && !sameValue(mine, old)) {
        clashes.push({ path: `${path}.${mine.id}`, base: old, ours: mine, theirs: null })
        out.push(mine)
      }
      continue
    }
    if (!theirIds.has(mine.id)) out.push(mine)
    else if (
      !sameValue(
        mine,
        theirs.find((t) => t.id === mine.id)
      )
    ) {
      const id = freshId(taken)
      taken.add(id)
      out.push({ ...mine, id })
    }
  }
  return out
}

/** An append-only list (history): what both sides added after the base, in time order, each entry once. */
export function mergeAppended<T extends { at: string }>(
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[]
): T[] {
  if (ours.length <= base.length) return [...theirs]
  if (theirs.length <= base.length) return [...ours]
  const seen = new Set(theirs.map((entry) => JSON.stringify(entry)))
  const added = ours.slice(base.length).filter((entry) => !seen.has(JSON.stringify(entry)))
  // A stable sort by time: entries at the same moment keep theirs-then-ours order.
  return [...theirs, ...added]
    .map((entry, index) => ({ entry, index }))
    .sort((x, y) => x.entry.at.localeCompare(y.entry.at) || x.index - y.index)
    .map(({ entry }) => entry)
}

/** A set of ids kept as a list: what either side added, minus what either side removed; theirs' order first. */
export function mergeIdSet(base: readonly string[], ours: readonly string[], theirs: readonly string[]): string[] {
  const b = new Set(base)
  const removed = new Set([...base.filter((id) => !ours.includes(id)), ...base.filter((id) => !theirs.includes(id))])
  const out: string[] = []
  for (const id of [...theirs, ...ours]) {
    if (removed.has(id) && b.has(id)) continue
    if (!out.includes(id)) out.push(id)
  }
  return out
}
