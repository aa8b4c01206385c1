/**
 * Character tests shared by the sentence splitter and the quote finder. They work on UTF-16 code
 * units and code points without regular expressions, so a scan over a megabyte stays linear and a
 * lone surrogate is just "not a letter" rather than an exception.
 */

/** Whitespace as JavaScript's \s knows it (spaces, line breaks, NBSP, the Unicode space range, BOM). */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

export function isSpaceAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && isSpaceCode(text.charCodeAt(index))
}

export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** The whole character (surrogate pair included) starting at `index`, or '' past either end. */
export function charAt(text: string, index: number): string {
  if (index < 0 || index >= text.length) return ''
  const code = text.codePointAt(index) ?? 0
  return String.fromCodePoint(code)
}

/** A cased letter in upper case: "A", "É", "Ж". Uncased scripts (CJK, Arabic) are neither upper nor lower. */
export function isUpperChar(ch: string): boolean {
  return ch !== '' && ch !== ch.toLowerCase() && ch === ch.toUpperCase()
}

export function isLowerChar(ch: string): boolean {
  return ch !== '' && ch !== ch.toUpperCase() && ch === ch.toLowerCase()
}

/** A letter of any script, by the cheap ASCII test first and the Unicode property second. */
export function isLetterChar(ch: string): boolean {
  if (ch === '') return false
  const code = ch.charCodeAt(0)
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  return LETTER.test(ch)
}

export function isWordChar(ch: string): boolean {
  if (ch === '') return false
  const code = ch.charCodeAt(0)
  if (code < 0x80) return isDigitCode(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  return WORD.test(ch)
}

const LETTER = /^\p{L}/u
const WORD = /^[\p{L}\p{M}\p{N}]/u

/** Letter or digit immediately before `index` (one code unit back is enough for the tests that use it). */
export function wordCharBefore(text: string, index: number): boolean {
  if (index <= 0) return false
  const code = text.charCodeAt(index - 1)
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) return isWordChar(text.slice(index - 2, index))
  return isWordChar(text[index - 1])
}

/**
 * Per character code below 0x10000 outside the surrogates, isWordChar's answer once asked (1 a word character, 2
 * not, 0 not yet asked): curly quotes and apostrophes, dashes and accented letters come in every sentence, and each
 * was a one-character string and a Unicode regular expression.
 */
const WORD_CODE = new Uint8Array(0x10000)

/** isWordChar(charAt(text, index)), without making a one-character string for an ASCII character. */
export function wordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false
  const code = text.charCodeAt(index)
  if (code < 0x80) return isDigitCode(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  if (code >= 0xd800 && code <= 0xdfff) return isWordChar(charAt(text, index))
  let known = WORD_CODE[code]
  if (known === 0) WORD_CODE[code] = known = isWordChar(String.fromCharCode(code)) ? 1 : 2
  return known === 1
}

/** How many code units the character at `index` takes: 2 for a surrogate pair, else 1 (charAt(text, index).length inside the text). */
export function charLengthAt(text: string, index: number): number {
  return text.charCodeAt(index) < 0xd800 ? 1 : charAt(text, index).length
}

/** Move `start` forward and `end` back past whitespace; returns the trimmed pair. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start
  let e = end
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--
  return [s, e]
}

/*
 * Unicode property patterns the readers test words with, built once here: the build (esbuild, target node20) writes
 * a `\p{…}` literal as `new RegExp(…)` where it stands, so one inside a function was built again at every call. None
 * is global or sticky, so sharing them keeps no state between tests.
 */
/** "Hale", "Él": a word opening on a capital letter. */
export const CAPITALISED = /^\p{Lu}/u
/** "Hale" but not "HALE" or "H.": a capital then a lower-case letter. */
export const OPENS_CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u
/** "Tides", "2024": a word as title case writes it. */
export const OPENS_CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u
/** A letter of any script anywhere in the string. */
export const HAS_LETTER = /\p{L}/u
/** "18", "3.5%": a word opening on a digit. */
export const OPENS_DIGIT = /^\p{N}/u
/** A digit anywhere in the string: "2nd", "F-35". */
export const HAS_DIGIT = /\p{N}/u
/** Digits only: "18", "2024". */
export const ALL_DIGITS = /^\p{N}+$/u
