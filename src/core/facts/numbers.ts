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
import { SMALL_WORDS, TENS_WORDS, WORD_VALUES, ratioAt, wordValue } from './number-words'
import { packedMap } from '../packed-map'

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

const SMALL = `(?:(?:${TENS_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\\b)?|${SMALL_WORDS})`

/** Number words: "four", "twenty-five", "two hundred and fifty", "a dozen", "three million". */
const WORD_RE = new RegExp(
  String.raw`\b(?<frac>(?:one|two|three|four|a)[- ](?:half|thirds?|quarters?|fifths?)\b|half(?= (?:of|the|a|an|its|their|his|her|all)\b))` +
    String.raw`|\b(?<vague>tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions|billions)(?= of\b)` +
    String.raw`|\b(?<words>(?:an? (?:hundred|dozen)|${SMALL}(?: (?:hundred|dozen))?)(?: (?:and )?${SMALL})?(?: (?:thousand|million|billion|trillion))?|an? (?:thousand|million|billion|trillion))\b`,
  'gi'
)

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
  // Built field by field: a spread into a literal copies generically, and this ran for every sentence's figures.
  return packedMap(kept, (f) => ({ kind: 'number' as const, start: f.start, end: f.end, text: f.text, value: f.value }))
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
    // (offset > 0 first: a read before the text's start deoptimised this loop once in every run.)
    if (m.index === 0 && offset > 0 && /[\p{L}\p{N}_.,]/u.test(text.charAt(offset - 1))) continue
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

/**
 * The word before a figure, and its capital. Built once: the bundle (esbuild, target node20) makes a literal with a
 * \p{…} class a `new RegExp(…)` at each use, and isLabel runs for every figure.
 */
const WORD_BEFORE_RE = /(?<!\p{L})(\p{L}[\p{L}.]*)\s$/u
const OPENS_UPPER_RE = /^\p{Lu}/u

/** Is the figure at `at` preceded by a label word ("Room", "Flight", "Boeing", "section")? */
function isLabel(text: string, at: number): boolean {
  const before = WORD_BEFORE_RE.exec(text.slice(Math.max(0, at - 24), at))
  if (!before) return false
  const word = before[1]
  if (PART_LABELS.has(word)) return true
  return OPENS_UPPER_RE.test(word) && !SENTENCE_START_WORDS.has(word.toLowerCase())
}
