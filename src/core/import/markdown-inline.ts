/**
 * Markdown inline syntax → plain text: the words a reader sees, none of the markup.
 * Links keep their text and lose the URL; images vanish (alt text describes a picture,
 * it is not article prose); code spans keep their content verbatim; emphasis,
 * strikethrough, inline HTML tags and backslash escapes are removed; common entities
 * are decoded. Typographic characters pass through untouched.
 */

const ESCAPABLE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g
/** Escaped punctuation is parked in the Private Use Area so emphasis rules skip it. */
const PARK_BASE = 0xf0000
const PARKED = /[\u{f0000}-\u{f007f}]/gu

const park = (char: string): string => String.fromCodePoint(PARK_BASE + char.charCodeAt(0))
const unpark = (text: string): string =>
  text.replace(PARKED, (char) => String.fromCharCode((char.codePointAt(0) ?? PARK_BASE) - PARK_BASE))

const CODE_SPAN = /(`+)([\s\S]*?[^`])\1(?!`)/g
/** Link destination: no spaces, balanced single-level parentheses, optional title. */
const DESTINATION = String.raw`\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)`
const IMAGE = new RegExp(String.raw`!\[[^\]]*\](?:${DESTINATION}|\[[^\]]*\])`, 'g')
const INLINE_LINK = new RegExp(String.raw`\[((?:[^\[\]]|\[[^\[\]]*\])*)\]${DESTINATION}`, 'g')
const REFERENCE_LINK = /\[((?:[^[\]]|\[[^[\]]*\])*)\]\[([^\]]*)\]/g
const AUTOLINK = /<((?:https?|ftp|mailto):[^\s<>]+|[^\s<>@]+@[^\s<>@]+\.[a-z]{2,})>/gi
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?>/g

const WORD_CHAR = String.raw`[\p{L}\p{N}_]`
/** Emphasis spans longer than 2,000 characters are not looked for: keeps the scan linear-ish. */
const EMPHASIS_RULES: RegExp[] = [
  /~~(?=\S)([\s\S]{0,2000}?\S)~~/g,
  /\*\*(?=\S)([\s\S]{0,2000}?\S)\*\*/g,
  new RegExp(String.raw`(?<!${WORD_CHAR})__(?=\S)([\s\S]{0,2000}?\S)__(?!${WORD_CHAR})`, 'gu'),
  /\*(?=[^\s*])([^*]{0,2000}?[^\s*])\*/g,
  /\*(?=[^\s*])([^\s*])\*/g,
  new RegExp(String.raw`(?<!${WORD_CHAR})_(?=[^\s_])((?:[^_]|_(?=${WORD_CHAR})){0,2000}?[^\s_])_(?!${WORD_CHAR})`, 'gu')
]
/** Nesting like ***bold italic*** needs a few passes; more than this is pathological input. */
const MAX_EMPHASIS_PASSES = 4

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', bdquo: '„', euro: '€', pound: '£', copy: '©'
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole
  })
}

function stripOutsideCode(text: string, references: Set<string>): string {
  let out = text
    .replace(/(?: {2,}|\\)\n/g, '\n')
    .replace(ESCAPABLE, (_whole, char: string) => park(char))
    .replace(IMAGE, '')
    .replace(AUTOLINK, '$1')
    .replace(INLINE_LINK, '$1')
    .replace(REFERENCE_LINK, (_whole, label: string) => label)
    .replace(/\[([^[\]]+)\](?!\()/g, (whole, label: string) => (references.has(label.toLowerCase()) ? label : whole))
    .replace(HTML_TAG, '')
  for (let pass = 0; pass < MAX_EMPHASIS_PASSES; pass++) {
    const before = out
    for (const rule of EMPHASIS_RULES) out = out.replace(rule, (_whole, ...groups: unknown[]) => String(groups[0]))
    if (out === before) break
  }
  return decodeEntities(out)
}

/**
 * Plain text of one block's inline markdown. `references` holds the lower-cased labels of
 * link reference definitions, so "[Le Figaro]" alone is unwrapped only when it is a link.
 */
export function stripInlineMarkdown(text: string, references: Set<string> = new Set()): string {
  let out = ''
  let last = 0
  for (const match of text.matchAll(CODE_SPAN)) {
    out += stripOutsideCode(text.slice(last, match.index), references)
    const code = match[2] ?? ''
    out += /^ .* $/s.test(code) && code.trim() !== '' ? code.slice(1, -1) : code
    last = match.index + match[0].length
  }
  out += stripOutsideCode(text.slice(last), references)
  return unpark(out)
}
