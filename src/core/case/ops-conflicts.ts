/**
 * Settling a conflict a merge left (merge-cases.ts): the checker picks one side's value and it goes into the
 * field (or the item or source is deleted, when they pick the side that deleted it). One op, undoable like any.
 */
import type { CaseConflict, CaseFile, Item, Source } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import { CASE_FIELD_GROUPS, ITEM_FIELD_GROUPS } from './merge-cases'
import { historyEntry, withHistory, type OpContext } from './op-context'

export type ConflictSide = 'ours' | 'theirs'

type Json = Record<string, unknown>

/** Sets `path` ("status", "checklist.source", "notes.n2") in `target` to `value`; null removes a record or key. */
function setPath(target: Json, path: string, value: unknown, groups: Record<string, readonly string[]>): Json {
  const group = groups[path]
  if (group) return { ...target, ...pick(value, group) }
  const [field, key] = splitPath(path)
  if (key === null) return { ...target, [field]: value }
  const current = target[field]
  if (Array.isArray(current)) {
    const records = current as { id: string }[]
    const without = records.filter((r) => r.id !== key)
    if (value === null) return { ...target, [field]: without }
    const at = records.findIndex((r) => r.id === key)
    const next = at < 0 ? [...records, value] : records.map((r) => (r.id === key ? value : r))
    return { ...target, [field]: next }
  }
  const map = { ...((current as Json | undefined) ?? {}) }
  if (value === null || value === undefined) delete map[key]
  else map[key] = value
  return { ...target, [field]: map }
}

function pick(value: unknown, keys: readonly string[]): Json {
  const source = (value ?? {}) as Json
  return Object.fromEntries(keys.map((key) => [key, source[key]]))
}

function splitPath(path: string): [string, string | null] {
  const dot = path.indexOf('.')
  return dot < 0 ? [path, null] : [path.slice(0, dot), path.slice(dot + 1)]
}

function withoutConflict(c: CaseFile, id: string): CaseFile {
  const conflicts = (c.conflicts ?? []).filter((k) => k.id !== id)
  const next: CaseFile = { ...c, conflicts }
  if (conflicts.length === 0) delete next.conflicts
  return next
}

function deleteItem(c: CaseFile, id: string): CaseFile {
  return {
    ...c,
    items: c.items.filter((it) => it.id !== id).map((it) => (it.twinOf === id ? { ...it, twinOf: null } : it))
  }
}

function deleteSource(c: CaseFile, id: string): CaseFile {
  return {
    ...c,
    sources: c.sources.filter((s) => s.id !== id),
    items: c.items.map((it) =>
      it.sourceIds.includes(id) ? { ...it, sourceIds: it.sourceIds.filter((s) => s !== id) } : it
    )
  }
}

function settleItem(c: CaseFile, conflict: CaseConflict, value: unknown, ctx: OpContext): CaseFile {
  const item = c.items.find((it) => it.id === conflict.targetId)
  if (conflict.kind === 'deleted') {
    if (value === null) return deleteItem(c, conflict.targetId)
    const kept = (item ?? (value as Item)) as Item
    const entry = historyEntry(c, ctx, 'conflict-resolved', { detail: 'kept' })
    return {
      ...c,
      items: item
        ? c.items.map((it) => (it.id === kept.id ? withHistory(kept, entry) : it))
        : [...c.items, withHistory(kept, entry)]
    }
  }
  if (!item) return c // the item went meanwhile: nothing left to settle
  const updated = setPath(
    item as unknown as Json,
    conflict.field,
    value,
    ITEM_FIELD_GROUPS as Record<string, readonly string[]>
  ) as unknown as Item
  const entry = historyEntry(c, ctx, 'conflict-resolved', { detail: conflict.field })
  return { ...c, items: c.items.map((it) => (it.id === item.id ? withHistory(updated, entry) : it)) }
}

function settleSource(c: CaseFile, conflict: CaseConflict, value: unknown): CaseFile {
  const source = c.sources.find((s) => s.id === conflict.targetId)
  if (conflict.kind === 'deleted') {
    if (value === null) return deleteSource(c, conflict.targetId)
    return source ? c : { ...c, sources: [...c.sources, value as Source] }
  }
  if (!source) return c
  const updated = setPath(source as unknown as Json, conflict.field, value, {}) as unknown as Source
  return { ...c, sources: c.sources.map((s) => (s.id === source.id ? updated : s)) }
}

/** Puts the picked side's value in place and removes the conflict. */
export function resolveConflict(c: CaseFile, conflictId: string, side: ConflictSide, ctx: OpContext): Result<CaseFile> {
  const conflict = (c.conflicts ?? []).find((k) => k.id === conflictId)
  if (!conflict) return fail('unknown-conflict', `There is no open conflict "${conflictId}" in this case.`)
  const value = side === 'ours' ? conflict.ours : conflict.theirs
  let next: CaseFile
  if (conflict.scope === 'item') next = settleItem(c, conflict, value, ctx)
  else if (conflict.scope === 'source') next = settleSource(c, conflict, value)
  else {
    next = setPath(
      c as unknown as Json,
      conflict.field,
      value,
      CASE_FIELD_GROUPS as Record<string, readonly string[]>
    ) as unknown as CaseFile
    // A setting one side never had (checklists, report header): picking that side means the built-in one.
    if (value === null && (conflict.field === 'checklists' || conflict.field === 'reportHeader'))
      delete next[conflict.field]
  }
  return ok({ ...withoutConflict(next, conflictId), updatedAt: ctx.at })
}
