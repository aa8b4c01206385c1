/**
 * A case's exact bytes on disk: pretty JSON with two spaces and a final newline, byte for byte what
 * `serialiseJson` (JSON.stringify(case, null, 2)) gives (tested), built without redoing what did not change.
 *
 * Ops never mutate, so an item that did not change since the last save is the very same object, and so are the
 * drafts, statuses and sources arrays when nothing in them changed: their UTF-8 bytes are kept (weakly, by
 * object) and only what changed is serialised again; the file is the kept pieces concatenated. A status key at
 * 5,000 items serialises one item. Bytes, not strings: joining and encoding a 6 MB string cost more than the
 * write itself.
 *
 * A case built in the import worker is serialised there (caseBytesIndexed): the thread that writes it receives the
 * bytes with where each item and field lies in them, and keeps those (keepCaseBytes) instead of serialising again.
 */
import type { CaseFile, Item } from '../../shared/case'

/**
 * Kept bytes by object, one map per depth (the same object printed at another depth is indented otherwise); depth 0
 * holds whole cases, whose bytes came from the import worker.
 */
const kept = [new WeakMap<object, Buffer>(), new WeakMap<object, Buffer>(), new WeakMap<object, Buffer>()]

/**
 * Items this thread holds as their bytes alone (browser mode's new case at the size limit, case-transfer.ts): each an
 * object with the item's id and nothing else, its bytes kept (kept[2]). A save's patch needs no more of an item than
 * its id (case-patch.ts applies it by id), and the file is the kept bytes; 28,000 whole items held here as objects
 * cost the server's thread 60 MB of heap and garbage-collection pauses of 80–230 ms while the case arrived.
 */
const itemKeys = new WeakSet<object>()

