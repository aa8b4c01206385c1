/**
 * Quantities in news prose, with their units: "5,000 troops", "$410 million", "12.4%", "38.7°C",
 * "900 million złoty", "four Russian mercenaries", "nine-year", "two-thirds".
 *
 * Span choice: a count keeps its modifiers up to the head noun ("1,000 Russian mercenaries"), so the
 * checker sees the whole phrase; the value keeps only the number and the head noun ("1000 mercenaries").
 * Things that only look like quantities are left alone: years (dates.ts owns them), clock times,
 * phone numbers, ordinals, labels such as "Room 101" or "Boeing 737", codes like "COVID-19".
 */
import type { Fact } from '../../shared/article'
import { isYearAt } from './dates'
import { SCAN_LETTERS, readCountNoun, readUnitSuffix, scaleDecimal } from './number-units'

/** Currency signs written before the figure, and the ISO code a checker searches for. */
const CURRENCY_SIGNS: Record<string, string> = {
  US$: 'USD',
  A$: 'AUD',
  C$: 'CAD',
  HK$: 'HKD',
  NZ$: 'NZD',
  R$: 'BRL',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₦': 'NGN',
  '₽': 'RUB'
}

/**
 * Digits (optionally after a currency sign), a dash range, or a run we must skip: phone numbers
 * (three or more digit groups) and clock times. Lookbehind keeps "COVID-19", "F-16", "4.5.1" out.
 * Every quantifier is bounded, so nothing backtracks catastrophically.
 */
const DIGIT_RE = new RegExp(
  String.raw`(?<skip>\+?\(?\d{2,5}\)?(?:[ .-]\d{2,5}){2,}(?![\d,])|\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\.?(?![${SCAN_LETTERS}]))` +
    String.raw`|(?<![${SCAN_LETTERS}\d_.,/]|[${SCAN_LETTERS}]-)(?:(?<cur>US\$|A\$|C\$|HK\$|NZ\$|R\$|[$€£¥₹₦₽])\s?)?` +
    String.raw`(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,15}(?:\.\d{1,10})?)(?![.,]\d)` +
    String.raw`(?:\s?[–—-]\s?(?:US\$|[$€£¥₹])?(?<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,15}(?:\.\d{1,10})?)(?![.,]\d))?`,
  'g'
)

const SMALL_WORDS =
  'eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|one|two|three|four|five|six|seven|eight|nine'
const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'
const SMALL = `(?:(?:${TENS_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\\b)?|${SMALL_WORDS})`

/** Number words: "four", "twenty-five", "two hundred and fifty", "a dozen", "three million". */
const WORD_RE = new RegExp(
  String.raw`\b(?<frac>(?:one|two|three|four|a)[- ](?:half|thirds?|quarters?|fifths?)\b|half(?= (?:of|the|a|an|its|their|his|her|all)\b))` +
    String.raw`|\b(?<vague>tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions|billions)(?= of\b)` +
    // SMALL's own \b matters where a number word ends the phrase; composed here, some copies of it always pass.
    // eslint-disable-next-line regexp/no-useless-assertions
    String.raw`|\b(?<words>(?:an? (?:hundred|dozen)|${SMALL}(?: (?:hundred|dozen))?)(?: (?:and )?${SMALL})?(?: (?:thousand|million|billion|trillion))?|an? (?:thousand|million|billion|trillion))\b`,
  'gi'
)

