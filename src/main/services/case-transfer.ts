/**
 * A new case crossing from the import worker to the thread that writes it, in parts. Receiving a message is one
 * uninterrupted step for the receiving thread: a case at the size limit (28,000 items) took about a second to
 * receive whole, time in which browser mode's server answered nobody. So the worker's answer carries the case
 * without its items, its bytes (moved, not copied) and the index of where each part lies in them; the items
 * follow ITEMS_PER_PART at a time, each part asked for by the receiver once the requests waiting meanwhile
 * (another case's saves) have had their turn. Node delivers every message already queued in one go, so the worker
 * sends a part only when asked. Any other long list in an answer (a session's 30,000 sentence scores, its drafts'
 * blocks, a revision's outcome per item) follows the same way after the items (long-lists.ts): in the answer, they
 * made a message that held the receiving thread most of a second.
 *
 * Browser mode's server only sends those other lists on, as JSON: there the worker sends each as its JSON bytes,
 * moved like the case's (TransferMode), so this side neither receives nor collects their elements; and a dry run's
 * revised case, which the server only sends on too, comes as its bytes alone, without its items. A new case there
 * comes as its bytes and its items' ids (keys, case-text.ts): the server writes the bytes and answers them, and a
 * save of the case patches it by id, so its thread never holds the 28,000 items as objects.
 */
import { ELEMENTS_PER_PART, emptiedLists, type PartedList } from '../../shared/contract'
import type { CaseFile, Item } from '../../shared/case'
import { ok, type Result } from '../../shared/result'
import { keepCaseBytes, keepItemKeys, keepSentCaseBytes } from './case-text'
import { emptyLongLists, listAsJson, placesOf, type LongList } from './long-lists'
import type { WorkDone } from './draft-work'
import type { PreparedCase } from './new-case'

/** About 10–20 ms of receiving at a time on this machine (36 µs an item under load): short beside a save. */
export const ITEMS_PER_PART = 500

/** What the worker posts after its answer, one per request: the case's next items… */
export interface ItemsPart {
  type: 'items'
  items: Item[]
}

/** …then the next elements of the answer's other long lists (long-lists.ts), in the order of its places. */
export interface ListPart {
  type: 'list'
  list: number
  elements: unknown[]
}

export type TransferPart = ItemsPart | ListPart

/** What the engine sends to ask for the next part. */
export interface MoreItems {
  type: 'more'
}

type Done = Result<WorkDone>

/**
 * How the worker sends an answer. The desktop app clones every list on to its window, so it receives them all as
 * objects; browser mode's server writes them as JSON, so it asks for the lists it only sends on as JSON.
 */
export interface TransferMode {
  /** The answer's long lists outside the case (a session's sentence scores, a revision's report) as JSON bytes. */
  json: boolean
  /** The case is only sent on, never kept or written (a dry run's revised case): its bytes alone, no items. */
  caseSentOnly: boolean
  /** The case is written and saved but never read item by item (a new case): its bytes and its items' ids. */
  itemKeys?: boolean
}

const AS_OBJECTS: TransferMode = { json: false, caseSentOnly: false, itemKeys: false }

/** A long list sent as its JSON: where it lies in the answer, and its bytes (moved, not copied). */
export interface JsonList {
  path: Array<string | number>
  bytes: Uint8Array
}

/** Where a long list lies: in the case (kept on the receiving side), or beside it (only sent on). */
const inCase = (path: LongList['path']) => path[1] === 'prepared' && path[2] === 'case'

/** An answer with a case in it: a new case, a case read, a revised case. */
function withCase(result: Done): (WorkDone & { prepared: PreparedCase }) | null {
  return result.ok && 'prepared' in result.value && result.value.prepared
    ? (result.value as WorkDone & { prepared: PreparedCase })
    : null
}

/** A buffer of its own memory, so that it can be moved to another thread (a small Buffer shares Node's pool). */
function ownBytes(bytes: Uint8Array): Uint8Array {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes
  return new Uint8Array(bytes)
}

/**
 * The worker's side: the answer to post now (with what to move rather than copy, and where its emptied lists lie)
 * and the parts to post one at a time after it, when asked: a case's items, then the answer's other long lists (its
 * sentence scores, its drafts' blocks, a revision's outcomes).
 */
