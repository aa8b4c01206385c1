/**
 * Diffing two unit lists by key. Patience-style: units whose key occurs exactly once on each side
 * are matched first and their longest increasing run becomes a skeleton of fixed points; only the
 * short gaps between fixed points go through `diffArrays` (Myers on integers). On a long draft
 * with hundreds of scattered edits this is near-linear, where one Myers pass costs O(N·D).
 * Returns the pairs of equal units and the hunks between them, where a run of old units was
 * replaced by a run of new ones (either side may be empty).
 */
import { diffArrays } from 'diff'
import type { Unit } from './units'

export interface UnitHunk {
  /** Index range [oldFrom, oldTo) into the old units. */
  oldFrom: number
  oldTo: number
  /** Index range [newFrom, newTo) into the new units. */
  newFrom: number
  newTo: number
}

export interface UnitDiff {
  /** [oldIndex, newIndex] of units with the same words, in order. */
  pairs: Array<[number, number]>
  hunks: UnitHunk[]
}

/** Below this many units a plain Myers pass is cheaper than building the skeleton. */
const SKELETON_MIN_UNITS = 64

export function diffUnits(oldUnits: Unit[], newUnits: Unit[]): UnitDiff {
  const result: UnitDiff = { pairs: [], hunks: [] }
  if (oldUnits.length + newUnits.length < SKELETON_MIN_UNITS) {
    diffGap(oldUnits, 0, oldUnits.length, newUnits, 0, newUnits.length, result)
    return result
  }
  let oldFrom = 0
  let newFrom = 0
  for (const [i, j] of uniqueSkeleton(oldUnits, newUnits)) {
    diffGap(oldUnits, oldFrom, i, newUnits, newFrom, j, result)
    result.pairs.push([i, j])
    oldFrom = i + 1
    newFrom = j + 1
  }
  diffGap(oldUnits, oldFrom, oldUnits.length, newUnits, newFrom, newUnits.length, result)
  return result
}

/** Pairs of units unique on both sides, reduced to their longest run increasing on both sides. */
function uniqueSkeleton(oldUnits: Unit[], newUnits: Unit[]): Array<[number, number]> {
  const counts = new Map<number, { old: number; new: number; oldIndex: number; newIndex: number }>()
  const entry = (key: number) => {
    let e = counts.get(key)
    if (!e) counts.set(key, (e = { old: 0, new: 0, oldIndex: -1, newIndex: -1 }))
    return e
  }
  oldUnits.forEach((unit, index) => {
    const e = entry(unit.key)
    e.old++
    e.oldIndex = index
  })
  newUnits.forEach((unit, index) => {
    const e = entry(unit.key)
    e.new++
    e.newIndex = index
  })
  const candidates: Array<[number, number]> = []
  for (const e of counts.values()) if (e.old === 1 && e.new === 1) candidates.push([e.oldIndex, e.newIndex])
  candidates.sort((a, b) => a[0] - b[0])
  return longestIncreasing(candidates)
}

/** Longest subsequence with increasing new index (patience sorting, O(n log n)). */
function longestIncreasing(pairs: Array<[number, number]>): Array<[number, number]> {
  const tails: number[] = []
  const previous = new Int32Array(pairs.length)
  for (let k = 0; k < pairs.length; k++) {
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (pairs[tails[middle]][1] < pairs[k][1]) low = middle + 1
      else high = middle
    }
    previous[k] = low > 0 ? tails[low - 1] : -1
    tails[low] = k
  }
  const run: Array<[number, number]> = []
  for (let k = tails.length > 0 ? tails[tails.length - 1] : -1; k >= 0; k = previous[k]) run.push(pairs[k])
  return run.reverse()
}

/** Myers on the gap [oldFrom, oldTo) × [newFrom, newTo), after trimming its common ends. */
function diffGap(
  oldUnits: Unit[],
  oldFrom: number,
  oldTo: number,
  newUnits: Unit[],
  newFrom: number,
  newTo: number,
  out: UnitDiff
): void {
  while (oldFrom < oldTo && newFrom < newTo && oldUnits[oldFrom].key === newUnits[newFrom].key)
    out.pairs.push([oldFrom++, newFrom++])
  const tail: Array<[number, number]> = []
  while (oldFrom < oldTo && newFrom < newTo && oldUnits[oldTo - 1].key === newUnits[newTo - 1].key)
    tail.push([--oldTo, --newTo])
  if (oldFrom < oldTo || newFrom < newTo) {
    const oldKeys = oldUnits.slice(oldFrom, oldTo).map((unit) => unit.key)
    const newKeys = newUnits.slice(newFrom, newTo).map((unit) => unit.key)
    const changes = oldKeys.length === 0 || newKeys.length === 0 ? [] : diffArrays(oldKeys, newKeys)
    if (changes.length === 0)
      changes.push(
        { value: oldKeys, removed: true, added: false, count: oldKeys.length },
        { value: newKeys, removed: false, added: true, count: newKeys.length }
      )
    let i = oldFrom
    let j = newFrom
    let open: UnitHunk | null = null
    for (const change of changes) {
      const count = change.value.length
      if (!change.added && !change.removed) {
        if (open) out.hunks.push(open)
        open = null
        for (let k = 0; k < count; k++) out.pairs.push([i + k, j + k])
        i += count
        j += count
        continue
      }
      if (count === 0) continue
      open ??= { oldFrom: i, oldTo: i, newFrom: j, newTo: j }
      if (change.removed) open.oldTo = i += count
      else open.newTo = j += count
    }
    if (open) out.hunks.push(open)
  }
  for (const pair of tail.reverse()) out.pairs.push(pair)
}
