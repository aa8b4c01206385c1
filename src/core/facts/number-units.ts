/**
 * What follows a figure: a multiplier ("million", "bn"), a currency word ("złoty"), a percentage,
 * a temperature, a unit of measure, a hyphenated unit ("nine-year") or a counted noun ("troops").
 * Read with sticky regexes from a fixed position, so each call costs a few characters, not a scan.
 */

export interface UnitReading {
  /** Index just after the unit in the slice that was read. */
  end: number
  /** Power of ten the figure is multiplied by ("million" → 6). */
  exponent: number
  /** ISO currency code when a currency word follows the figure. */
  currency?: string
  /** Normalised unit: "%", "°C", "km", "year", or the counted noun's head. */
  unit?: string
}

/**
 * Letters for regexes that scan whole slices: without the 'u' flag (Latin, Greek, Cyrillic ranges
 * written out) V8 scans several times faster than with \p{L}. Sticky regexes, which test one
 * position, keep \p{L}.
 */
export const SCAN_LETTERS = String.raw`A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF`

/** Multiplier words and newsroom abbreviations ("£1.2bn", "$410m"), as powers of ten. */
const MULTIPLIER_EXPONENTS: Record<string, number> = {
  thousand: 3,
  k: 3,
  million: 6,
  m: 6,
  mn: 6,
  billion: 9,
  bn: 9,
  trillion: 12,
  tn: 12,
  trn: 12
}

/** Currency words written after the figure, mapped to the code a checker searches for. */
const CURRENCY_WORDS: Record<string, string> = {
  'us dollars': 'USD',
  dollars: 'USD',
  dollar: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  'pounds sterling': 'GBP',
  złoty: 'PLN',
  zloty: 'PLN',
  zlotys: 'PLN',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rupees: 'INR',
  roubles: 'RUB',
  rubles: 'RUB',
  'cfa francs': 'XOF',
  'swiss francs': 'CHF',
  naira: 'NGN',
  rand: 'ZAR',
  shekels: 'ILS',
  hryvnias: 'UAH',
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  pln: 'PLN',
  jpy: 'JPY',
  chf: 'CHF',
  cny: 'CNY',
  inr: 'INR'
}

const PERCENT_RE = /\s?(?:%|per ?cent\b|pc\b)|\s(?<points>percentage points?)\b/y
const TEMPERATURE_RE =
  /(?:\s?°\s?(?<sign>[CF])|(?<attached>[CF])|\sdegrees?(?:\s(?<scale>Celsius|centigrade|Fahrenheit))?)(?![\p{L}\p{N}])/uy
const MULTIPLIER_RE = /(?:\s(?<word>thousand|million|billion|trillion)|(?<short>bn|mn|m|k|tn|trn))(?![\p{L}\p{N}])/uy
const CURRENCY_RE =
  /\s(?<word>US dollars|pounds sterling|CFA francs|Swiss francs|dollars?|euros?|złoty|zloty|zlotys|yen|yuan|renminbi|rupees|roubles|rubles|naira|rand|shekels|hryvnias|USD|EUR|GBP|PLN|JPY|CHF|CNY|INR)(?![\p{L}\p{N}])/uy
/** Units of measure: spaced or attached ("5 km", "40kg"); bare "m" and "g" only when attached. */
const MEASURE_RE =
  /(?:\s?(?<unit>km\/h|km²|sq km|kilometres|kilometers|kilometre|kilometer|km|miles|mile|metres|meters|metre|meter|cm|mm|kg|kilograms|kilogram|kilos|grams|tonnes|tonne|tons|ton|lbs|lb|pounds|ft|feet|inches|litres|liters|litre|gallons|barrels|hectares|acres|mph|kph|MW|GW|kW|kWh|MWh|GWh|TWh|bpd)|(?<attached>m|g))(?![\p{L}\p{N}])/uy
/** "nine-year", "10-year-old", "5,000-strong", "four-month". */
const HYPHEN_UNIT_RE =
  /-(?<unit>year|month|week|day|hour|minute|second|mile|kilometre|kilometer|km|metre|meter|storey|story|point|man|member|seat|page|game|match|strong|foot|inch|ton|tonne)s?(?<old>-old)?(?!\p{L})/uy
