/**
 * Main's side of long IPC answers (the contract's PartedAnswer): a Result holding lists longer than
 * ELEMENTS_PER_PART (a session's items and sentence scores) is answered as its head, those lists emptied, and the
 * lists are kept here and handed out a part per request on ANSWER_PART_CHANNEL, so each IPC message is short and
 * main answers other calls between them. Nothing is serialised or copied here beyond the objects on the way to a
 * long list (long-lists.ts): the parts are slices, cloned by IPC one at a time.
 */
import { randomUUID } from 'node:crypto'
import { ELEMENTS_PER_PART, type AnswerPart, type PartedAnswer } from '../../shared/contract'
import { fail, ok, type Result } from '../../shared/result'
import { emptyLongLists, placesOf, type LongList } from '../services/long-lists'

/**
 * How long an answer waits for its next part to be asked for: the preload asks at once, so only a window closed or
 * reloaded mid-way leaves one, and it is dropped rather than held.
 */
const FORGET_AFTER_MS = 60_000

interface Pending {
  lists: unknown[][]
  list: number
  at: number
  timer: ReturnType<typeof setTimeout>
}

/** Long answers waiting for their parts to be asked for, by id; one per app, shared by every window. */
export class AnswerParts {
  private readonly pending = new Map<string, Pending>()

  /** The answer to send: `result` itself when it has no long list, else its PartedAnswer. */
  answer(result: Result<unknown>): Result<unknown> | PartedAnswer {
    const found: LongList[] = []
    const head = emptyLongLists(result, found) as Result<unknown>
    if (found.length === 0) return result
    const id = randomUUID()
    const lists = placesOf(found)
    this.pending.set(id, { lists: found.map(({ list }) => list), list: 0, at: 0, timer: this.forgetLater(id) })
    return { parted: { id, head, lists } }
  }

  /** The next part of the answer `id` names; the last part forgets it. */
  next(id: unknown): Result<AnswerPart> {
    const pending = typeof id === 'string' ? this.pending.get(id) : undefined
    if (!pending) return fail('not-found', 'That answer is no longer held by Factdesk’s main process; ask again.')
    clearTimeout(pending.timer)
    const list = pending.list
    const elements = pending.lists[list].slice(pending.at, pending.at + ELEMENTS_PER_PART)
    pending.at += elements.length
    if (pending.at >= pending.lists[list].length) {
      pending.list += 1
      pending.at = 0
    }
    if (pending.list >= pending.lists.length) this.pending.delete(id as string)
    else pending.timer = this.forgetLater(id as string)
    return ok({ list, elements })
  }

  /** Answers still waiting for parts (tests). */
  get held(): number {
    return this.pending.size
  }

  private forgetLater(id: string): ReturnType<typeof setTimeout> {
    const timer = setTimeout(() => this.pending.delete(id), FORGET_AFTER_MS)
    timer.unref?.()
    return timer
  }
}
