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
 */
import { ELEMENTS_PER_PART, emptiedLists, type PartedList } from '../../shared/contract'
import type { CaseFile, Item } from '../../shared/case'
import { ok, type Result } from '../../shared/result'
import { keepCaseBytes } from './case-text'
import { emptyLongLists, placesOf, type LongList } from './long-lists'
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
export function splitForTransfer(result: Done): {
  answer: Done
  lists: PartedList[]
  transfer: ArrayBuffer[]
  parts: () => TransferPart | null
} {
  const done = withCase(result)
  let answer = result
  let items: Item[] = []
  const transfer: ArrayBuffer[] = []
  if (done) {
    const { prepared } = done
    const bytes = ownBytes(prepared.bytes)
    items = prepared.case.items
    // The same keys in the same order (the bytes follow it): the items are left for later.
    const head: CaseFile = { ...prepared.case, items: [] }
    answer = ok({ ...done, prepared: { ...prepared, case: head, bytes } })
    transfer.push(bytes.buffer as ArrayBuffer)
  }
  const found: LongList[] = []
  answer = emptyLongLists(answer, found) as Done
  let sent = 0
  let list = 0
  let at = 0
  return {
    answer,
    lists: placesOf(found),
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

/**
 * The receiving side: from the worker's answer and where its emptied lists lie, a receiver that puts each part back:
 * a case's items into the case, keeping their bytes (case-text.ts) so nothing is serialised again on this thread,
 * and the other lists' elements into their lists. It answers the whole result once the last part is in (`add(null)`
 * first: an answer with nothing to receive is whole at once).
 */
export function receiveAnswer(answer: Done, places: PartedList[]): { add(part: TransferPart | null): Done | null } {
  const done = withCase(answer)
  let whole = answer
  let total = 0
  let receiveItems: (part: Item[]) => void = () => undefined
  if (done) {
    const { prepared } = done
    total = prepared.index.items.length / 2
    const bytes = Buffer.from(prepared.bytes.buffer, prepared.bytes.byteOffset, prepared.bytes.byteLength)
    whole = ok({ ...done, prepared: { ...prepared, bytes } })
    receiveItems = (part) => {
      const { items } = prepared.case
      const from = items.length
      for (const item of part) items.push(item)
      keepCaseBytes(prepared.case, bytes, prepared.index, part, from)
    }
  }
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
