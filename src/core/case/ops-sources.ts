/**
 * The case's source library: each source is recorded once and linked to any number of items,
 * so the report can list every source with the claims that rely on it.
 */
import type { CaseFile, Source, SourceKind } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import { findItem, historyEntry, updateItem, withHistory, type OpContext, checkerName } from './op-context'
import { nextId } from './ids'

export const SOURCE_KINDS: readonly SourceKind[] = ['web', 'document', 'person', 'dataset', 'other']

export type SourceInput = Partial<Omit<Source, 'id' | 'createdAt' | 'createdBy'>> & { kind: SourceKind }

export function emptySource(kind: SourceKind): Omit<Source, 'id' | 'createdAt' | 'createdBy'> {
  return {
    kind,
    title: '',
    url: '',
    publisher: '',
    publishedAt: '',
    accessedAt: '',
    archiveUrl: '',
    passage: '',
    filePath: '',
    sha256: '',
    person:
      kind === 'person'
        ? { name: '', role: '', contact: '', reachedAt: '', channel: '', confirmed: '', onRecord: false }
        : null,
    snapshot: null,
    notes: ''
  }
}

/**
 * A web address as a checker types or pastes it: one with no scheme that reads as a host name ("example.org/report",
 * "www.bbc.co.uk/news") is an https address, as a browser's address bar takes it (it was refused, "A URL must start
 * with http:// or https://"); anything else is kept as typed, to be accepted or refused as it is.
 */
export function webAddress(url: string): string {
  const typed = url.trim()
  if (typed === '' || /^[a-z][a-z\d+.-]*:/i.test(typed)) return typed
  return /^(?:[a-z\d-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]|$)/i.test(typed) ? `https://${typed}` : typed
}

/** A source needs something to find it again by: a title, a URL, a file or a person's name. */
export function sourceProblem(input: SourceInput): string | null {
  const named = [input.title, input.url, input.filePath, input.person?.name].some((v) => (v ?? '').trim() !== '')
  if (!named) return 'Give the source a title, a URL, a file or a person’s name.'
  if (input.url && !/^https?:\/\//i.test(webAddress(input.url))) return 'A URL must start with http:// or https://.'
  if (input.archiveUrl && !/^https?:\/\//i.test(webAddress(input.archiveUrl)))
    return 'An archive link must start with http:// or https://.'
  return null
}

export function addSource(c: CaseFile, input: SourceInput, ctx: OpContext): Result<{ case: CaseFile; id: string }> {
  const problem = sourceProblem(input)
  if (problem) return fail('invalid-source', problem)
  const id = nextId(
    's',
    c.sources.map((s) => s.id)
  )
  const source: Source = {
    ...emptySource(input.kind),
    ...input,
    url: webAddress(input.url ?? ''),
    archiveUrl: webAddress(input.archiveUrl ?? ''),
    id,
    createdAt: ctx.at,
    createdBy: checkerName(ctx)
  }
  return ok({ case: { ...c, sources: [...c.sources, source], updatedAt: ctx.at }, id })
}

/**
 * Edit a source in the library. Every item relying on it gets a history entry naming what changed,
 * so the proof shows that the passage (say) was reworded after the status was given.
 */
export function editSource(
  c: CaseFile,
  id: string,
  patch: Partial<Omit<Source, 'id' | 'createdAt' | 'createdBy'>>,
  ctx: OpContext
): Result<CaseFile> {
  const index = c.sources.findIndex((s) => s.id === id)
  if (index < 0) return fail('unknown-source', `There is no source "${id}" in this case.`)
  const before = c.sources[index]
  const edited: Source = {
    ...before,
    ...patch,
    url: webAddress(patch.url ?? before.url),
    archiveUrl: webAddress(patch.archiveUrl ?? before.archiveUrl),
    id: before.id,
    createdAt: before.createdAt,
    createdBy: before.createdBy
  }
  const problem = sourceProblem(edited)
  if (problem) return fail('invalid-source', problem)
  const changed = changedSourceFields(before, edited)
  if (changed.length === 0) return ok(c)
  const sources = c.sources.slice()
  sources[index] = edited
  // Named by id (shown with its current title) and its name before the edit, so a shared report can
  // hide a person off the record under any name they had.
  const entry = historyEntry(c, ctx, 'source-edited', { detail: id, from: sourceName(before), to: changed.join(', ') })
  const items = c.items.some((it) => it.sourceIds.includes(id))
    ? c.items.map((it) => (it.sourceIds.includes(id) ? withHistory(it, entry) : it))
    : c.items
  return ok({ ...c, sources, items, updatedAt: ctx.at })
}

const FIELD_WORDS: Array<[keyof Source, string]> = [
  ['kind', 'kind'],
  ['title', 'title'],
  ['url', 'URL'],
  ['publisher', 'publisher'],
  ['publishedAt', 'publication date'],
  ['accessedAt', 'access date'],
  ['archiveUrl', 'archive link'],
  ['passage', 'passage'],
  ['filePath', 'file'],
  ['person', 'person details'],
  ['snapshot', 'snapshot'],
  ['notes', 'notes']
]

function sourceName(source: Source): string {
  return source.title || source.person?.name || source.url || source.filePath || source.id
}

/** The fields that differ, in words ("passage, URL"). */
export function changedSourceFields(before: Source, after: Source): string[] {
  return FIELD_WORDS.filter(([key]) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).map(
    ([, words]) => words
  )
}

export function linkSource(c: CaseFile, itemId: string, sourceId: string, ctx: OpContext): Result<CaseFile> {
  const item = findItem(c, itemId)
  const source = c.sources.find((s) => s.id === sourceId)
  if (!item) return fail('unknown-item', `There is no item "${itemId}" in this case.`)
  if (!source) return fail('unknown-source', `There is no source "${sourceId}" in this case.`)
  if (item.sourceIds.includes(sourceId)) return ok(c)
  return ok(
    updateItem(c, itemId, ctx, (it) =>
      withHistory(
        { ...it, sourceIds: [...it.sourceIds, sourceId] },
        historyEntry(c, ctx, 'source-linked', { detail: source.title || source.url || source.id })
      )
    )
  )
}

export function unlinkSource(c: CaseFile, itemId: string, sourceId: string, ctx: OpContext): CaseFile {
  const item = findItem(c, itemId)
  if (!item || !item.sourceIds.includes(sourceId)) return c
  const source = c.sources.find((s) => s.id === sourceId)
  return updateItem(c, itemId, ctx, (it) =>
    withHistory(
      { ...it, sourceIds: it.sourceIds.filter((s) => s !== sourceId) },
      historyEntry(c, ctx, 'source-unlinked', { detail: source?.title || source?.url || sourceId })
    )
  )
}

/** Add a source to the library and link it to the item in one step (the "Add source" form). */
export function addAndLinkSource(
  c: CaseFile,
  itemId: string,
  input: SourceInput,
  ctx: OpContext
): Result<{ case: CaseFile; id: string }> {
  if (!findItem(c, itemId)) return fail('unknown-item', `There is no item "${itemId}" in this case.`)
  const added = addSource(c, input, ctx)
  if (!added.ok) return added
  const linked = linkSource(added.value.case, itemId, added.value.id, ctx)
  return linked.ok ? ok({ case: linked.value, id: added.value.id }) : linked
}

/** Items that rely on a source, for the library view and the report. */
export function itemsUsingSource(c: CaseFile, sourceId: string): string[] {
  return c.items.filter((it) => it.sourceIds.includes(sourceId)).map((it) => it.id)
}
