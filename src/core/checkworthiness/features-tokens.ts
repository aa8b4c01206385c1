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
// their separators ("5,000", "12.4"). Letters are code-point ranges covering Latin, Greek,
// Cyrillic and the other scripts' letter blocks: about twice as fast as a \p{L} unicode regex.
const LETTER =
  'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u052F\\u0531-\\u1FFF\\u2C00-\\u2DFF\\u3040-\\uD7FF\\uF900-\\uFDFF\\uFE70-\\uFFDC'
const MARK = '\\u0300-\\u036F'
const TOKEN_RE = new RegExp(`[${LETTER}][${MARK}${LETTER}'’-]*[${MARK}${LETTER}]|[${LETTER}]|\\d[\\d,.]*\\d|\\d`, 'g')
const UPPER_START_RE = /^\p{Lu}/u
const DIGIT_RE = /^\d/

/** `folded`: the sentence lower-cased, when the caller has it already. */
export function tokenize(sentence: string, folded = sentence.toLowerCase()): Token[] {
  const tokens: Token[] = []
  // Lower-case once per sentence; slice per token unless lower-casing changed the length ("İ").
  const lowered = folded.length === sentence.length ? (folded.includes('’') ? folded.replace(/’/g, "'") : folded) : null
  TOKEN_RE.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = TOKEN_RE.exec(sentence)) !== null) {
    const text = m[0]
    const end = m.index + text.length
    const code = text.charCodeAt(0)
    tokens.push({
      text,
      lower: lowered !== null ? lowered.slice(m.index, end) : text.toLowerCase().replace(/’/g, "'"),
      start: m.index,
      end,
      // Fast path for ASCII; the Unicode test only for other letters.
      capital: code < 128 ? code >= 65 && code <= 90 : UPPER_START_RE.test(text),
      initial: tokens.length === 0
    })
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
