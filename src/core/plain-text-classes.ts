/**
 * ASCII stand-ins for the Unicode property classes of hot word patterns (\p{L}, \p{Lu}, \p{M}, \p{N}), used when the
 * text they read is "plain": ASCII, the no-break space and General Punctuation's dashes and quotes (U+2010–U+201F:
 * "‘’“”–—"). Why: native regexp code tests a character against a large property class in a call out of the compiled
 * code, once per character read, and extraction ran such patterns over nearly every phrase and capital of news
 * copy, which is plain but for the odd accented name. On plain characters a property class and its ASCII part
 * answer alike (none of those punctuation marks is a letter, a mark or a digit), so an expression with its classes
 * cut to ASCII (plainClasses) finds exactly the same matches wherever every character it reads is plain.
 */

/** A character that is not plain (see above): a letter, mark or digit of another script may be one. */
const NOT_PLAIN_RE = /[^\0-\x7f\u00a0\u2010-\u201f]/

/** Whether every character of `text` is plain, so a pattern and its plainClasses() twin match it alike. */
export function isPlainText(text: string): boolean {
  return !NOT_PLAIN_RE.test(text)
}

/** Whether text[from, to) is plain (past the end counts as plain: both patterns see the end alike). */
export function isPlainSpan(text: string, from: number, to: number): boolean {
  const last = to < text.length ? to : text.length
  for (let i = from < 0 ? 0 : from; i < last; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x80 && code !== 0xa0 && (code < 0x2010 || code > 0x201f)) return false
  }
  return true
}

/** Each property class's ASCII part, written for use inside brackets. */
const ASCII_PART: Record<string, string> = { L: 'A-Za-z', Lu: 'A-Z', N: '0-9', M: '' }

/**
 * The source of a `u` pattern with every \p{L}, \p{Lu}, \p{M} and \p{N} cut to its ASCII part, for a pattern without
 * the `u` flag: "[\p{L}\p{M}'-]" becomes "[A-Za-z'-]", a bare "\p{Lu}" becomes "[A-Z]". Any other escape of a
 * property class throws, so a pattern changed later cannot keep a class this does not cut.
 */
export function plainClasses(source: string): string {
  let out = ''
  let inBrackets = false
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]
    if (ch === '\\' && (source[i + 1] === 'p' || source[i + 1] === 'P')) {
      const close = source.indexOf('}', i)
      const name = source.slice(i + 3, close)
      if (source[i + 1] === 'P' || !(name in ASCII_PART))
        throw new Error(`plainClasses: no ASCII part for \\p{${name}}`)
      out += inBrackets ? ASCII_PART[name] : `[${ASCII_PART[name]}]`
      i = close
      continue
    }
    if (ch === '\\') {
      out += ch + source[i + 1]
      i++
      continue
    }
    if (ch === '[') inBrackets = true
    else if (ch === ']') inBrackets = false
    out += ch
  }
  return out
}
