/**
 * The words around a name that the entity cues read (entity-kinds.ts, entity-places.ts, entity-spans.ts): the words
 * right before it ("the defense correspondent", "in", "departments of"), and the brackets of a UK statute's title
 * around it. Read at every name of every article, a character at a time.
 */
import type { Token } from './entity-spans'

const WORD_CHAR_RE = /[\p{L}\p{M}'’-]/u
/**
 * WORD_CHAR_RE.test(text[i]), with ASCII read from its code (a-z, A-Z, ' and -): the words before every
 * name are read a character at a time, and a regular expression per character was most of it.
 */
function isWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || code === 45
  return WORD_CHAR_RE.test(text[i])
}

/** Up to `count` lower-cased words right before `at`, nearest first; stops at anything but a space. */
export function wordsBefore(text: string, at: number, count: number): string[] {
  const out: string[] = []
  let i = at - 1
  while (out.length < count && i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) {
    let j = i - 1
    while (j >= 0 && isWordCharAt(text, j)) j--
    if (j === i - 1) break
    out.push(text.slice(j + 1, i).toLowerCase())
    i = j
  }
  return out
}

/**
 * "The regulator, Ofwat, fined …": the lower-cased word before ", " opening the apposition a name stands in, closed by
 * a comma after it; '' otherwise. Not "… hurt the union, Hale said": the name closes no apposition there.
 */
export function appositionWord(text: string, start: number, end: number): string {
  if (
    text.charCodeAt(end) !== 44 ||
    start < 3 ||
    text.charCodeAt(start - 1) !== 32 ||
    text.charCodeAt(start - 2) !== 44
  )
    return ''
  let j = start - 3
  while (j >= 0 && isWordCharAt(text, j)) j--
  return text.slice(j + 1, start - 2).toLowerCase()
}

/**
 * "Wexbury Magistrates’ Court": where the capitalised word after a plural's possessive apostrophe ending a name word at
 * `at` ends, or -1; the caller decides whether that word heads a body's name (a person's is never written so).
 */
export function afterPluralPossessive(text: string, at: number): number {
  const mark = text.charCodeAt(at)
  if ((mark !== 39 && mark !== 0x2019) || text.charCodeAt(at - 1) !== 115 || text.charCodeAt(at + 1) !== 32) return -1
  const code = text.charCodeAt(at + 2)
  if (code < 65 || code > 90) return -1
  let end = at + 3
  while (end < text.length && isWordCharAt(text, end) && text.charCodeAt(end) !== 39) end++
  return end
}

/**
 * UK statutes put their subject in brackets ("the Water (Special Measures) Act", "the Children (Scotland) Act"):
 * both runs, before and inside the brackets, are the law's title, not a body and a person.
 */
const BEFORE_BRACKETED_ACT_RE = / \([^()\n]{1,60}\) Act\b/y
const INSIDE_BRACKETED_ACT_RE = /\) Act\b/y
export function inBracketedLawTitle(text: string, tokens: Token[]): boolean {
  const end = tokens[tokens.length - 1].end
  // Reads past the text's end are not made (one deoptimised this function once a run).
  if (end + 1 >= text.length) return false
  if (text.charCodeAt(end) === 41) return matchesAt(INSIDE_BRACKETED_ACT_RE, text, end)
  return text.charCodeAt(end + 1) === 40 && matchesAt(BEFORE_BRACKETED_ACT_RE, text, end)
}

/** Whether the sticky `re` matches at text[at]; `test` allocates no match array. */
function matchesAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at
  return re.test(text)
}
