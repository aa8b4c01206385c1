/**
 * Absolute dates in news prose, normalised to ISO: "June 9, 2021" → 2021-06-09, "9 June 2021",
 * "2021-06-09", "14/03/2024" (day first), "June 2021" → 2021-06, "in 2013" → 2013, "1914–1918" →
 * 1914..1918, "the 1990s" → 1990..1999, "in August" → the most recent August on or before the
 * article date ("2022-08"), or "--08" (ISO 8601's month without a year) when the article has no date.
 */
import type { Fact } from '../../shared/article'
import { SCAN_LETTERS, readCountNoun, readUnitSuffix } from './number-units'

/** Month names and the abbreviations newsrooms use ("Aug.", "Sept."), lower-cased → month number. */
export const MONTH_NUMBERS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12
}

/** Regular-expression alternations of the calendar's names, for every date pattern in the engine. */
export const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December'
export const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec'
export const WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'

/** A month's name, or its abbreviation with or without its full stop: "Dec. 3". A full name takes no stop, so a date that
 * ends a sentence ("on 14 December.") does not carry the sentence's own full stop into the fact. */
const MONTH_ANY = `(?:${MONTH_NAMES}|(?:${MONTH_ABBREVIATIONS})\\.?)`
const DAY = String.raw`(?<day>\d{1,2})(?:st|nd|rd|th)?`
const YEAR_DIGITS = String.raw`(?:1\d{3}|20\d{2})`

/** After a bare month: not "August 5" (a day follows) nor "August 2021" (a year): those are full dates. "August, 42 soldiers" is fine. */
export const NOT_DAY_OR_YEAR = String.raw`(?! \d{1,2}(?![\d,])|,? \d{4}(?!\d))`

/** One alternation, longest forms first, so a single scan finds each date once. */
const DATE_RE = new RegExp(
  [
    String.raw`(?<![\d-])(?<isoY>\d{4})-(?<isoM>\d{2})-(?<isoD>\d{2})(?!\d)`,
    String.raw`(?<![\d/.])(?<sd>\d{1,2})(?<sep>[/.])(?<sm>\d{1,2})\k<sep>(?<sy>\d{4})(?!\d)`,
    String.raw`\b(?<mdyM>${MONTH_ANY}) ${DAY}(?!\d)(?:,? (?<mdyY>${YEAR_DIGITS})(?!\d))?`,
    String.raw`(?<!\d)(?<dmyD>\d{1,2})(?:st|nd|rd|th)? (?:of )?(?<dmyM>${MONTH_ANY})(?![${SCAN_LETTERS}])(?:,? (?<dmyY>${YEAR_DIGITS})(?!\d))?`,
    String.raw`\b(?<myM>${MONTH_ANY}),? (?<myY>${YEAR_DIGITS})(?!\d)`,
    String.raw`\b(?<prep>[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Tt]hrough|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|of|[Tt]hroughout)(?: early | late | mid-| )(?<month>${MONTH_NAMES})(?![${SCAN_LETTERS}])${NOT_DAY_OR_YEAR}`,
    String.raw`(?<![${SCAN_LETTERS}\d$€£¥.,/–-])(?<year>${YEAR_DIGITS})(?:(?<decade>s)|[–-](?<year2>${YEAR_DIGITS}|\d{2}))?(?![${SCAN_LETTERS}\d]|[.,]\d|[–-]\d)`
  ].join('|'),
  'g'
)

/** Words before a year that make an old year a year ("in 1789"), not a count ("1500 troops"). */
const YEAR_PREPOSITION_RE =
  /(?:^|[^\p{L}])(?:in|since|by|from|until|till|to|between|and|of|during|before|after|around|circa|c\.|year|early|late|mid-)\s?$/iu
