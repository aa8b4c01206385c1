/**
 * A case's exact bytes on disk: pretty JSON with two spaces and a final newline, byte for byte what
 * `serialiseJson` (JSON.stringify(case, null, 2)) gives (tested), built without redoing what did not change.
 *
 * Ops never mutate, so an item that did not change since the last save is the very same object, and so are the
 * drafts, statuses and sources arrays when nothing in them changed: their UTF-8 bytes are kept (weakly, by
 * object) and only what changed is serialised again; the file is the kept pieces concatenated. A status key at
 * 5,000 items serialises one item. Bytes, not strings: joining and encoding a 6 MB string cost more than the
 * write itself.
 */
import type { CaseFile, Item } from '../../shared/case'

/** Kept bytes by object, one map per depth (the same object printed at another depth is indented otherwise). */
const kept = [new WeakMap<object, Buffer>(), new WeakMap<object, Buffer>(), new WeakMap<object, Buffer>()]

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
  return Buffer.concat(caseByteParts(caseFile))
}

/** The same, as text. */
export function serialiseCase(caseFile: CaseFile): string {
  return serialiseCaseBytes(caseFile).toString('utf8')
}
