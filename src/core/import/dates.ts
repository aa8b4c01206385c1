/**
 * Finding a publication date in the loose forms newsrooms write them ("14 March 2024",
 * "March 14, 2024", "2024-03-14T09:30:00+01:00", "14.03.2024") and turning it into ISO
 * yyyy-mm-dd. Slash dates like 03/04/2024 are ambiguous between UK and US order and are
 * only read when one side cannot be a month.
 */
import { MONTH_NUMBERS } from '../facts/dates'

const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const ORDINAL = '(?:st|nd|rd|th)?'

/** Each pattern names which capture group holds year, month and day. */
const PATTERNS: { re: RegExp; y: number; m: number; d: number; monthIsName?: boolean }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/, y: 1, m: 2, d: 3 },
  { re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/, y: 1, m: 2, d: 3 },
  {
    re: new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH_NAME},?\\s+(\\d{4})\\b`, 'i'),
    y: 3,
    m: 2,
    d: 1,
    monthIsName: true
  },
  {
    re: new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})\\b`, 'i'),
    y: 3,
    m: 1,
    d: 2,
    monthIsName: true
  },
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, y: 3, m: 2, d: 1 }
]

/** Slash dates: read only when unambiguous (one number above 12). */
const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function toIso(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return null
  if (day > daysInMonth(year, month)) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export interface FoundDate {
  iso: string
  /** Offsets of the matched date inside the searched string. */
  start: number
  end: number
}

/** The earliest readable date inside `text`, or null. */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null
  for (const pattern of PATTERNS) {
    const match = pattern.re.exec(text)
    if (!match || (best && match.index >= best.start)) continue
    const monthText = match[pattern.m] ?? ''
    const month = pattern.monthIsName ? MONTH_NUMBERS[monthText.toLowerCase().slice(0, 3)] : Number(monthText)
    const iso = toIso(Number(match[pattern.y]), month ?? 0, Number(match[pattern.d]))
    if (iso) best = { iso, start: match.index, end: match.index + match[0].length }
  }
  const slash = SLASH_DATE.exec(text)
  if (slash && (!best || slash.index < best.start)) {
    const [a, b, year] = [Number(slash[1]), Number(slash[2]), Number(slash[3])]
    const iso = a > 12 ? toIso(year, b, a) : b > 12 ? toIso(year, a, b) : null
    if (iso) best = { iso, start: slash.index, end: slash.index + slash[0].length }
  }
  return best
}

/** A date written in digits alone with both numbers 12 or under: 03.04.2026 is 3 April or March 4 by country. */
const NUMERIC_EITHER_WAY = /^(\d{1,2})[./](\d{1,2})[./]\d{4}$/

/**
 * Every date in `text` whose writing says which day it is: a month by name ("3 March 2026", "March 3rd, 2026"),
 * ISO ("2026-03-03"), or digits where both orders give one day ("13/03/2026", "3.3.2026"); never 03.04.2026 or 3/4/2026.
 */
export function unambiguousDates(text: string): string[] {
  const dates: string[] = []
  for (let from = 0, found = findDate(text); found; found = findDate(text.slice(from))) {
    const written = NUMERIC_EITHER_WAY.exec(text.slice(from + found.start, from + found.end))
    const [first, second] = written ? [Number(written[1]), Number(written[2])] : [0, 0]
    if (!written || first > 12 || second > 12 || first === second) dates.push(found.iso)
    from += found.end
  }
  return dates
}

/** ISO yyyy-mm-dd for a value that is (or contains) a date, else null. */
export function toIsoDate(value: string): string | null {
  return findDate(value)?.iso ?? null
}

/** Metadata keys whose value, when it reads as a date, also fills `metadata.date`. */
export const DATE_KEYS = new Set(['date', 'published', 'dateline', 'pubdate', 'publication date', 'published date'])
