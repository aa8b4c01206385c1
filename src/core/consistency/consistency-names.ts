/**
 * Spelling comparison for names: accent folding and a bounded edit distance, tuned so that
 * "Barotte"/"Barrotte" and "Nicolas"/"Nicholas" meet while "John"/"Joan" and "Mason"/"Jason" do not;
 * and whether two names of a draft are one name spelled two ways (spelledTwoWays, consistency.ts's name check).
 */
import type { Fact } from '../../shared/article'
import { isKnownPlace } from '../facts/places-gazetteer'

/** Shortest word compared by edit distance: below this, one letter makes a different name. */
const MIN_FUZZY_LENGTH = 5
/** Words at least this long may differ by two edits ("Schwarzenegger"/"Schwarzeneger" by one). */
const TWO_EDIT_LENGTH = 8

/**
 * Combining marks (a global pattern, which replace() reads from the start each time). Built once: the bundle (esbuild,
 * target node20) makes a literal with a \p{…} class a `new RegExp(…)` at each use.
 */
const COMBINING_MARKS = /\p{M}+/gu

/** "Sávaré" → "savare": lower case without diacritics. */
export function foldAccents(name: string): string {
  // Most names are plain ASCII, which NFD leaves as it is and which holds no combining mark.
  if (isAscii(name)) return name.toLowerCase()
  return name.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase()
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false
  return true
}

/** The words of a name, apostrophes and hyphens kept inside them. */
export function nameTokens(name: string): string[] {
  return name.split(/\s+/).filter(Boolean)
}

/** Longest acronym: "NASA", "UNICEF". A word in capitals longer than this, or several, is text set in capitals. */
const MAX_ACRONYM_LETTERS = 6
/** What follows a place or a speaker set in capitals at a line's start: a dateline's dash, comma ("MIAMI, Fla. —")
 * or agency ("BERLIN (Reuters) -"), or a transcript label's colon ("PENCE: Well, …"). */
const AFTER_LINE_OPENER = /^\s*[—–:,(-]/
/** Before a line's first word, nothing but space and an opening quote mark. */
const LINE_LEAD = /^[\s"“‘']*$/

/**
 * A name at text[start, end) printed in capitals as typography: several words or a long word in capitals, a
 * short one opening a line as a dateline or a transcript's label ("MIAMI —", "PENCE:"), or one in a line set all
 * in capitals (a headline). A short word in capitals elsewhere is an acronym.
 */
export function setInCapitals(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end)
  if (name !== name.toUpperCase() || name === name.toLowerCase()) return false
  if (/\s/.test(name) || name.length > MAX_ACRONYM_LETTERS) return true
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  if (LINE_LEAD.test(text.slice(lineStart, start)) && AFTER_LINE_OPENER.test(text.slice(end, end + 3))) return true
  const lineEnd = text.indexOf('\n', end)
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)
  return line === line.toUpperCase() && /\s/.test(line.trim())
}

/** A name as the spelling comparison reads it: accent-folded, in words, a known place. */
export interface NameForm {
  fact: Fact
  folded: string
  words: string[]
  place: boolean
}

export function nameForm(fact: Fact): NameForm {
  const folded = foldAccents(fact.text)
  return { fact, folded, words: nameTokens(folded), place: isKnownPlace(fact.text) }
}

/** Two surfaces that name one thing, written differently. Subset names ("Barotte" / "Nicolas Barotte") are not flagged. */
export function spelledTwoWays(a: NameForm, b: NameForm, text: string): boolean {
  if (a.fact.text === b.fact.text) return false
  // "KESTREL BAY —" opening a wire story beside "Kestrel Bay" later: a dateline or subhead set in capitals is
  // typography, not a second spelling. Acronyms ("UNICEF" / "Unicef") are still a house-style slip worth a look.
  // Asked here, of the few pairs that fold alike, not of every name: it reads the name's line.
  if (a.folded === b.folded)
    return !(setInCapitals(text, a.fact.start, a.fact.end) || setInCapitals(text, b.fact.start, b.fact.end))
  if (a.place && b.place) return false // "Austria" / "Australia", "Niger" / "Nigeria"
  const ta = a.words
  const tb = b.words
  if (ta.length === tb.length) {
    // The one word that differs, found without building pairs: every two names of an article are compared.
    let differing = -1
    for (let i = 0; i < ta.length; i++) {
      if (ta[i] === tb[i]) continue
      if (differing >= 0) return false
      differing = i
    }
    return differing >= 0 && similarSpelling(ta[differing], tb[differing])
  }
  // Chosen without a pair array: this runs for every two names of different lengths in an article.
  const short = ta.length < tb.length ? ta : tb
  const long = short === ta ? tb : ta
  // "Barrotte" beside "Nicolas Barotte": a lone surname misspelled.
  return short.length === 1 && similarSpelling(short[0], long[long.length - 1])
}

/**
 * Same word misspelled? Both at least MIN_FUZZY_LENGTH long, same first letter (typos rarely hit
 * it, different names often do), and within one edit (two for long words).
 */
export function similarSpelling(a: string, b: string): boolean {
  if (a === b || a.length < MIN_FUZZY_LENGTH || b.length < MIN_FUZZY_LENGTH || a[0] !== b[0]) return false
  if (formsOfOneWord(a, b)) return false
  const limit = Math.min(a.length, b.length) >= TWO_EDIT_LENGTH ? 2 : 1
  if (Math.abs(a.length - b.length) > limit) return false
  return editDistance(a, b, limit) <= limit
}

/**
 * Endings that make another form of the same word, not a misspelling of it: a plural ("Republicans", "the
 * Ebelings"), an adjective or a people ("Democratic", "Texan", "Israeli", "American").
 */
const WORD_FORM_ENDINGS = new Set(['', 's', 'es', 'n', 'an', 'ns', 'ans', 'ian', 'ians', 'ic', 'i', 'is', 'er', 'ers'])
/** Shortest stem two word forms share: "Texa|s" / "Texa|n". */
const MIN_FORM_STEM = 4

/** "Republican" / "Republicans", "Democrats" / "Democratic", "Texas" / "Texan": one word in two forms. */
function formsOfOneWord(a: string, b: string): boolean {
  let stem = 0
  while (stem < a.length && stem < b.length && a[stem] === b[stem]) stem++
  if (stem < MIN_FORM_STEM) return false
  return WORD_FORM_ENDINGS.has(a.slice(stem)) && WORD_FORM_ENDINGS.has(b.slice(stem))
}

/** Optimal-string-alignment distance (swaps count as one), giving up once past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  let previousPrevious: number[] = []
  // The first row, 0 … b.length, filled by a loop: Array.from with a mapping function was most of a short word's cost.
  let previous: number[] = []
  for (let j = 0; j <= b.length; j++) previous.push(j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, previousPrevious[j - 2] + 1)
      current.push(value)
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > limit) return limit + 1
    previousPrevious = previous
    previous = current
  }
  return previous[b.length]
}
