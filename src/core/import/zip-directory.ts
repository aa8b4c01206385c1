/**
 * A ZIP package's central directory, read from the bytes without inflating anything: each entry's
 * name, compression method, and compressed and uncompressed sizes as the package declares them.
 * Used to refuse a .docx before any of it is unpacked (a 1 MB file can declare 300 MB of XML).
 * Pure: no Node APIs; the caller decides what to do with the sizes.
 */

export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflated; anything else Word never writes. */
  method: number
  compressedSize: number
  uncompressedSize: number
  /** Offset of the entry's local header, where its data starts after the header. */
  localHeaderOffset: number
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string }

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const END_RECORD_SIZE = 22
/** The end record sits within the last 22 bytes plus a comment of at most 65,535. */
const MAX_COMMENT = 0xffff
/** ZIP64 markers: sizes this large mean a package far past any draft. */
const ZIP64_16 = 0xffff
const ZIP64_32 = 0xffffffff
/** More entries than any Word document has: refuse rather than walk a crafted directory. */
const MAX_ENTRIES = 10_000

const u16 = (bytes: Uint8Array, at: number): number => bytes[at]! | (bytes[at + 1]! << 8)
const u32 = (bytes: Uint8Array, at: number): number => (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0

function findEndRecord(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT)
  for (let at = bytes.length - END_RECORD_SIZE; at >= lowest; at--) {
    if (u32(bytes, at) === END_OF_DIRECTORY) return at
  }
  return -1
}

const UTF8 = new TextDecoder('utf-8', { fatal: true })
const LATIN1 = new TextDecoder('latin1')

/** UTF-8 names (flag bit 11, and what Word writes); Latin-1 when they are not valid UTF-8. */
function decodeName(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes)
  } catch {
    return LATIN1.decode(bytes)
  }
}

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const end = findEndRecord(bytes)
  if (end < 0) return { ok: false, reason: 'its ZIP directory is missing' }
  const count = u16(bytes, end + 10)
  const size = u32(bytes, end + 12)
  const offset = u32(bytes, end + 16)
  if (count === ZIP64_16 || size === ZIP64_32 || offset === ZIP64_32) {
    return { ok: false, reason: 'it is a ZIP64 package, far larger than any draft' }
  }
  if (count > MAX_ENTRIES) return { ok: false, reason: `it holds ${count} files, more than any Word document` }
  if (offset + size > end) return { ok: false, reason: 'its ZIP directory points outside the file' }
  const entries: ZipEntry[] = []
  let at = offset
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || u32(bytes, at) !== DIRECTORY_ENTRY)
      return { ok: false, reason: 'its ZIP directory is damaged' }
    const nameLength = u16(bytes, at + 28)
    const entry: ZipEntry = {
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      uncompressedSize: u32(bytes, at + 24),
      name: decodeName(bytes.subarray(at + 46, at + 46 + nameLength)),
      localHeaderOffset: u32(bytes, at + 42)
    }
    if (entry.compressedSize === ZIP64_32 || entry.uncompressedSize === ZIP64_32) {
      return { ok: false, reason: 'it is a ZIP64 package, far larger than any draft' }
    }
    entries.push(entry)
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32)
  }
  return { ok: true, entries }
}

/** Where an entry's compressed data starts, or -1 when its local header is not where the directory says. */
export function entryDataOffset(bytes: Uint8Array, entry: ZipEntry): number {
  const at = entry.localHeaderOffset
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL_HEADER) return -1
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28)
  return start + entry.compressedSize <= bytes.length ? start : -1
}
