/**
 * Shared plumbing for the pure case operations: who and when an action happened, immutable
 * item updates and history entries. Every op returns a NEW CaseFile and leaves the old one
 * untouched, so the UI can keep old snapshots for undo and React can compare by identity.
 */
import type { CaseFile, HistoryEntry, Item } from '../../shared/case'

export interface OpContext {
  by: string
  at: string
}

/** The "by" of what the engine did (its suggestions), told apart from any checker's name in reports. */
export const ENGINE_NAME = 'Factdesk'

/** Used when no checker name is set yet, so history never has an empty "by". */
export const UNNAMED_CHECKER = 'Unnamed checker'

export function checkerName(ctx: OpContext): string {
  return ctx.by.trim() || UNNAMED_CHECKER
}

export function historyEntry(
  c: CaseFile,
  ctx: OpContext,
  action: string,
  extra: Partial<HistoryEntry> = {}
): HistoryEntry {
  return { at: ctx.at, by: checkerName(ctx), action, draftId: c.currentDraftId, ...extra }
}

export function findItem(c: CaseFile, id: string): Item | undefined {
  return c.items.find((item) => item.id === id)
}

/** Replace one item by `change(item)`; the case is returned unchanged (same object) when the id is unknown. */
export function updateItem(c: CaseFile, id: string, ctx: OpContext, change: (item: Item) => Item): CaseFile {
  const index = c.items.findIndex((item) => item.id === id)
  if (index < 0) return c
  const items = c.items.slice()
  items[index] = change(items[index])
  return { ...c, items, updatedAt: ctx.at }
}

/**
 * Replace every item whose id is in `ids` by `change(item)`, in one pass over the list; the case is returned
 * unchanged when none is found. A status given to a sentence repeated 400 times changes 400 items: one
 * `updateItem` each copied and searched the whole list 400 times (seconds at the size limit).
 */
export function updateItems(
  c: CaseFile,
  ids: ReadonlySet<string>,
  ctx: OpContext,
  change: (item: Item) => Item
): CaseFile {
  let changed = false
  const items = c.items.map((item) => {
    if (!ids.has(item.id)) return item
    const next = change(item)
    if (next !== item) changed = true
    return next
  })
  return changed ? { ...c, items, updatedAt: ctx.at } : c
}

export function withHistory(item: Item, entry: HistoryEntry): Item {
  return { ...item, history: [...item.history, entry] }
}
