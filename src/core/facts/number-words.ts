/**
 * Numbers written in words ("four", "twenty-five", "two hundred and fifty", "a dozen") and their values, and the
 * proportions a number opens ("one in five", "nine out of ten", "1 in every 4"), read where numbers.ts has already
 * found that number, so prose full of " in " costs nothing.
 */
import type { Fact } from '../../shared/article'
import { readCountNoun } from './number-units'

export const SMALL_WORDS =
  'eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|one|two|three|four|five|six|seven|eight|nine'
export const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'
export const WORD_VALUES: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12
}

/** "two hundred and fifty thousand" → 250000. */
export function wordValue(words: string): number {
  let total = 0
  let current = 0
  for (const part of words.toLowerCase().split(/[\s-]+/)) {
    const value = WORD_VALUES[part]
    if (value === undefined) continue // "and"
    if (value === 100 || (value === 12 && part === 'dozen')) current = (current || 1) * value
    else if (value >= 1000) {
      total += (current || 1) * value
      current = 0
    } else current += value
  }
  return total + current
}

type Found = Omit<Fact, 'kind'>

const RATIO_TERM = `${SMALL_WORDS}|${TENS_WORDS}|a hundred|a thousand|\\d{1,3}(?:,\\d{3})+|\\d{1,5}`
/** Units after which "3 in 10" is a count in a time or a run of games: "scored 3 in 10 minutes". */
const NOT_RATIO_AFTER = String.raw`(?:second|minute|hour|day|week|month|year|decade|game|match|race|start)s?\b`
/** The link and the whole, read forward from the end of the part: " in five", " out of every 10". */
const RATIO_WHOLE_RE = new RegExp(
  String.raw` (?:in|out of) (?:every )?(?<whole>${RATIO_TERM})\b(?!,\d| ${NOT_RATIO_AFTER})`,
  'iy'
)
/** Largest part of a proportion: "99 in 100". */
const MAX_PART = 99

/**
 * A capital opening a word. Built once: the bundle (esbuild, target node20) makes a literal with a \p{…} class a `new
 * RegExp(…)` at each use.
 */
const OPENS_UPPER = /^\p{Lu}/u

/**
 * The proportion a figure opens at slice[start, end) ("one in five", "nine out of ten", "1 in every 4", "one in a
 * hundred"), or null. Read only where a figure was found, so prose full of " in " costs nothing. A year is no whole
 * ("won one in 2019").
 */
export function ratioAt(slice: string, offset: number, start: number, end: number, part: number): Found | null {
  if (part <= 0 || part > MAX_PART || slice.charCodeAt(end) !== 32) return null
  RATIO_WHOLE_RE.lastIndex = end
  const m = RATIO_WHOLE_RE.exec(slice)
  if (!m) return null
  const written = m.groups?.whole ?? ''
  const whole = termValue(written)
  if (!(whole > part) || (whole >= 1000 && whole < 2100 && /^\d+$/.test(written))) return null
  // "Uranium One in three transactions": a capitalised "One" after a name ends that name.
  if (OPENS_UPPER.test(slice.charAt(start)) && OPENS_UPPER.test(wordBefore(slice, start))) return null
  // As a count keeps its noun, a proportion does: "Six in 10 Virginia Democratic primary voters" → "6/10 voters".
  const after = RATIO_WHOLE_RE.lastIndex
  const noun = readCountNoun(slice, after, false)
  const value = noun ? `${part}/${whole} ${noun.head}` : `${part}/${whole}`
  const to = noun ? noun.end : after
  return { start: offset + start, end: offset + to, text: slice.slice(start, to), value }
}

/** The word just before `start` across one space ("Uranium" before "One"), or '' when there is none. */
function wordBefore(slice: string, start: number): string {
  if (slice.charCodeAt(start - 1) !== 32) return ''
  let at = start - 1
  while (at > 0 && /[\p{L}\p{M}'’-]/u.test(slice.charAt(at - 1))) at--
  return slice.slice(at, start - 1)
}

function termValue(term: string): number {
  return /^\d/.test(term) ? Number(term.replace(/,/g, '')) : wordValue(term)
}