const ORDINAL_RE = /(?:st|nd|rd|th)(?!\p{L})/uy
const NEXT_WORD_RE = / (\p{L}[\p{L}\p{M}'’-]{0,40})/uy

/** Words after which no counted noun can follow: the figure is a bare number ("5,000 of them"). */
const FUNCTION_WORDS = new Set(
  (
    'the a an of in on at to for from by with into onto over under and or but nor as than that this these those ' +
    'which who whom whose were was is are be been being have has had do does did will would could should can ' +
    'may might must shall not no per each every its their his her our your my it they he she we you i after ' +
    'before since until while when where during against between among across through about around up down ' +
    'out off more less fewer said says according so if then also only just some all both ago later earlier ' +
    'last next here there what how why yet still even ever again whether'
  ).split(' ')
)

/** Plural nouns that do not end in -s, and collective nouns newsrooms count. */
const IRREGULAR_COUNT_NOUNS = new Set(
  'people children men women police staff personnel cattle sheep fish deer aircraft livestock crew youth infantry militia geese mice teeth feet'.split(
    ' '
  )
)

/** Words ending in -s that are not plural nouns but can directly follow a figure ("five maths lessons" counts lessons). */
const NOT_PLURAL = new Set(
  'does goes this thus plus always perhaps whereas besides towards afterwards sometimes unless across its his hers ours yours theirs less says seems means remains includes makes takes gives comes looks shows rises falls needs wants gets puts runs sees uses was has maths physics economics politics'.split(
    ' '
  )
)

/** A plural or collective noun a figure can count: "troops", "casualties", "people". */
export function isCountNoun(word: string): boolean {
  const lower = word.toLowerCase()
  if (IRREGULAR_COUNT_NOUNS.has(lower)) return true
  if (lower.length < 4 || !lower.endsWith('s') || NOT_PLURAL.has(lower)) return false
  return !/(?:ss|us|is|ous|['’]s)$/.test(lower)
}

/**
 * A word opening in lower case (a singular count's noun). Built once: the bundle (esbuild, target node20) makes a
 * literal with a \p{…} class a `new RegExp(…)` at each use.
 */
const OPENS_LOWER = /^\p{Ll}/u

/**
 * Up to three modifiers then a counted noun after `pos`: " Russian mercenaries" → head "mercenaries".
 * `singular` lets "1 person" count. Stops at function words, punctuation and anything else.
 */
export function readCountNoun(slice: string, pos: number, singular: boolean): { end: number; head: string } | null {
  let at = pos
  for (let words = 0; words < 4; words++) {
    NEXT_WORD_RE.lastIndex = at
    const m = NEXT_WORD_RE.exec(slice)
    if (!m) return null
    const word = m[1]
    if (FUNCTION_WORDS.has(word.toLowerCase())) return null
    at = NEXT_WORD_RE.lastIndex
    if (isCountNoun(word) || (singular && words === 0 && OPENS_LOWER.test(word))) return { end: at, head: word }
  }
  return null
}

/**
 * The unit written right after a figure, null when there is none, or 'reject' when the figure is
 * really an ordinal ("3rd") or a code ("4B", "737MAX") and must not be reported as a quantity.
 */
export function readUnitSuffix(slice: string, pos: number, hasCurrencySign: boolean): UnitReading | null | 'reject' {
  const sticky = <T extends RegExp>(re: T): RegExpExecArray | null => {
    re.lastIndex = pos
    return re.exec(slice)
  }
  if (sticky(ORDINAL_RE)) return 'reject'
  const percent = sticky(PERCENT_RE)
  if (percent)
    return { end: PERCENT_RE.lastIndex, exponent: 0, unit: percent.groups?.points ? 'percentage points' : '%' }
  const multiplier = sticky(MULTIPLIER_RE)
  const short = multiplier?.groups?.short
  // "5m" without a currency sign is five metres unless a counted noun follows ("5m people").
  const metres = short === 'm' && !hasCurrencySign && !readCountNoun(slice, MULTIPLIER_RE.lastIndex, false)
  if (multiplier && !metres) return afterMultiplier(slice, MULTIPLIER_RE.lastIndex, multiplier, hasCurrencySign)
  const temperature = sticky(TEMPERATURE_RE)
  if (temperature) {
    const g = temperature.groups ?? {}
    const scale = g.sign ?? g.attached ?? (g.scale ? (g.scale === 'Fahrenheit' ? 'F' : 'C') : undefined)
    return { end: TEMPERATURE_RE.lastIndex, exponent: 0, unit: scale ? `°${scale}` : 'degrees' }
  }
  const currency = sticky(CURRENCY_RE)
  if (currency)
    return { end: CURRENCY_RE.lastIndex, exponent: 0, currency: CURRENCY_WORDS[currency.groups!.word.toLowerCase()] }
  const measure = sticky(MEASURE_RE)
  if (measure) return { end: MEASURE_RE.lastIndex, exponent: 0, unit: measure.groups?.unit ?? measure.groups?.attached }
  const hyphen = sticky(HYPHEN_UNIT_RE)
  if (hyphen)
    return {
      end: HYPHEN_UNIT_RE.lastIndex,
      exponent: 0,
      unit: hyphen.groups!.unit + (hyphen.groups?.old ? '-old' : '')
    }
  if (/[\p{L}\p{N}]/u.test(slice.charAt(pos))) return 'reject'
  return null
}

function afterMultiplier(slice: string, pos: number, m: RegExpExecArray, hasCurrencySign: boolean): UnitReading {
  const exponent = MULTIPLIER_EXPONENTS[(m.groups?.word ?? m.groups?.short ?? '').toLowerCase()]
  CURRENCY_RE.lastIndex = pos
  const currency = CURRENCY_RE.exec(slice)
  if (currency)
    return { end: CURRENCY_RE.lastIndex, exponent, currency: CURRENCY_WORDS[currency.groups!.word.toLowerCase()] }
  const noun = hasCurrencySign ? null : readCountNoun(slice, pos, false)
  if (noun) return { end: noun.end, exponent, unit: noun.head }
  return { end: pos, exponent }
}

/** "1.2" × 10^9 as an exact decimal string ("1200000000"), without floating-point error. */
export function scaleDecimal(digits: string, exponent: number): string {
  const [whole, fraction = ''] = digits.split('.')
  if (exponent === 0) return stripZeros(whole, fraction)
  const shifted = fraction.padEnd(exponent, '0')
  return stripZeros(whole + shifted.slice(0, exponent), shifted.slice(exponent))
}

function stripZeros(whole: string, fraction: string): string {
  const integer = whole.replace(/^0+(?=\d)/, '')
  const decimals = fraction.replace(/(?<!0)0+$/, '')
  return decimals ? `${integer}.${decimals}` : integer
}
