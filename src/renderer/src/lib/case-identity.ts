/**
 * A case read from disk (a poll, a merged save) is all new objects, even where nothing changed. Saves send what
 * changed by identity (core/case/case-patch.ts) and React redraws by identity, so before a case from outside is
 * taken in, every item, source and setting equal in value to the one already held is swapped for that very object.
 */
import type { CaseFile } from '../../../shared/case'

const SHARED_FIELDS = ['statuses', 'ratingMap', 'conflicts', 'checklists', 'reportHeader'] as const

/** What the objects held serialise to: they never change (ops never mutate), so each is serialised once. */
const serialised = new WeakMap<object, string>()

function text(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'undefined'
  let out = serialised.get(value)
  if (out === undefined) {
    out = JSON.stringify(value)
    serialised.set(value, out)
  }
  return out
}

function same(a: unknown, b: unknown): boolean {
  return a === b || text(a) === text(b)
}

/** Drafts are named by the hash of their text: the same ids, hashes and files are the same drafts. */
function sameDrafts(a: CaseFile['drafts'], b: CaseFile['drafts']): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every(
        (d, i) =>
          d.id === b[i].id && d.hash === b[i].hash && d.fileName === b[i].fileName && d.importedAt === b[i].importedAt
      ))
  )
}

function reuse<T extends { id: string }>(held: readonly T[], next: readonly T[]): { list: T[]; reused: boolean } {
  const byId = new Map(held.map((entry) => [entry.id, entry]))
  let reused = next.length === held.length
  const list = next.map((entry, index) => {
    const old = byId.get(entry.id)
    if (old && same(old, entry)) {
      if (held[index] !== old) reused = false
      return old
    }
    reused = false
    return entry
  })
  return { list, reused }
}

/** `next` with every part equal to `held`'s replaced by `held`'s object; `held` itself when they are equal. */
export function keepIdentity(held: CaseFile, next: CaseFile): CaseFile {
  if (held === next) return held
  const items = reuse(held.items, next.items)
  const sources = reuse(held.sources, next.sources)
  const out: CaseFile = {
    ...next,
    items: items.reused ? held.items : items.list,
    sources: sources.reused ? held.sources : sources.list
  }
  if (sameDrafts(held.drafts, next.drafts)) out.drafts = held.drafts
  for (const key of SHARED_FIELDS) {
    if (same(held[key], next[key])) (out as unknown as Record<string, unknown>)[key] = held[key]
  }
  const unchanged =
    out.items === held.items &&
    out.sources === held.sources &&
    Object.keys(out).length === Object.keys(held).length &&
    (Object.keys(out) as (keyof CaseFile)[]).every(
      (key) => key === 'updatedAt' || out[key] === held[key] || same(out[key], held[key])
    )
  return unchanged ? held : out
}
