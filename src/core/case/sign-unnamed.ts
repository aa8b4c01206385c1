/**
 * Work done before the checker set their name is signed "Unnamed checker". Once the name is set,
 * the app asks, and on yes every such signature in the case (history, notes, queries, answers,
 * corrections, dismissals, sources) becomes the name: one undoable change, so "Checked by" in the
 * report no longer lists "Unnamed checker" beside the person who did the work.
 */
import type { CaseFile, Item } from '../../shared/case'
import { UNNAMED_CHECKER, type OpContext } from './op-context'

/** How many signatures in the case read "Unnamed checker". */
export function countUnnamed(c: CaseFile): number {
  let count = c.sources.filter((source) => source.createdBy === UNNAMED_CHECKER).length
  for (const item of c.items) {
    count += item.history.filter((entry) => entry.by === UNNAMED_CHECKER).length
    count += item.notes.filter((note) => note.by === UNNAMED_CHECKER).length
    count += item.queries.filter((query) => query.by === UNNAMED_CHECKER || query.resolvedBy === UNNAMED_CHECKER).length
    if (item.correction?.by === UNNAMED_CHECKER) count++
    if (item.dismissed?.by === UNNAMED_CHECKER) count++
  }
  return count
}

/** Every "Unnamed checker" signature becomes `name`; the case is returned unchanged when there is none. */
export function signUnnamed(c: CaseFile, name: string, ctx: OpContext): CaseFile {
  const signer = name.trim()
  if (!signer || signer === UNNAMED_CHECKER || countUnnamed(c) === 0) return c
  const sign = (by: string): string => (by === UNNAMED_CHECKER ? signer : by)
  const signItem = (item: Item): Item => ({
    ...item,
    history: item.history.map((entry) => (entry.by === UNNAMED_CHECKER ? { ...entry, by: signer } : entry)),
    notes: item.notes.map((note) => ({ ...note, by: sign(note.by) })),
    queries: item.queries.map((query) => ({
      ...query,
      by: sign(query.by),
      resolvedBy: query.resolvedBy === null ? null : sign(query.resolvedBy)
    })),
    correction: item.correction ? { ...item.correction, by: sign(item.correction.by) } : null,
    dismissed: item.dismissed ? { ...item.dismissed, by: sign(item.dismissed.by) } : null
  })
  return {
    ...c,
    items: c.items.map(signItem),
    sources: c.sources.map((source) => ({ ...source, createdBy: sign(source.createdBy) })),
    updatedAt: ctx.at
  }
}
