/**
 * Tokens, bag-of-words terms and named-entity-like runs for the check-worthiness scorer.
 * One regex pass per sentence; everything else is set look-ups, so scoring a megabyte of
 * news stays in the tens of milliseconds.
 */
import { CALENDAR_WORDS, FUNCTION_WORDS } from './features-lexicon'

export interface Token {
  /** The token exactly as written in the sentence. */
  text: string
  /** Lower case with curly apostrophes folded to ', for look-ups. */
  lower: string
  start: number
  end: number
  /** Starts with an upper-case letter (acronyms included). */
  capital: boolean
  /** First word of the sentence (after any opening quote or bracket). */
  initial: boolean
}

// Words may carry inner apostrophes and hyphens ("Mali’s", "Al-Qaeda", "nine-year"); numbers keep
// their separators ("5,000", "12.4"). Letters are code-unit ranges covering Latin, Greek, Cyrillic
// and the other scripts' letter blocks. The tokens are those of the regex
//   [L][M L '’-]*[M L] | [L] | \d[\d,.]*\d | \d        (L letters, M combining marks; no 'u' flag)
// read by one loop over the character codes: a token runs from a letter (a digit) over letters, marks
// and inner ' ’ - (digits and inner , .) and ends on its last letter or mark (digit).
const LETTER_RANGES = [
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xaa, 0xaa],
  [0xb5, 0xb5],
  [0xba, 0xba],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x2af],
  [0x370, 0x3ff],
  [0x400, 0x52f],
  [0x531, 0x1fff],
  [0x2c00, 0x2dff],
  [0x3040, 0xd7ff],
  [0xf900, 0xfdff],
  [0xfe70, 0xffdc]
] as const
function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
  for (const [from, to] of LETTER_RANGES) if (code >= from && code <= to) return true
  return false
}
const isMark = (code: number): boolean => code >= 0x300 && code <= 0x36f
const isDigitCode = (code: number): boolean => code >= 48 && code <= 57
/** Inside a word: ' ’ - (a word never ends on one). */
const isWordJoiner = (code: number): boolean => code === 39 || code === 0x2019 || code === 45
/** Inside a number: , . (a number never ends on one). */
const isNumberJoiner = (code: number): boolean => code === 44 || code === 46
const UPPER_START_RE = /^\p{Lu}/u
const DIGIT_RE = /^\d/

/** Where the token starting at `start` (a letter or a digit) ends. */
function tokenEnd(sentence: string, start: number, word: boolean): number {
  let last = start
  for (let j = start + 1; j < sentence.length; j++) {
    const code = sentence.charCodeAt(j)
    if (word ? isLetter(code) || isMark(code) : isDigitCode(code)) last = j
    else if (!(word ? isWordJoiner(code) : isNumberJoiner(code))) break
  }
  return last + 1
}

/** `folded`: the sentence lower-cased, when the caller has it already. */
export function tokenize(sentence: string, folded = sentence.toLowerCase()): Token[] {
  const tokens: Token[] = []
  // Lower-case once per sentence; slice per token unless lower-casing changed the length ("İ").
  const lowered = folded.length === sentence.length ? (folded.includes('’') ? folded.replace(/’/g, "'") : folded) : null
  for (let start = 0; start < sentence.length;) {
    const code = sentence.charCodeAt(start)
    const word = isLetter(code)
    if (!word && !isDigitCode(code)) {
      start++
      continue
    }
    const end = tokenEnd(sentence, start, word)
    const text = sentence.slice(start, end)
    tokens.push({
      text,
      lower: lowered !== null ? lowered.slice(start, end) : text.toLowerCase().replace(/’/g, "'"),
      start,
      end,
      // Fast path for ASCII; the Unicode test only for other letters.
      capital: code < 128 ? code >= 65 && code <= 90 : UPPER_START_RE.test(text),
      initial: tokens.length === 0
    })
    start = end
  }
  return tokens
}

/**
 * Bag-of-words terms: lower-case unigrams and adjacent bigrams, every number folded to "0". The
 * first word also yields "^ word": how a sentence opens ("^ so", "^ well", "^ in") says a lot.
 */
export function bagOfWordsTerms(tokens: readonly Token[]): string[] {
  const terms: string[] = []
  let prev = '^'
  for (const t of tokens) {
    const w = DIGIT_RE.test(t.lower) ? '0' : t.lower
    terms.push(w, prev + ' ' + w)
    prev = w
  }
  return terms
}

// Small words allowed inside a name: "Islamic State in the Greater Sahara", "Gulf of Mexico", "Al-Qaeda".
const NAME_JOINERS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'de',
  'du',
  'la',
  'le',
  'al',
  'in',
  'for',
  'von',
  'van',
  'and'
])
const NOT_NAMES: ReadonlySet<string> = new Set(['i', "i'm", "i've", "i'd", "i'll", 'ok', 'okay'])

/**
 * Whether a capitalised token looks like part of a name. A sentence's first word is capitalised
 * anyway, so it counts only when it is not a word people also write in lower case
 * (`commonLower`, learned from the training text) — "France ended…" yes, "Critics of…" no.
 */
function nameLike(t: Token, commonLower: ReadonlySet<string>): boolean {
  if (!t.capital || NOT_NAMES.has(t.lower) || CALENDAR_WORDS.has(t.lower)) return false
  if (t.initial) return !FUNCTION_WORDS.has(t.lower) && !commonLower.has(t.lower)
  return true
}

/**
 * Runs of capitalised words that look like names of people, places or organisations
 * ("Nicolas Barotte", "Le Figaro", "Islamic State in the Greater Sahara"). Returns the text spans.
 */
export function namedEntityRuns(
  sentence: string,
  tokens: readonly Token[],
  commonLower: ReadonlySet<string>
): string[] {
  const runs: string[] = []
  let i = 0
  while (i < tokens.length) {
    if (!nameLike(tokens[i], commonLower)) {
      i++
      continue
    }
    let last = i
    let j = i + 1
    while (j < tokens.length && onlySpaceBetween(sentence, tokens[j - 1], tokens[j])) {
      if (tokens[j].capital && !NOT_NAMES.has(tokens[j].lower)) last = j
      else if (!NAME_JOINERS.has(tokens[j].lower)) break
      j++
    }
    runs.push(sentence.slice(tokens[i].start, tokens[last].end))
    i = last + 1
  }
  return runs
}

function onlySpaceBetween(sentence: string, a: Token, b: Token): boolean {
  return b.start - a.end === 1 && sentence.charCodeAt(a.end) === 32
}
