/**
 * Browser mode's JSON answers as byte chunks, never as one string. Opening a draft at the size limit answers a
 * session of tens of thousands of items, about 90 MB of JSON: JSON.stringify made one string of it (two bytes a
 * character as soon as a curly quote is in it), Buffer.byteLength read it all again for Content-Length and the socket
 * encoded it once more (measured at 6 MB: 3.3 s of the server's thread and some 300 MB). Here values are stringified
 * in small pieces into 64 KB chunks, and a case goes out as the very bytes its file was just written with
 * (case-text.ts keeps them): the same JSON, whitespace aside, and nothing to stringify. The API's answers are written
 * a slice of a long list at a time (jsonChunksYielding): a session's 20,000 sentence scores took 0.1–0.2 s in one go,
 * in which the server answered nobody else. A list the import worker sent as its JSON (long-lists.ts: a session's
 * sentence scores, in browser mode) goes out as those bytes, as a case does.
 */
import type { CaseFile } from '../../shared/case'
import { caseByteParts } from '../services/case-text'
import { jsonOfList } from '../services/long-lists'

/** Small pieces are joined into chunks of about this many bytes: few socket writes, no huge string. */
const CHUNK_BYTES = 64 * 1024

/** Elements of a list written before the event loop gets a turn (jsonChunksYielding): some 10 ms of sentences. */
const ELEMENTS_PER_TURN = 2000

/** Collects text and bytes in order, as chunks of about CHUNK_BYTES. */
class Chunks {
  readonly out: Buffer[] = []
  private text = ''
  private held: Buffer[] = []
  private heldBytes = 0

  addText(text: string): void {
    this.text += text
    if (this.text.length >= CHUNK_BYTES) this.encode()
  }

  addBytes(bytes: Buffer): void {
    this.encode()
    // A case's bytes (tens of MB) go out as they are, not copied into a chunk with the pieces before them.
    if (bytes.length >= CHUNK_BYTES) this.join()
    this.held.push(bytes)
    this.heldBytes += bytes.length
    if (this.heldBytes >= CHUNK_BYTES) this.join()
  }

  done(): Buffer[] {
    this.encode()
    this.join()
    return this.out
  }

  private encode(): void {
    if (this.text === '') return
    const bytes = Buffer.from(this.text, 'utf8')
    this.text = ''
    this.addBytes(bytes)
  }

  private join(): void {
    if (this.held.length === 0) return
    this.out.push(this.held.length === 1 ? this.held[0] : Buffer.concat(this.held, this.heldBytes))
    this.held = []
    this.heldBytes = 0
  }
}

/** A case file as the API hands it out (a session's case, a revised case): its file's bytes are kept for it. */
function isCaseFile(value: object): value is CaseFile {
  const c = value as Partial<CaseFile>
  return typeof c.schemaVersion === 'number' && Array.isArray(c.items) && Array.isArray(c.drafts)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value) as unknown
  return prototype === Object.prototype || prototype === null
}

/** What JSON.stringify leaves out of an object (and prints as null in an array). */
function unprintable(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

function writeElement(element: unknown, index: number, out: Chunks): void {
  if (index > 0) out.addText(',')
  if (isPlainObject(element) && isCaseFile(element)) for (const part of caseByteParts(element)) out.addBytes(part)
  else out.addText(unprintable(element) ? 'null' : JSON.stringify(element))
}

/** An object's printable fields, each with the text before its value (`"key":`, after a comma but the first). */
function fieldsOf(value: Record<string, unknown>): Array<[string, unknown]> {
  const printable = Object.entries(value).filter(([, field]) => !unprintable(field))
  return printable.map(([key, field], n) => [`${n === 0 ? '' : ','}${JSON.stringify(key)}:`, field])
}

/**
 * Objects are walked key by key and arrays element by element, each element stringified on its own: answers are
 * plain data, a few levels of objects over long arrays of small ones. Anything else (a Date, a class) goes
 * through JSON.stringify whole, so the text is what JSON.stringify would give, whitespace aside.
 */
function write(value: unknown, out: Chunks): void {
  const json = Array.isArray(value) ? jsonOfList(value) : undefined
  if (json) {
    out.addBytes(json)
  } else if (Array.isArray(value)) {
    out.addText('[')
    value.forEach((element: unknown, index) => writeElement(element, index, out))
    out.addText(']')
  } else if (isPlainObject(value) && isCaseFile(value)) {
    for (const part of caseByteParts(value)) out.addBytes(part)
  } else if (isPlainObject(value)) {
    out.addText('{')
    for (const [before, field] of fieldsOf(value)) {
      out.addText(before)
      write(field, out)
    }
    out.addText('}')
  } else {
    out.addText(JSON.stringify(value) ?? 'null')
  }
}

/** The JSON of `value` as byte chunks, to send one after the other. */
export function jsonChunks(value: unknown): Buffer[] {
  const out = new Chunks()
  write(value, out)
  return out.done()
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/** write(), giving the event loop a turn every ELEMENTS_PER_TURN elements of a list. */
async function writeYielding(value: unknown, out: Chunks): Promise<void> {
  if (Array.isArray(value) && !jsonOfList(value)) {
    out.addText('[')
    for (let index = 0; index < value.length; index += 1) {
      if (index > 0 && index % ELEMENTS_PER_TURN === 0) await nextTurn()
      writeElement(value[index], index, out)
    }
    out.addText(']')
  } else if (isPlainObject(value) && !isCaseFile(value)) {
    out.addText('{')
    for (const [before, field] of fieldsOf(value)) {
      out.addText(before)
      await writeYielding(field, out)
    }
    out.addText('}')
  } else write(value, out)
}

/** jsonChunks, letting other requests be answered while a long answer is made (the same chunks). */
export async function jsonChunksYielding(value: unknown): Promise<Buffer[]> {
  const out = new Chunks()
  await writeYielding(value, out)
  return out.done()
}
