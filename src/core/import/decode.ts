/**
 * Bytes → string for text drafts. Newsroom files arrive as UTF-8 (with or without BOM),
 * UTF-16 from Windows tools (with BOM, sometimes without), or Windows-1252 from older
 * systems. TextDecoder decodes UTF-8/16 (Windows-1252 by a table, see below); this module
 * decides which applies, and refuses binary files rather than turning them into garbage text.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export type Decoded = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: 'binary' }

/** Share of unexpected control characters above which a "text" file is really binary. */
const MAX_CONTROL_RATIO = 0.02
/** How many characters the binary check samples: the head of a file is representative. */
const BINARY_SAMPLE_CHARS = 64 * 1024
/** BOM-less UTF-16: at least this share of the NULs-at-one-parity pattern in the sample. */
const UTF16_NUL_PARITY_RATIO = 0.3

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte)
}

/**
 * Latin text in UTF-16 without a BOM has a NUL in every other byte on one side only.
 * Returns the likely byte order, or null when the NULs do not follow that pattern.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const limit = Math.min(bytes.length, BINARY_SAMPLE_CHARS) & ~1
  if (limit < 4) return null
  let evenNuls = 0
  let oddNuls = 0
  for (let i = 0; i < limit; i += 2) {
    if (bytes[i] === 0) evenNuls++
    if (bytes[i + 1] === 0) oddNuls++
  }
  const pairs = limit / 2
  if (oddNuls / pairs >= UTF16_NUL_PARITY_RATIO && evenNuls === 0) return 'utf-16le'
  if (evenNuls / pairs >= UTF16_NUL_PARITY_RATIO && oddNuls === 0) return 'utf-16be'
  return null
}

/** True when the decoded sample has NULs or too many control characters to be prose. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, BINARY_SAMPLE_CHARS)
  if (sample.length === 0) return false
  let controls = 0
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i)
    if (code === 0) return true
    const isControl =
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0xfffd
    if (isControl) controls++
  }
  return controls / sample.length > MAX_CONTROL_RATIO
}

/**
 * Windows-1252's 0x80–0x9F row (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ); the five
 * unassigned bytes stay C1 controls as in the WHATWG table. Decoded by hand because Node 20's
 * TextDecoder('windows-1252') returns ISO-8859-1 for this row, which would lose ’ “ ” and €.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = []
  const CHUNK = 8192
  for (let start = 0; start < bytes.length; start += CHUNK) {
    let chunk = ''
    for (const byte of bytes.subarray(start, start + CHUNK)) {
      chunk += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte)
    }
    chunks.push(chunk)
  }
  return chunks.join('')
}

function decodeWith(encoding: TextEncodingName, bytes: Uint8Array, fatal: boolean): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes)
  return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes)
}

/** Decodes a text draft, or reports that the bytes are binary. Never throws. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  let encoding: TextEncodingName
  let text: string
  if (startsWith(bytes, [0xff, 0xfe])) encoding = 'utf-16le'
  else if (startsWith(bytes, [0xfe, 0xff])) encoding = 'utf-16be'
  else encoding = guessBomlessUtf16(bytes) ?? 'utf-8'

  if (encoding === 'utf-8') {
    try {
      text = decodeWith('utf-8', bytes, true)
    } catch {
      // Not valid UTF-8: Windows-1252 maps every byte to a character, the usual legacy case.
      encoding = 'windows-1252'
      text = decodeWith('windows-1252', bytes, false)
    }
  } else {
    text = decodeWith(encoding, bytes, false)
  }
  text = text.replace(/^\ufeff/, '')
  return looksBinary(text) ? { ok: false, reason: 'binary' } : { ok: true, text, encoding }
}
