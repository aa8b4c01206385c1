/**
 * Unsent text: what the checker typed into an item's fields and has not sent (added, asked, saved) yet. It lives in
 * the case, on its item (`Item.unsent`, by field key: docs/FORMAT.md), so it is saved like any change and survives
 * switching items, a reload and a crash.
 *
 * Unsent text is not part of the check itself: it never takes an undo step (undoing a status must not wipe a
 * half-typed note, see carryUnsent), it never reaches a report (withoutUnsent), and an empty field leaves no trace
 * in the file (an item with nothing unsent has no `unsent` at all).
 */
import type { CaseFile, Item, Source, SourceKind } from '../../shared/case'
import { emptySource, SOURCE_KINDS } from './ops-sources'

/** The keys of the plain text fields; answers and the source form have their own. */
export const UNSENT_NOTE = 'note'
export const UNSENT_QUERY = 'query'
export const UNSENT_CORRECTION = 'correction'

/** The key of the answer typed to an open query. */
export const answerKey = (queryId: string): string => `answer:${queryId}`

const SOURCE_PREFIX = 'source.'

/** A new source as the form holds it before it is saved. */
export type SourceDraft = Omit<Source, 'id' | 'createdAt' | 'createdBy'>

type Entries = Record<string, string | null>

/** What is typed in `key` of the item, '' when nothing. */
export function unsentText(item: Item, key: string): string {
  return item.unsent?.[key] ?? ''
}

/** True when the item holds text the checker has not sent (the item list marks it). */
export function hasUnsent(item: Item): boolean {
  return Object.values(item.unsent ?? {}).some((text) => text !== '')
}

function withUnsent(item: Item, unsent: Record<string, string> | undefined): Item {
  if (unsent && Object.keys(unsent).length > 0) return { ...item, unsent }
  const rest = { ...item }
  delete rest.unsent
  return rest
}

function sameUnsent(a: Record<string, string> | undefined, b: Record<string, string> | undefined): boolean {
  const left = Object.entries(a ?? {})
  if (left.length !== Object.keys(b ?? {}).length) return false
  return left.every(([key, text]) => b?.[key] === text)
}

/**
 * Set some keys of an item's unsent text ('' or null removes a key). The same case object when nothing changed or
 * the item is gone, so typing the same text twice is not a change.
 */
export function setUnsentEntries(c: CaseFile, itemId: string, entries: Entries): CaseFile {
  const index = c.items.findIndex((item) => item.id === itemId)
  if (index < 0) return c
  const item = c.items[index]
  const next: Record<string, string> = { ...item.unsent }
  for (const [key, text] of Object.entries(entries)) {
    if (text === null || text === '') delete next[key]
    else next[key] = text
  }
  if (sameUnsent(item.unsent, next)) return c
  const items = c.items.slice()
  items[index] = withUnsent(item, next)
  return { ...c, items }
}

export function setUnsent(c: CaseFile, itemId: string, key: string, text: string | null): CaseFile {
  return setUnsentEntries(c, itemId, { [key]: text })
}

const SOURCE_TEXT_FIELDS = [
  'title',
  'url',
  'publisher',
  'publishedAt',
  'accessedAt',
  'archiveUrl',
  'passage',
  'filePath',
  'sha256',
  'notes'
] as const
const PERSON_TEXT_FIELDS = ['name', 'role', 'contact', 'reachedAt', 'channel', 'confirmed'] as const
/** Fields that say the checker has put something in the form (a date filled in for them, or the kind, do not). */
const CONTENT_FIELDS = new Set([
  'title',
  'url',
  'publisher',
  'publishedAt',
  'archiveUrl',
  'passage',
  'filePath',
  'snapshot',
  ...PERSON_TEXT_FIELDS.map((f) => `person.${f}`)
])

