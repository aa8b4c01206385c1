/**
 * A new case crossing from the import worker to the thread that writes it, in parts. Receiving a message is one
 * uninterrupted step for the receiving thread: a case at the size limit (28,000 items) took about a second to
 * receive whole, time in which browser mode's server answered nobody. So the worker's answer carries the case
 * without its items, its bytes (moved, not copied) and the index of where each part lies in them; the items
 * follow ITEMS_PER_PART at a time, each part asked for by the receiver once the requests waiting meanwhile
 * (another case's saves) have had their turn. Node delivers every message already queued in one go, so the worker
 * sends a part only when asked.
 */
import type { CaseFile, Item } from '../../shared/case'
import { ok, type Result } from '../../shared/result'
import { keepCaseBytes } from './case-text'
import type { WorkDone } from './draft-work'
import type { PreparedCase } from './new-case'

/** About 10–20 ms of receiving at a time on this machine (36 µs an item under load): short beside a save. */
export const ITEMS_PER_PART = 500

/** What the worker posts after its answer, one per request. */
export interface ItemsPart {
  type: 'items'
  items: Item[]
}

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
 * The worker's side: the answer to post now (with what to move rather than copy) and the parts to post one at a
 * time after it, when asked.
 */
export function splitForTransfer(result: Done): { answer: Done; transfer: ArrayBuffer[]; parts: () => Item[] | null } {
  const done = withCase(result)
  if (!done) return { answer: result, transfer: [], parts: () => null }
  const { prepared } = done
  const bytes = ownBytes(prepared.bytes)
  const items = prepared.case.items
  // The same keys in the same order (the bytes follow it): only the items are left for later.
  const head: CaseFile = { ...prepared.case, items: [] }
  let sent = 0
  return {
    answer: ok({ ...done, prepared: { ...prepared, case: head, bytes } }),
    transfer: [bytes.buffer as ArrayBuffer],
    parts() {
      if (sent >= items.length) return null
      sent += ITEMS_PER_PART
      return items.slice(sent - ITEMS_PER_PART, sent)
    }
  }
}

/**
 * The receiving side: from the worker's answer, a receiver that puts each part's items back into the case and keeps
 * their bytes (case-text.ts), so nothing is serialised again on this thread; it answers the whole result with the
 * last part (`add([])` first: a case without items is whole at once). Null when the answer has no case to receive.
 */
export function receiveCase(answer: Done): { add(part: Item[]): Done | null } | null {
  const done = withCase(answer)
  if (!done) return null
  const { prepared } = done
  const total = prepared.index.items.length / 2
  const bytes = Buffer.from(prepared.bytes.buffer, prepared.bytes.byteOffset, prepared.bytes.byteLength)
  const whole: Done = ok({ ...done, prepared: { ...prepared, bytes } })
  return {
    add(part) {
      const { items } = prepared.case
      const from = items.length
      for (const item of part) items.push(item)
      keepCaseBytes(prepared.case, bytes, prepared.index, part, from)
      return items.length >= total ? whole : null
    }
  }
}
