/**
 * Notes, queries to the writer or editor, the verdict note and suggested corrections.
 * A query stays open until someone resolves it; an open query keeps the article from being ready.
 */
import type { CaseFile } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import { checkerName, findItem, historyEntry, updateItem, withHistory, type OpContext } from './op-context'
import { nextId } from './ids'

export function addNote(c: CaseFile, itemId: string, text: string, ctx: OpContext): Result<CaseFile> {
  const clean = text.trim()
  if (!clean) return fail('empty-note', 'Write the note first.')
  const item = findItem(c, itemId)
  if (!item) return fail('unknown-item', `There is no item "${itemId}" in this case.`)
  const id = nextId(
    'n',
    item.notes.map((n) => n.id)
  )
  return ok(
    updateItem(c, itemId, ctx, (it) =>
      withHistory(
        { ...it, notes: [...it.notes, { id, at: ctx.at, by: checkerName(ctx), text: clean }] },
        historyEntry(c, ctx, 'note')
      )
    )
  )
}

/** Reword a note; history keeps the old and new wording, the note keeps its author and time. */
export function editNote(c: CaseFile, itemId: string, noteId: string, text: string, ctx: OpContext): Result<CaseFile> {
  const clean = text.trim()
  if (!clean) return fail('empty-note', 'A note cannot be empty; delete it instead.')
  const note = findItem(c, itemId)?.notes.find((n) => n.id === noteId)
  if (!note) return fail('unknown-note', 'That note is no longer in the case.')
  if (note.text === clean) return ok(c)
  return ok(
    updateItem(c, itemId, ctx, (it) =>
      withHistory(
        {
          ...it,
          notes: it.notes.map((n) =>
            n.id === noteId ? { ...n, text: clean, editedAt: ctx.at, editedBy: checkerName(ctx) } : n
          )
        },
        historyEntry(c, ctx, 'note-edited', { from: note.text, to: clean })
      )
    )
  )
}

export function deleteNote(c: CaseFile, itemId: string, noteId: string, ctx: OpContext): CaseFile {
  const item = findItem(c, itemId)
  if (!item || !item.notes.some((n) => n.id === noteId)) return c
  return updateItem(c, itemId, ctx, (it) =>
    withHistory({ ...it, notes: it.notes.filter((n) => n.id !== noteId) }, historyEntry(c, ctx, 'note-deleted'))
  )
}

export function setVerdictNote(c: CaseFile, itemId: string, text: string, ctx: OpContext): CaseFile {
  const item = findItem(c, itemId)
  if (!item || item.verdictNote === text) return c
  return updateItem(c, itemId, ctx, (it) => ({ ...it, verdictNote: text }))
}

export function addQuery(c: CaseFile, itemId: string, text: string, ctx: OpContext): Result<CaseFile> {
  const clean = text.trim()
  if (!clean) return fail('empty-query', 'Write the question first.')
  const item = findItem(c, itemId)
  if (!item) return fail('unknown-item', `There is no item "${itemId}" in this case.`)
  const id = nextId(
    'q',
    item.queries.map((q) => q.id)
  )
  const query = { id, at: ctx.at, by: checkerName(ctx), text: clean, resolvedAt: null, resolvedBy: null, answer: null }
  return ok(
    updateItem(c, itemId, ctx, (it) =>
      withHistory({ ...it, queries: [...it.queries, query] }, historyEntry(c, ctx, 'query', { detail: clean }))
    )
  )
}

export function resolveQuery(
  c: CaseFile,
  itemId: string,
  queryId: string,
  answer: string,
  ctx: OpContext
): Result<CaseFile> {
  const item = findItem(c, itemId)
  const query = item?.queries.find((q) => q.id === queryId)
  if (!item || !query) return fail('unknown-query', 'That query is no longer in the case.')
  if (query.resolvedAt) return ok(c)
  return ok(
    updateItem(c, itemId, ctx, (it) =>
      withHistory(
        {
          ...it,
          queries: it.queries.map((q) =>
            q.id === queryId
              ? { ...q, resolvedAt: ctx.at, resolvedBy: checkerName(ctx), answer: answer.trim() || null }
              : q
          )
        },
        historyEntry(c, ctx, 'query-resolved', { detail: answer.trim() || undefined })
      )
    )
  )
}

export function openQueryCount(c: Pick<CaseFile, 'items'>): number {
  let open = 0
  for (const item of c.items) for (const q of item.queries) if (!q.resolvedAt) open++
  return open
}

/** Suggest replacement wording; an empty replacement removes the suggestion. */
export function setCorrection(c: CaseFile, itemId: string, replacement: string, ctx: OpContext): CaseFile {
  const item = findItem(c, itemId)
  if (!item) return c
  const clean = replacement.trim()
  if (!clean) {
    if (!item.correction) return c
    return updateItem(c, itemId, ctx, (it) =>
      withHistory({ ...it, correction: null }, historyEntry(c, ctx, 'correction-removed'))
    )
  }
  if (item.correction?.replacement === clean) return c
  return updateItem(c, itemId, ctx, (it) =>
    withHistory(
      { ...it, correction: { replacement: clean, at: ctx.at, by: checkerName(ctx) } },
      historyEntry(c, ctx, 'correction', { to: clean })
    )
  )
}
