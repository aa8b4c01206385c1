/**
 * Spelling comparison for names: accent folding and a bounded edit distance, tuned so that
 * "Barotte"/"Barrotte" and "Nicolas"/"Nicholas" meet while "John"/"Joan" and "Mason"/"Jason" do not.
 */

/** Shortest word compared by edit distance: below this, one letter makes a different name. */
const MIN_FUZZY_LENGTH = 5
/** Words at least this long may differ by two edits ("Schwarzenegger"/"Schwarzeneger" by one). */
const TWO_EDIT_LENGTH = 8

/** "Sávaré" → "savare": lower case without diacritics. */
export function foldAccents(name: string): string {
  // Most names are plain ASCII, which NFD leaves as it is and which holds no combining mark.
  if (isAscii(name)) return name.toLowerCase()
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false
  return true
}

/** The words of a name, apostrophes and hyphens kept inside them. */
export function nameTokens(name: string): string[] {
  return name.split(/\s+/).filter(Boolean)
}

/**
 * Same word misspelled? Both at least MIN_FUZZY_LENGTH long, same first letter (typos rarely hit
 * it, different names often do), and within one edit (two for long words).
 */
/** Longest acronym: "NASA", "UNICEF". A word in capitals longer than this, or several, is text set in capitals. */
const MAX_ACRONYM_LETTERS = 6

export function setInCapitals(name: string): boolean {
  if (name !== name.toUpperCase() || name === name.toLowerCase()) return false
  return /\s/.test(name) || name.length > MAX_ACRONYM_LETTERS
}

export function similarSpelling(a: string, b: string): boolean {
  if (a === b || a.length < MIN_FUZZY_LENGTH || b.length < MIN_FUZZY_LENGTH || a[0] !== b[0]) return false
  const limit = Math.min(a.length, b.length) >= TWO_EDIT_LENGTH ? 2 : 1
  if (Math.abs(a.length - b.length) > limit) return false
  return editDistance(a, b, limit) <= limit
}

/** Optimal-string-alignment distance (swaps count as one), giving up once past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  let previousPrevious: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
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