/** The source form as unsent entries, one key per field (`source.title`, `source.person.name`…). */
function sourceEntries(draft: SourceDraft | null): Record<string, string> {
  const out: Record<string, string> = {}
  if (!draft) return out
  const put = (field: string, text: string) => {
    if (text !== '') out[SOURCE_PREFIX + field] = text
  }
  for (const field of SOURCE_TEXT_FIELDS) put(field, draft[field])
  if (draft.person) {
    for (const field of PERSON_TEXT_FIELDS) put(`person.${field}`, draft.person[field])
    put('person.onRecord', draft.person.onRecord ? 'yes' : '')
  }
  if (draft.snapshot) put('snapshot', JSON.stringify(draft.snapshot))
  const touched = Object.keys(out).some((key) => CONTENT_FIELDS.has(key.slice(SOURCE_PREFIX.length)))
  if (!touched) return {}
  put('kind', draft.kind)
  return out
}

/** The source form as it is now; null once it is saved or cancelled. An untouched form is not kept. */
export function setUnsentSource(c: CaseFile, itemId: string, draft: SourceDraft | null): CaseFile {
  const item = c.items.find((it) => it.id === itemId)
  if (!item) return c
  const entries: Entries = {}
  for (const key of Object.keys(item.unsent ?? {})) if (key.startsWith(SOURCE_PREFIX)) entries[key] = null
  Object.assign(entries, sourceEntries(draft))
  return setUnsentEntries(c, itemId, entries)
}

function parseSnapshot(text: string | undefined): Source['snapshot'] {
  if (!text) return null
  try {
    const value = JSON.parse(text) as Source['snapshot']
    return value && typeof value.path === 'string' && typeof value.sha256 === 'string' && typeof value.at === 'string'
      ? value
      : null
  } catch {
    return null
  }
}

/** The source form the item holds unsent, or null when there is none. */
export function unsentSource(item: Item): SourceDraft | null {
  const unsent = item.unsent ?? {}
  const get = (field: string) => unsent[SOURCE_PREFIX + field] ?? ''
  if (!Object.keys(unsent).some((key) => key.startsWith(SOURCE_PREFIX))) return null
  const kind = (SOURCE_KINDS as readonly string[]).includes(get('kind')) ? (get('kind') as SourceKind) : 'web'
  const draft: SourceDraft = emptySource(kind)
  for (const field of SOURCE_TEXT_FIELDS) draft[field] = get(field)
  if (kind === 'person' || PERSON_TEXT_FIELDS.some((field) => get(`person.${field}`) !== '')) {
    const person = { ...(emptySource('person').person as NonNullable<Source['person']>) }
    for (const field of PERSON_TEXT_FIELDS) person[field] = get(`person.${field}`)
    person.onRecord = get('person.onRecord') === 'yes'
    draft.person = person
  }
  draft.snapshot = parseSnapshot(unsent[SOURCE_PREFIX + 'snapshot'])
  return draft
}

/**
 * `to` with the unsent text `from` holds, item by item. Undo and redo restore a snapshot of the case, but typed text
 * is not a step to undo: it is carried from the case on screen into the one restored. Items `from` lacks keep theirs.
 */
export function carryUnsent(from: CaseFile, to: CaseFile): CaseFile {
  if (from === to) return to
  const typed = new Map(from.items.map((item) => [item.id, item.unsent]))
  let items: Item[] | null = null
  to.items.forEach((item, index) => {
    if (!typed.has(item.id)) return
    const unsent = typed.get(item.id)
    if (sameUnsent(item.unsent, unsent)) return
    items ??= to.items.slice()
    items[index] = withUnsent(item, unsent)
  })
  return items ? { ...to, items } : to
}

/** The case without any unsent text: what reports are made from. */
export function withoutUnsent(c: CaseFile): CaseFile {
  if (!c.items.some((item) => item.unsent)) return c
  return { ...c, items: c.items.map((item) => (item.unsent ? withUnsent(item, undefined) : item)) }
}
