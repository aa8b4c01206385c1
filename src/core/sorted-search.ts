/**
 * Binary search over lists sorted by a numeric key (ranges by start, diff runs by old offset):
 * every "where does this offset fall" question in the core goes through these two functions.
 */

/** Index of the last item whose key is at or before `value`, or -1 when none is. */
export function lastAtOrBefore<T>(items: readonly T[], key: (item: T) => number, value: number): number {
  let low = 0
  let high = items.length - 1
  let found = -1
  while (low <= high) {
    const mid = (low + high) >> 1
    if (key(items[mid]) <= value) {
      found = mid
      low = mid + 1
    } else high = mid - 1
  }
  return found
}

/** Index of the first item whose key is at or after `value`, or items.length when none is. */
export function firstAtOrAfter<T>(items: readonly T[], key: (item: T) => number, value: number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (key(items[mid]) < value) low = mid + 1
    else high = mid
  }
  return low
}
