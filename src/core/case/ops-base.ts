/**
 * Shared plumbing for the pure case operations: who and when an action happened, immutable
 * item updates, history entries and new item ids. Every op returns a NEW CaseFile and leaves
 * the old one untouched, so the UI can keep old snapshots for undo and React can compare by identity.
 */
import type { CaseFile, Draft, HistoryEntry, Item } from '../../shared/case'

/** Who did it and when (ISO time). The UI passes the checker's name from Settings and `new Date()`. */
export interface OpContext {
  by: string
  at: string
}

/** Used when no checker name is set yet, so history never has an empty "by". */
export const UNNAMED_CHECKER = 'Unnamed checker'

export function checkerName(ctx: OpContext): string {
  return ctx.by.trim() || UNNAMED_CHECKER
}

export function historyEntry(c: CaseFile, ctx: OpContext, action: string, extra: Partial<HistoryEntry> = {}): HistoryEntry {
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

export function withHistory(item: Item, entry: HistoryEntry): Item {
  return { ...item, history: [...item.history, entry] }
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
  return nextId('i', c.items.map((item) => item.id))
}

/** Items in reading order (by start, longer first on ties), as the list and J/K walk them. */
export function sortItems(items: Item[]): Item[] {
  return items.slice().sort((a, b) => a.anchor.start - b.anchor.start || b.anchor.end - a.anchor.end || a.id.localeCompare(b.id))
}

/** The draft the case currently shows (the newest one if the id is somehow stale). */
export function currentDraft(c: CaseFile): Draft {
  return c.drafts.find((d) => d.id === c.currentDraftId) ?? c.drafts[c.drafts.length - 1]
}

/** The text of the draft the case currently shows. */
export function currentText(c: CaseFile): string {
  const draft = currentDraft(c) as Draft | undefined
  return draft ? draft.article.text : ''
}

/** Active items are those still to be checked: not dismissed, not gone from the draft. */
export function isActive(item: Item): boolean {
  return item.state === 'suggested' || item.state === 'accepted'
}
