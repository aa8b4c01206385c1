/**
 * Where a sentence or a story starts, as the name readers see it: whether a name's first word opens a sentence (its
 * capital then says nothing: "The", "Despite"), and the wire dateline a story opens on ("PORT ANNAN — The company
 * …"), whose capitals name a place, not an acronym. Moved out of entity-spans.ts and entity-kinds.ts, unchanged,
 * when both neared 300 lines.
 */
import * as cue from './entity-cues'
import { isAcronym, stickyEnd, type Token } from './entity-spans'

/** Skipped backwards from a sentence's first word: spaces, opening quotes and brackets, dashes. */
const OPENERS = new Set([' ', '\t', '\u00a0', '“', '"', '‘', "'", '(', '[', '—', '–', '-'])
/** Skipped backwards after a sentence's end mark: closing quotes and brackets. */
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']'])
/** Characters that end a sentence (or a metadata label, "author: Thomas Brooke"). */
const SENTENCE_ENDS = new Set(['\n', '.', '!', '?', ':', '…'])

/** Is `at` the first word of a sentence (or of a line, or after a label's colon)? */
export function isSentenceStart(text: string, at: number): boolean {
  let i = at - 1
  let dash = false
  for (; i >= 0 && OPENERS.has(text[i]); i--) dash ||= DASHES.has(text[i])
  if (i < 0 || text[i] === '\n') return true
  // "PORT ANNAN — The company …": the sentence starts after a wire dateline's dash.
  if (dash && opensOnDateline(text, i)) return true
  while (i >= 0 && CLOSERS.has(text[i])) i--
  return i < 0 || SENTENCE_ENDS.has(text[i])
}

const DASHES = new Set(['—', '–', '-'])
/** Longest dateline before its dash: "SAN JUAN, Puerto Rico, June 24 (UPI)". */
const MAX_DATELINE_CHARS = 60

/**
 * A dateline's letters and its words in capitals. Built once: the bundle (esbuild, target node20) makes a literal
 * with a \p{…} class a `new RegExp(…)` at each use, and the name readers ask these of every name opening a line.
 */
const UPPER_LETTER = /\p{Lu}/u
const LETTER = /\p{L}/u
const IN_CAPITALS = /^\p{Lu}[\p{Lu}'’.-]+$/u

/**
 * Whether the line holding text[end] opens, up to `end`, as a wire dateline: a first word in capitals
 * ("HARBOURTON", "PORT ELLEN, Islay (Reuters)", "PARIS, June 9"), and short.
 */
function opensOnDateline(text: string, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', end) + 1
  if (end - lineStart >= MAX_DATELINE_CHARS) return false
  const i = capitalsEnd(text, lineStart, end)
  return i - lineStart >= 2 && (i > end || !LETTER.test(text[i]))
}

/**
 * Where the capitals from text[from] on end, up to `end`. A function of its own, under 81 bytes of bytecode, so that
 * V8 compiles it at its first tick, and opensOnDateline (run at every dash before a word) runs too few bytes of its
 * own to be compiled late in a warm run (with this loop in it, the third pass over 300 articles).
 */
function capitalsEnd(text: string, from: number, end: number): number {
  let i = from
  while (i <= end && UPPER_LETTER.test(text[i])) i++
  return i
}

/** Most words in a dateline's place ("SALT LAKE CITY", "RIO DE JANEIRO"); a longer run in capitals is a subhead. */
const MAX_DATELINE_WORDS = 4
/**
 * A dateline opens the story's first paragraph, after the headline and byline; further down, a line opening in
 * capitals and a dash is a subhead or a roundup's lead-in ("NOW OPEN — …", "THROUGH THE LENS: …").
 */
const MAX_DATELINE_START = 1000

/**
 * "PORT ANNAN — The company …": a name in capitals opening a line, then the dateline's dash, comma or agency
 * bracket, is the place the story was filed from, not an organisation's acronym.
 */
export function isDatelinePlace(text: string, tokens: Token[]): boolean {
  const first = tokens[0]
  if (first.start > MAX_DATELINE_START || (first.start > 0 && text[first.start - 1] !== '\n')) return false
  if (tokens.length > MAX_DATELINE_WORDS) return false
  if (!tokens.every((t) => IN_CAPITALS.test(t.text))) return false
  // One word short enough to be an acronym ("NASA — The agency said") is left to the acronym rule; "LONDON" and
  // "PARIS" are places by the gazetteer.
  if (tokens.length === 1 && isAcronym(first.text)) return false
  if (cue.KNOWN_ORGANISATIONS.has(text.slice(first.start, tokens[tokens.length - 1].end).toLowerCase())) return false
  return stickyEnd(cue.DATELINE_TAIL_RE, text, tokens[tokens.length - 1].end) > 0
}