export function splitForTransfer(
  result: Done,
  mode: TransferMode = AS_OBJECTS
): {
  answer: Done
  lists: PartedList[]
  json: JsonList[]
  caseSentOnly: boolean
  itemKeys: boolean
  transfer: ArrayBuffer[]
  parts: () => TransferPart | null
} {
  const done = withCase(result)
  const caseSentOnly = mode.caseSentOnly && done !== null
  const itemKeys = mode.itemKeys === true && done !== null && !caseSentOnly
  let answer = result
  let items: Item[] = []
  const transfer: ArrayBuffer[] = []
  if (done) {
    const { prepared } = done
    const bytes = ownBytes(prepared.bytes)
    if (itemKeys) items = prepared.case.items.map(({ id }) => ({ id }) as Item)
    else if (!caseSentOnly) items = prepared.case.items
    // The same keys in the same order (the bytes follow it): the items are left for later.
    const head: CaseFile = { ...prepared.case, items: [] }
    answer = ok({ ...done, prepared: { ...prepared, case: head, bytes } })
    transfer.push(bytes.buffer as ArrayBuffer)
  }
  const emptied: LongList[] = []
  answer = emptyLongLists(answer, emptied) as Done
  // A case sent on only is its bytes: its own long lists (its drafts' blocks) stay behind with its items.
  const found = emptied.filter(({ path }) => !(caseSentOnly && inCase(path)) && !(mode.json && !inCase(path)))
  const json = !mode.json ? [] : emptied.filter(({ path }) => !inCase(path)).map(({ path, list }) => asJson(path, list))
  for (const { bytes } of json) transfer.push(bytes.buffer as ArrayBuffer)
  let sent = 0
  let list = 0
  let at = 0
  return {
    answer,
    lists: placesOf(found),
    json,
    caseSentOnly,
    itemKeys,
    transfer,
    parts() {
      if (sent < items.length) {
        sent += ITEMS_PER_PART
        return { type: 'items', items: items.slice(sent - ITEMS_PER_PART, sent) }
      }
      for (; list < found.length; list += 1, at = 0) {
        if (at >= found[list].list.length) continue
        at += ELEMENTS_PER_PART
        return { type: 'list', list, elements: found[list].list.slice(at - ELEMENTS_PER_PART, at) }
      }
      return null
    }
  }
}

/** A list's JSON, in a buffer of its own to move. */
function asJson(path: LongList['path'], list: unknown[]): JsonList {
  return { path, bytes: ownBytes(Buffer.from(JSON.stringify(list), 'utf8')) }
}

/** Puts `value` in place of the list at `path` in `head`. */
function placeAt(head: unknown, path: LongList['path'], value: unknown): void {
  let holder = head as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>
  holder[path[path.length - 1]] = value
}

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)

/**
 * The receiving side: from the worker's answer and where its emptied lists lie, a receiver that puts each part back:
 * a case's items into the case, keeping their bytes (case-text.ts) so nothing is serialised again on this thread,
 * and the other lists' elements into their lists. It answers the whole result once the last part is in (`add(null)`
 * first: an answer with nothing to receive is whole at once). Lists sent as JSON stand in the answer as their bytes
 * (long-lists.ts), a case sent on only as its bytes (case-text.ts), and a case's items sent as keys as those.
 */
export function receiveAnswer(
  answer: Done,
  places: PartedList[],
  json: JsonList[] = [],
  caseSentOnly = false,
  itemKeys = false
): { add(part: TransferPart | null): Done | null } {
  const done = withCase(answer)
  let whole = answer
  let total = 0
  let receiveItems: (part: Item[]) => void = () => undefined
  if (done) {
    const { prepared } = done
    const bytes = asBuffer(prepared.bytes)
    whole = ok({ ...done, prepared: { ...prepared, bytes } })
    if (caseSentOnly) keepSentCaseBytes(prepared.case, bytes)
    else {
      total = prepared.index.items.length / 2
      receiveItems = (part) => {
        const { items } = prepared.case
        const from = items.length
        for (const item of part) items.push(item)
        keepCaseBytes(prepared.case, bytes, prepared.index, part, from)
        if (itemKeys) keepItemKeys(part)
      }
    }
  }
  for (const { path, bytes } of json) placeAt(whole, path, listAsJson(asBuffer(bytes)))
  const lists = emptiedLists(whole, places)
  const itemsIn = () => (done ? done.prepared.case.items.length >= total : true)
  return {
    add(part) {
      if (part === null || part.type === 'items') receiveItems(part?.items ?? [])
      else for (const element of part.elements) lists[part.list].list.push(element)
      return itemsIn() && lists.every(({ list, length }) => list.length >= length) ? whole : null
    }
  }
}
