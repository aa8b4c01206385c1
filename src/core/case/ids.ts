/**
 * Ids inside a case: a prefix and a number ("i12" an item, "s3" a source, "n1" a note, "q2" a query);
 * and the short form of a draft's hash that names it to people and in file names.
 */
import type { CaseFile } from '../../shared/case'

/** 12 hex digits of a draft's SHA-256: short enough to read, long enough that two articles never clash. */
export const SHORT_HASH_CHARS = 12

export function shortHash(hash: string): string {
  return hash.slice(0, SHORT_HASH_CHARS)
}

/** One more than the highest number in ids like "i12" of the given prefix (1 when there is none). */
export function nextNumber(prefix: string, ids: Iterable<string>): number {
  let highest = 0
  for (const id of ids) {
    if (!id.startsWith(prefix)) continue
    const digits = id.slice(prefix.length)
    if (/^\d+$/.test(digits)) highest = Math.max(highest, Number(digits))
  }
  return highest + 1
}

/** Next free id of the given prefix ("i" for items, "s" for sources, "n" notes, "q" queries). */
export function nextId(prefix: string, ids: Iterable<string>): string {
  return `${prefix}${nextNumber(prefix, ids)}`
}

export function nextItemId(c: CaseFile): string {
  return nextId(
    'i',
    c.items.map((item) => item.id)
  )
}
