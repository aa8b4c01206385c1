/**
 * The article's own date, which relative dates ("on Monday", "last year") resolve against.
 * Only keys that mean publication are read; a Unix time under some other key (the seed's `tend`,
 * a timestamp of a CMS export) is never taken for the publication date.
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_NUMBERS, isRealDate, isoDay } from './dates'

/**
 * Metadata keys that name the publication date, most specific first. Keys are compared after
 * lower-casing and dropping everything but letters ("Publication date", "published_at",
 * "article:published_time" all match).
 */
const DATE_KEYS = [
  'datepublished',
  'publicationdate',
  'pubdate',
  'published',
  'publishedat',
  'publishedtime',
  'articlepublishedtime',
  'firstpublished',
  'date',
  'dateline',
  'issued'
]

/** Unix times a CMS might put under a date key: seconds (9–10 digits) or milliseconds (12–13). */
const UNIX_SECONDS_RE = /^\d{9,10}(?:\.\d+)?$/
const UNIX_MILLISECONDS_RE = /^\d{12,13}$/
/** Newspapers do not date articles before this year; older Unix-looking numbers are something else. */
const EARLIEST_YEAR = 1990

const MONTH_NAME = String.raw`(${MONTH_NAMES}|${MONTH_ABBREVIATIONS})\.?`
const ISO_RE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?!\d)/
const DAY_MONTH_YEAR_RE = new RegExp(
  String.raw`(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_NAME},?\s+(\d{4})(?!\d)`,
  'i'
)
const MONTH_DAY_YEAR_RE = new RegExp(String.raw`\b${MONTH_NAME}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`, 'i')
const NUMERIC_RE = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\d/.])/

/** The first publication-date key in metadata that reads as a date, as ISO yyyy-mm-dd. */
export function articleDateFrom(metadata: Record<string, string>): string | null {
  const byKey = new Map<string, string>()
  for (const [key, value] of Object.entries(metadata)) {
    const normalised = key.toLowerCase().replace(/[^a-z]/g, '')
    if (!byKey.has(normalised)) byKey.set(normalised, value)
  }
  for (const key of DATE_KEYS) {
    const value = byKey.get(key)
    if (value === undefined) continue
    const parsed = parseDateText(value) ?? parseUnixTime(value.trim())
    if (parsed) return parsed
  }
  return null
}

/**
 * The first full date written in `s`: "14 March 2024", "March 14, 2024", "2024-03-14",
 * "2024-03-14T09:30:00Z", "Thu, 14 Mar 2024 09:30 GMT", "14/03/2024". Slash and dot dates are
 * read day first, as most of the world writes them; month first only when day first is impossible
 * ("03/14/2024"). Null when there is no complete, real date.
 */
export function parseDateText(s: string): string | null {
  const text = s.slice(0, 500)
  const found: Array<{ at: number; iso: string | null }> = []
  const iso = ISO_RE.exec(text)
  if (iso) found.push({ at: iso.index, iso: checked(iso[1], iso[2], iso[3]) })
  const dmy = DAY_MONTH_YEAR_RE.exec(text)
  if (dmy) found.push({ at: dmy.index, iso: checked(dmy[3], monthNumber(dmy[2]), dmy[1]) })
  const mdy = MONTH_DAY_YEAR_RE.exec(text)
  if (mdy) found.push({ at: mdy.index, iso: checked(mdy[3], monthNumber(mdy[1]), mdy[2]) })
  const numeric = NUMERIC_RE.exec(text)
  if (numeric)
    found.push({
      at: numeric.index,
      iso: checked(numeric[4], numeric[3], numeric[1]) ?? checked(numeric[4], numeric[1], numeric[3])
    })
  const first = found.filter((f) => f.iso !== null).sort((a, b) => a.at - b.at)[0]
  return first?.iso ?? null
}

function monthNumber(name: string): string {
  return String(MONTH_NUMBERS[name.toLowerCase()])
}

function checked(year: string, month: string, day: string): string | null {
  const parts = { year: Number(year), month: Number(month), day: Number(day) }
  return isRealDate(parts.year, parts.month, parts.day) ? isoDay(parts) : null
}

/** A Unix time under a publication-date key (some exports store one there): its UTC day. */
function parseUnixTime(value: string): string | null {
  let milliseconds: number
  if (UNIX_SECONDS_RE.test(value)) milliseconds = Number(value) * 1000
  else if (UNIX_MILLISECONDS_RE.test(value)) milliseconds = Number(value)
  else return null
  const date = new Date(milliseconds)
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < EARLIEST_YEAR) return null
  return isoDay({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() })
}
