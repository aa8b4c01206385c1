/**
 * Long lists taken out of a value so that it can cross a boundary in short messages: the value's head (its long lists
 * emptied) goes first and the lists' elements follow a part at a time. Receiving a message is one uninterrupted step
 * for the receiving thread; a session of a big case holds 100,000 small objects (items, sentence scores, blocks, a
 * revision's outcomes), and in one message they held the thread that answers the window for a second. Used between
 * the import worker and the thread that answers the window (case-transfer.ts) and over Electron's IPC
 * (electron/answer-parts.ts).
 */
import { ELEMENTS_PER_PART, type PartedList } from '../../shared/contract'

/** A long list found, with the keys from the value down to it. */
export interface LongList {
  path: Array<string | number>
  list: unknown[]
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value) as unknown
  return prototype === Object.prototype || prototype === null
}

/**
 * `value` with every list longer than ELEMENTS_PER_PART emptied, those lists added to `found`. Only the objects and
 * arrays on the way to a long list are copied (shallowly, keys in their order); a long list's elements are not
 * looked into, nor anything but plain objects and arrays (bytes, typed arrays).
 */
export function emptyLongLists(value: unknown, found: LongList[], path: Array<string | number> = []): unknown {
  if (Array.isArray(value)) {
    if (value.length > ELEMENTS_PER_PART) {
      found.push({ path, list: value })
      return []
    }
    let copy: unknown[] | null = null
    value.forEach((element: unknown, index) => {
      const before = found.length
      const emptied = emptyLongLists(element, found, [...path, index])
      if (found.length > before) (copy ??= [...value])[index] = emptied
    })
    return copy ?? value
  }
  if (!isPlainObject(value)) return value
  let copy: Record<string, unknown> | null = null
  for (const [key, field] of Object.entries(value)) {
    const before = found.length
    const emptied = emptyLongLists(field, found, [...path, key])
    if (found.length > before) (copy ??= { ...value })[key] = emptied
  }
  return copy ?? value
}

/** Where each list lies and how long it is: what the receiver needs to put them back. */
export function placesOf(found: LongList[]): PartedList[] {
  return found.map(({ path, list }) => ({ path, length: list.length }))
}

/**
 * Long lists that reached this thread as their JSON alone. Browser mode's import worker sends a list this side only
 * answers and never reads (a session's 30,000 sentence scores, a dry run's outcomes) as its bytes, moved rather than
 * copied: tens of thousands of small objects are neither received one by one nor collected on the thread that
 * answers saves. In the value the list is an empty stand-in, frozen so that nothing fills it by mistake; the answer
 * writer (web/json-answer.ts) sends these bytes in its place.
 */
const sentAsJson = new WeakMap<object, Buffer>()

/** An empty, frozen stand-in for a list whose JSON is `bytes`. */
export function listAsJson(bytes: Buffer): unknown[] {
  const standIn = Object.freeze([]) as unknown as unknown[]
  sentAsJson.set(standIn, bytes)
  return standIn
}

/** The JSON of a list that arrived as its JSON (listAsJson), else undefined. */
export function jsonOfList(value: object): Buffer | undefined {
  return sentAsJson.get(value)
}