/** Before "2019 elections" these make the figure a year; "sent 2000 troops" stays a count. */
const YEAR_DETERMINER_RE = /(?:^|[^\p{L}])(?:the|a|an|its|their|his|her|this|that|\p{L}+['’]s)\s$/iu

export interface CalendarDate {
  year: number
  month: number
  day: number
}

/** "2022-08-15" → its parts, or null when not a real calendar date. */
let lastParsed: { iso: string | null; date: CalendarDate | null } = { iso: null, date: null }

/** "2022-08-15" → its parts, or null when not a real calendar date. Remembers the last answer: one article, one date. */
export function parseIsoDate(iso: string | null): CalendarDate | null {
  if (iso === lastParsed.iso) return lastParsed.date
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null
  const parts = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null
  const date = parts && isRealDate(parts.year, parts.month, parts.day) ? parts : null
  lastParsed = { iso, date }
  return date
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return false
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return day <= DAYS_IN_MONTH[month - 1] + (month === 2 && leap ? 1 : 0)
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0')
export const isoDay = (d: CalendarDate): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`
export const isoMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`

/** The first `month` on or after the reference date, for plans and forecasts ("will rise from July"). */
export function nextMonth(month: number, reference: CalendarDate): string {
  return isoMonth(month >= reference.month ? reference.year : reference.year + 1, month)
}

/**
 * A sentence that looks ahead: its bare months are coming ones. Kept narrow on purpose — most news
 * is about the past, and "would" alone also reports what someone said they would do.
 */
const FORWARD_LOOKING_RE =
  /\b(?:will|shall|(?:is|are) (?:due|expected|set) to|plans? to|planned to|from next)\b|\bwould\b[^.]+\b(?:from|until|by|starting|beginning|(?:at|by|until|before) the (?:end|start|beginning|middle) of) (?:early |late |mid-)?\p{Lu}/iu
/** Whether a sentence looks ahead, so that a month it names after a forward preposition is a coming one. */
export const looksAhead = (sentence: string): boolean => FORWARD_LOOKING_RE.test(sentence)
/** Prepositions after which a bare month may lie ahead; "since", "during", "of" always look back. */
export const FORWARD_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'by',
  'until',
  'till',
  'from',
  'before',
  'after'
])

/** The most recent `month` on or before the reference date: news is written about the past. */
export function mostRecentMonth(month: number, reference: CalendarDate): string {
  return isoMonth(month <= reference.month ? reference.year : reference.year - 1, month)
}

/**
 * Is text[start, end) a year rather than a count? 1800–2099 is a year unless a unit follows
 * ("2000 km", "1999%"); 1000–1799 only after a preposition ("in 1789"). Shared with numbers.ts so
 * the two never disagree.
 */
export function isYearAt(text: string, start: number, end: number): boolean {
  const digits = text.slice(start, end)
  if (!/^\d{4}$/.test(digits)) return false
  if (/[$€£¥₹]\s?$/u.test(text.slice(Math.max(0, start - 4), start))) return false
  const value = Number(digits)
  if (value < 1000 || value > 2099) return false
  if (readUnitSuffix(text, end, false) !== null) return false
  const before = text.slice(Math.max(0, start - 16), start)
  const prepositioned = YEAR_PREPOSITION_RE.test(before)
  if (value < 1800) return prepositioned
  return prepositioned || YEAR_DETERMINER_RE.test(before) || !readCountNoun(text, end, false)
}

/**
 * Every form of DATE_RE holds a digit but the month after a preposition ("in March"), which holds a month's
 * full name: a sentence with neither holds no date and is not scanned with the whole alternation.
 */
const MAY_HOLD_DATE_RE = new RegExp(`\\d|${MONTH_NAMES}`)

/** Every absolute date inside text[start, end), offsets absolute. */
export function findDates(text: string, start: number, end: number, articleDate: string | null): Fact[] {
  const slice = text.slice(start, end)
  if (!MAY_HOLD_DATE_RE.test(slice)) return []
  const reference = parseIsoDate(articleDate)
  const out: Fact[] = []
  DATE_RE.lastIndex = 0
  for (let m = DATE_RE.exec(slice); m; m = DATE_RE.exec(slice)) {
    const g = m.groups ?? {}
    let value: string | null = null
    if (g.isoY) value = dayValue(g.isoY, g.isoM, g.isoD)
    else if (g.sy) value = slashValue(g.sd, g.sm, g.sy)
    else if (g.mdyM) value = monthDayValue(g.mdyM, g.day, g.mdyY, reference, !g.mdyY && looksAhead(slice))
    else if (g.dmyM) value = monthDayValue(g.dmyM, g.dmyD, g.dmyY, reference, !g.dmyY && looksAhead(slice))
    else if (g.myM) value = isoMonth(Number(g.myY), monthNumber(g.myM))
    else if (g.month) {
      const month = monthNumber(g.month)
      const ahead = FORWARD_PREPOSITIONS.has(g.prep.toLowerCase()) && FORWARD_LOOKING_RE.test(slice)
      value = reference ? (ahead ? nextMonth(month, reference) : mostRecentMonth(month, reference)) : `--${pad(month)}`
    } else if (g.year) {
      const yearStart = start + m.index
      const decade = g.decade !== undefined && g.year.endsWith('0')
      if (!decade && !isYearAt(text, yearStart, yearStart + 4)) continue
      value = yearValue(g.year, g.decade, g.year2)
    }
    if (value === null) continue
    if (m.index === 0 && start > 0 && /[\p{L}\p{N}]/u.test(text.charAt(start - 1))) continue
    const to = m.index + m[0].length
    out.push({ kind: 'date', start: start + m.index, end: start + to, text: m[0], value })
  }
  return out
}

function monthNumber(name: string): number {
  return MONTH_NUMBERS[name.replace(/\.$/, '').toLowerCase()]
}

function dayValue(year: string, month: string, day: string): string | null {
  const parts = { year: Number(year), month: Number(month), day: Number(day) }
  return isRealDate(parts.year, parts.month, parts.day) ? isoDay(parts) : null
}

/** Day first ("14/03/2024"), as in most of the world's newsrooms; month first only when day-first is impossible. */
function slashValue(first: string, second: string, year: string): string | null {
  return dayValue(year, second, first) ?? dayValue(year, first, second)
}

/** "June 9" without a year takes the article's year (or "--06-09" when the article has no date). */
function monthDayValue(
  monthName: string,
  day: string,
  year: string | undefined,
  reference: CalendarDate | null,
  ahead = false
): string | null {
  const month = monthNumber(monthName)
  if (year) return dayValue(year, String(month), day)
  if (Number(day) < 1 || Number(day) > 31) return null
  if (!reference) return `--${pad(month)}-${pad(Number(day))}`
  // "He is due to appear before magistrates on 18 December", written on 4 December: this year's, not last year's.
  if (ahead) {
    const sameYear = month > reference.month || (month === reference.month && Number(day) >= reference.day)
    return dayValue(String(sameYear ? reference.year : reference.year + 1), String(month), day)
  }
  const sameYear = month < reference.month || (month === reference.month && Number(day) <= reference.day)
  return dayValue(String(sameYear ? reference.year : reference.year - 1), String(month), day)
}

function yearValue(year: string, decade: string | undefined, year2: string | undefined): string {
  if (decade) return year.endsWith('0') ? `${year}..${Number(year) + 9}` : year
  if (!year2) return year
  const last = year2.length === 2 ? year.slice(0, 2) + year2 : year2
  return Number(last) > Number(year) ? `${year}..${last}` : year
}