/** `value` as JSON.stringify(…, null, 2) prints it `depth` levels deep (its inner lines indented to match). */
function valueBytes(value: unknown, depth: number): Buffer {
  const cacheable = typeof value === 'object' && value !== null
  if (cacheable) {
    const found = kept[depth].get(value)
    if (found) return found
  }
  const text = JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`)
  const bytes = Buffer.from(text, 'utf8')
  if (cacheable) kept[depth].set(value, bytes)
  return bytes
}

const OPEN_ITEMS = Buffer.from('[\n    ')
const ITEM_SEPARATOR = Buffer.from(',\n    ')
const CLOSE_ITEMS = Buffer.from('\n  ]')

function itemsBytes(items: readonly Item[]): Buffer[] {
  if (items.length === 0) return [Buffer.from('[]')]
  const parts: Buffer[] = [OPEN_ITEMS]
  items.forEach((item, index) => {
    if (index > 0) parts.push(ITEM_SEPARATOR)
    // An item key is its id alone: serialised, it would write an item without its contents. Never.
    if (itemKeys.has(item) && !kept[2].has(item)) throw new Error(`the bytes of item ${item.id} are not kept`)
    parts.push(valueBytes(item, 2))
  })
  parts.push(CLOSE_ITEMS)
  return parts
}

/**
 * The case file's bytes in pieces, most of them kept from the last time (browser mode's answer sends them as they
 * are, without joining them: a case at the size limit is over 100 MB).
 */
export function caseByteParts(caseFile: CaseFile): Buffer[] {
  const whole = kept[0].get(caseFile)
  return whole ? [whole] : fieldParts(caseFile)
}

/** '{', then per field its key's piece and its value's pieces (items: '[', item, ',', item…, ']'), then '}'. */
function fieldParts(caseFile: CaseFile): Buffer[] {
  const parts: Buffer[] = [Buffer.from('{')]
  let first = true
  for (const [key, value] of Object.entries(caseFile)) {
    // JSON.stringify leaves out what JSON cannot hold; cases hold plain data, so only undefined occurs.
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue
    parts.push(Buffer.from(`${first ? '' : ','}\n  ${JSON.stringify(key)}: `))
    first = false
    // Not push(...): a draft at the size limit has tens of thousands of items, past the call stack's argument limit.
    if (key === 'items' && Array.isArray(value)) for (const part of itemsBytes(value as Item[])) parts.push(part)
    else parts.push(valueBytes(value, 1))
  }
  parts.push(Buffer.from(first ? '}\n' : '\n}\n'))
  return parts
}

/** The case file's bytes. */
export function serialiseCaseBytes(caseFile: CaseFile): Buffer {
  const parts = caseByteParts(caseFile)
  return parts.length === 1 ? parts[0] : Buffer.concat(parts)
}

/**
 * Where the pieces of a case lie in its bytes, as [start, end) offsets: each top-level field's value (in the case's
 * key order, null for a field JSON leaves out or a plain value) and each item. Plain numbers, so it crosses threads.
 */
export interface CaseBytesIndex {
  fields: Array<[number, number] | null>
  items: Uint32Array
}

/** The case file's bytes (exactly serialiseCaseBytes's) and where each field's value and each item lies in them. */
export function caseBytesIndexed(caseFile: CaseFile): { bytes: Buffer; index: CaseBytesIndex } {
  const parts = fieldParts(caseFile)
  const offsets: number[] = []
  let at = 0
  for (const part of parts) {
    offsets.push(at)
    at += part.length
  }
  const spanOf = (part: number): [number, number] => [offsets[part], offsets[part] + parts[part].length]
  const fields: CaseBytesIndex['fields'] = []
  const items = new Uint32Array(caseFile.items.length * 2)
  let part = 1
  for (const [key, value] of Object.entries(caseFile)) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') {
      fields.push(null)
      continue
    }
    part += 1 // the key
    if (key === 'items' && Array.isArray(value)) {
      fields.push(null)
      if (value.length === 0) part += 1
      else {
        for (let n = 0; n < value.length; n += 1) items.set(spanOf(part + 1 + 2 * n), 2 * n)
        part += 2 * value.length + 1
      }
    } else {
      fields.push(typeof value === 'object' && value !== null ? spanOf(part) : null)
      part += 1
    }
  }
  return { bytes: Buffer.concat(parts, at), index: { fields, items } }
}

/**
 * Keeps the bytes caseBytesIndexed gave for a copy of the same case (the worker's case as it reached this thread):
 * `items` are the copy's items from index `from` on (a case crosses threads in parts); with its last items, its
 * fields and the whole case are kept too. Nothing is copied: the kept bytes are views of `bytes`.
 */
export function keepCaseBytes(
  caseFile: CaseFile,
  bytes: Buffer,
  index: CaseBytesIndex,
  items: readonly Item[],
  from: number
): void {
  items.forEach((item, n) => {
    const at = 2 * (from + n)
    kept[2].set(item, bytes.subarray(index.items[at], index.items[at + 1]))
  })
  if (from + items.length < index.items.length / 2) return
  Object.values(caseFile).forEach((value, n) => {
    const span = index.fields[n]
    if (span && typeof value === 'object' && value !== null) kept[1].set(value, bytes.subarray(span[0], span[1]))
  })
  kept[0].set(caseFile, bytes)
}

/** The same, as text. */
export function serialiseCase(caseFile: CaseFile): string {
  return serialiseCaseBytes(caseFile).toString('utf8')
}

/**
 * Cases this thread holds as their bytes alone: a dry run's revised case, which browser mode's server only sends on,
 * arrives without its items (case-transfer.ts). Its object is a stand-in for the bytes and must never be written.
 */
const sentOnly = new WeakSet<CaseFile>()

/** Keeps `bytes` as the whole file of `caseFile`, a stand-in without its items (see above). */
export function keepSentCaseBytes(caseFile: CaseFile, bytes: Buffer): void {
  kept[0].set(caseFile, bytes)
  sentOnly.add(caseFile)
}

/** Whether `caseFile` is such a stand-in: its items are in its bytes only. */
export function isSentOnly(caseFile: CaseFile): boolean {
  return sentOnly.has(caseFile)
}

/** Marks `items` (received with their bytes kept, keepCaseBytes) as keys: ids standing for their kept bytes. */
export function keepItemKeys(items: readonly Item[]): void {
  for (const item of items) itemKeys.add(item)
}

/**
 * Whether any item of `caseFile` is a key: then only a patch by id and serialising may use it; whatever reads an
 * item's contents (a merge, a check of the whole case, another thread) takes it parsed from its bytes (wholeCase).
 */
export function holdsItemKeys(caseFile: CaseFile): boolean {
  return caseFile.items.some((item) => itemKeys.has(item))
}