const WORD_VALUES: Record<string, number> = {
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

const FRACTIONS: Record<string, string> = {
  half: '1/2',
  third: '1/3',
  thirds: '/3',
  quarter: '1/4',
  quarters: '/4',
  fifth: '1/5',
  fifths: '/5'
}

/** "hundreds of people" is a claim about size even without a figure: value says "at least". */
const VAGUE_FLOORS: Record<string, string> = {
  'tens of thousands': '10000+',
  'hundreds of thousands': '100000+',
  dozens: '12+',
  scores: '20+',
  hundreds: '100+',
  thousands: '1000+',
  millions: '1000000+',
  billions: '1000000000+'
}

/** Capitalised words that may precede a bare figure without making it a label like "Room 101". */
const SENTENCE_START_WORDS = new Set([
  'in',
  'on',
  'at',
  'by',
  'about',
  'around',
  'nearly',
  'almost',
  'some',
  'only',
  'just',
  'over',
  'under',
  'more',
  'fewer',
  'less',
  'than',
  'and',
  'but',
  'to',
  'from',
  'of',
  'for',
  'with',
  'the',
  'a',
  'an',
  'exactly',
  'roughly',
  'approximately',
  'up',
  'down',
  'all',
  'another',
  'those',
  'these'
])

type Found = Omit<Fact, 'kind'>

/** Every quantity inside text[start, end), offsets absolute, in text order. */
export function findNumbers(text: string, start: number, end: number): Fact[] {
  const slice = text.slice(start, end)
  const ratios: Found[] = []
  const found: Found[] = [...digitNumbers(text, slice, start, ratios), ...wordNumbers(slice, start, ratios)]
  // "one in five lessons" is one proportion, not a count of "five lessons".
  const kept =
    ratios.length === 0 ? found : found.filter((f) => !ratios.some((r) => f.start < r.end && r.start < f.end))
  kept.push(...ratios)
  kept.sort((a, b) => a.start - b.start)
  return kept.map((f) => ({ kind: 'number' as const, ...f }))
}

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
 * The proportion a figure opens at slice[start, end) ("one in five", "nine out of ten", "1 in every 4", "one in a
 * hundred"), or null. Read only where a figure was found, so prose full of " in " costs nothing. A year is no whole
 * ("won one in 2019").
 */
function ratioAt(slice: string, offset: number, start: number, end: number, part: number): Found | null {
  if (part <= 0 || part > MAX_PART || slice.charCodeAt(end) !== 32) return null
  RATIO_WHOLE_RE.lastIndex = end
  const m = RATIO_WHOLE_RE.exec(slice)
  if (!m) return null
  const written = m.groups?.whole ?? ''
  const whole = termValue(written)
  if (!(whole > part) || (whole >= 1000 && whole < 2100 && /^\d+$/.test(written))) return null
  // "Uranium One in three transactions": a capitalised "One" after a name ends that name.
  if (/^\p{Lu}/u.test(slice.charAt(start)) && /^\p{Lu}/u.test(wordBefore(slice, start))) return null
  // As a count keeps its noun, a proportion does: "Six in 10 Virginia Democratic primary voters" → "6/10 voters".
  const after = RATIO_WHOLE_RE.lastIndex
  const noun = readCountNoun(slice, after, false)
  const value = noun ? `${part}/${whole} ${noun.head}` : `${part}/${whole}`
  return make(slice, offset, start, noun ? noun.end : after, value)
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

/** Every form of DIGIT_RE holds a digit: a sentence without one is not scanned (its look-behinds run at every place). */
const HAS_DIGIT_RE = /\d/

function digitNumbers(text: string, slice: string, offset: number, ratios: Found[]): Found[] {
  const out: Found[] = []
  if (!HAS_DIGIT_RE.test(slice)) return out
  DIGIT_RE.lastIndex = 0
  for (let m = DIGIT_RE.exec(slice); m; m = DIGIT_RE.exec(slice)) {
    const groups = m.groups ?? {}
    if (groups.skip !== undefined || groups.num === undefined) continue
    // A slice may begin mid-word: the lookbehind cannot see before it, so look in the full text.
    if (m.index === 0 && /[\p{L}\p{N}_.,]/u.test(text.charAt(offset - 1))) continue
    const numStart = m.index + m[0].indexOf(groups.num)
    const first = groups.num.replace(/,/g, '')
    const second = groups.num2?.replace(/,/g, '')
    const sign = groups.cur ? CURRENCY_SIGNS[groups.cur] : undefined
    const ratio = sign || second !== undefined ? null : ratioAt(slice, offset, numStart, m.index + m[0].length, +first)
    if (ratio) {
      ratios.push(ratio)
      continue
    }
    const unit = readUnitSuffix(slice, m.index + m[0].length, Boolean(sign))
    if (unit === 'reject') continue
    const absolute = offset + m.index
    const noun = unit || sign ? null : readCountNoun(slice, m.index + m[0].length, Number(first) === 1)
    const hasUnit = Boolean(unit || sign || noun)
    if (second !== undefined && !hasUnit) continue // "3-1", "2021-06": a score or a code, not a range
    // Years belong to dates.ts; isYearAt also settles "the 2019 elections" (year) vs "sent 2000 troops" (count).
    if (
      !unit &&
      !sign &&
      second === undefined &&
      isYearAt(text, offset + numStart, offset + numStart + groups.num.length)
    )
      continue
    if (!hasUnit && second === undefined && isLabel(text, absolute)) continue
    const exponent = unit ? unit.exponent : 0
    const amount =
      second === undefined
        ? scaleDecimal(first, exponent)
        : `${scaleDecimal(first, exponent)}..${scaleDecimal(second, exponent)}`
    const unitName = unit?.currency ?? sign ?? unit?.unit ?? noun?.head ?? ''
    const spanEnd = noun ? noun.end : unit ? unit.end : m.index + m[0].length
    out.push(make(slice, offset, m.index, spanEnd, unitName ? `${amount} ${unitName}` : amount))
  }
  return out
}

function wordNumbers(slice: string, offset: number, ratios: Found[]): Found[] {
  const out: Found[] = []
  WORD_RE.lastIndex = 0
  for (let m = WORD_RE.exec(slice); m; m = WORD_RE.exec(slice)) {
    const groups = m.groups ?? {}
    const after = m.index + m[0].length
    if (groups.frac !== undefined) {
      out.push(make(slice, offset, m.index, after, fractionValue(groups.frac)))
    } else if (groups.vague !== undefined) {
      const noun = readCountNoun(slice, after + ' of'.length, false)
      if (!noun) continue
      out.push(make(slice, offset, m.index, noun.end, `${VAGUE_FLOORS[groups.vague.toLowerCase()]} ${noun.head}`))
    } else if (groups.words !== undefined) {
      const reading = wordValue(groups.words)
      const ratio = ratioAt(slice, offset, m.index, after, reading)
      if (ratio) {
        ratios.push(ratio)
        continue
      }
      const unit = readUnitSuffix(slice, after, false)
      if (unit === 'reject') continue
      const noun = unit ? null : readCountNoun(slice, after, reading === 1)
      // A bare "one" is mostly not a count ("one of the", "no one"): keep it only with a unit ("one-year").
      if (!unit && (!noun || reading === 1)) continue
      const amount = scaleDecimal(String(reading), unit ? unit.exponent : 0)
      const unitName = unit ? (unit.currency ?? unit.unit) : (noun?.head ?? '')
      out.push(make(slice, offset, m.index, noun ? noun.end : unit ? unit.end : after, `${amount} ${unitName}`.trim()))
    }
  }
  return out
}

function make(slice: string, offset: number, from: number, to: number, value: string): Found {
  return { start: offset + from, end: offset + to, text: slice.slice(from, to), value }
}

/** "two hundred and fifty thousand" → 250000. */
function wordValue(words: string): number {
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

function fractionValue(phrase: string): string {
  const parts = phrase.toLowerCase().split(/[\s-]+/)
  if (parts.length === 1) return FRACTIONS[parts[0]]
  const denominator = FRACTIONS[parts[1]]
  const numerator = WORD_VALUES[parts[0]]
  return denominator.startsWith('/') ? `${numerator}${denominator}` : denominator
}

/**
 * Words that number the part of a text they name, in lower case too: "a section 114 notice", "under article 50",
 * "on page 12" name a place in a law or a document, no quantity a checker would count.
 */
const PART_LABELS = new Set(['section', 'article', 'clause', 'paragraph', 'schedule', 'chapter', 'page'])

/** Is the figure at `at` preceded by a label word ("Room", "Flight", "Boeing", "section")? */
function isLabel(text: string, at: number): boolean {
  const before = /(?<!\p{L})(\p{L}[\p{L}.]*)\s$/u.exec(text.slice(Math.max(0, at - 24), at))
  if (!before) return false
  const word = before[1]
  if (PART_LABELS.has(word)) return true
  return /^\p{Lu}/u.test(word) && !SENTENCE_START_WORDS.has(word.toLowerCase())
}
