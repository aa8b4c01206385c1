/**
 * Dates that mean nothing without the article's own date: "on Monday", "last year", "at the end of
 * last month", "at the beginning of August", "two days ago", "in the last two years", "recently".
 *
 * Resolution against the article date (ISO yyyy-mm-dd), on the newsroom reading that reports are
 * about the past:
 * - a weekday ("on Monday", "Monday") is the most recent such day on or before the article date;
 *   "last Monday" is strictly before it, "next Monday" strictly after;
 * - a month name ("at the beginning of August") is the most recent such month → "2022-08";
 *   the edge words (beginning, end) do not narrow the value: the value is the whole period;
 * - weeks and weekends are ranges "2022-08-08..2022-08-14" (Monday to Sunday);
 * - "in the last two years" is the range from two years before the article date to that date;
 * - "last night" is the day before the article date (morning papers report the evening before);
 * - vague phrases ("recently", "in recent times", "a few days ago") are found but have no value.
 * With no article date every value is null: the checker still sees the phrase that needs a date.
 */
import type { Fact } from '../../shared/article'
import { WORD_VALUES } from './number-words'
import {
  MONTH_NAMES,
  MONTH_NUMBERS,
  NOT_DAY_OR_YEAR,
  WEEKDAY_NAMES,
  isoDay,
  FORWARD_PREPOSITIONS,
  isoMonth,
  looksAhead,
  mostRecentMonth,
  nextMonth,
  parseIsoDate,
  pad,
  type CalendarDate
} from './dates'

const COUNT_WORDS = String.raw`\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|couple of|few|several`
const UNITS = 'day|week|month|year|decade'

/** Alternatives in the order they must win when two start at the same place. */
const RELATIVE_RE = new RegExp(
  [
    String.raw`\b(?:(?:at|towards?|by|until|from|since|in|before|after|for) )?(?:the )?(?:very )?(?<edge>beginning|start|end|middle|turn|close) of (?:(?<edgeDir>last|this|next|the (?:last|previous|past|coming|next)) (?<edgeUnit>week|month|year)|(?<edgeMonth>${MONTH_NAMES})(?![A-Za-z])${NOT_DAY_OR_YEAR})`,
    String.raw`\b(?<simple>the day before yesterday|yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))\b`,
    String.raw`\b(?:earlier|later|early|late|mid-?) ?(?<partDir>this|last|next) (?<partUnit>week|month|year)\b`,
    String.raw`\b(?<agoN>${COUNT_WORDS}) (?<agoUnit>${UNITS})s? ago\b`,
    String.raw`\b(?:in|over|during|for|within) the (?<spanDir>last|past|previous|coming|next) (?:(?<spanN>${COUNT_WORDS}) )?(?<spanUnit>${UNITS})s?\b`,
    String.raw`\b(?<vague>recently|lately|nowadays|in recent (?:times|days|weeks|months|years|decades))\b`,
    String.raw`\b(?<relDir>last|this|next|past|previous|coming) (?<relUnit>week|weekend|month|year|${MONTH_NAMES}|${WEEKDAY_NAMES})\b`,
    String.raw`\b(?:(?:on|since|by|until|till|from|before|after) )?(?<weekday>${WEEKDAY_NAMES})(?:['’]s)?(?: (?:morning|afternoon|evening|night))?\b`
  ].join('|'),
  // No 'u' flag: case-insensitive matching without Unicode folding is several times faster here.
  'gi'
)

/**
 * Every match of the alternatives above holds one of these words (as letters, in any case): a unit or a
 * month's name, "ago", a part of the day, "tomorrow", "recent" or "lately" ('day' stands for today, yesterday,
 * nowadays and the weekdays, 'night' for tonight). Sentences without one are skipped cheaply; the words that
 * only come with one of these ("last", "this", "end of") are not needed here.
 */
const TRIGGER_RE = new RegExp(
  `day|week|month|year|decade|ago|night|morning|afternoon|evening|tomorrow|recent|lately|${MONTH_NAMES}`,
  'i'
)

const WEEKDAY_NUMBERS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7
}
/** A count of units in words ("three weeks ago", "a couple of days"): COUNT_WORDS reads only these. */
const COUNT_VALUES: Record<string, number> = { ...WORD_VALUES, 'a couple of': 2, 'couple of': 2 }
/** Named days that are not dates: "Good Friday", "Black Friday", "Super Tuesday", "The Sunday Times". */
const NAMED_DAY_BEFORE_RE = /(?:Good|Black|Super|Bloody|Ash|Cyber|Easter|Palm|Holy|Maundy|Shrove|Giving)\s$/
const NAMED_DAY_AFTER_RE = /^ (?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Sport|World|Night Live|School)\b/
/** "every Tuesday morning", "each Friday": a day that comes round each week, no date to resolve. */
const RECURRING_BEFORE_RE = /(?:^|[^\p{L}])(?:every|each)\s$/iu

/** Period words that may follow last/this/next in lower case. */
const UNIT_WORDS = new Set(['week', 'weekend', 'month', 'year'])

type Direction = -1 | 0 | 1

/** Every relative date inside text[start, end), resolved against `articleDate` when there is one. */
export function findRelativeDates(text: string, start: number, end: number, articleDate: string | null): Fact[] {
  const slice = text.slice(start, end)
  if (!TRIGGER_RE.test(slice)) return []
  const reference = parseIsoDate(articleDate)
  const out: Fact[] = []
  RELATIVE_RE.lastIndex = 0
  for (let m = RELATIVE_RE.exec(slice); m; m = RELATIVE_RE.exec(slice)) {
    const g = m.groups ?? {}
    if (
      g.weekday &&
      (NAMED_DAY_BEFORE_RE.test(slice.slice(Math.max(0, m.index - 12), m.index)) ||
        RECURRING_BEFORE_RE.test(slice.slice(Math.max(0, m.index - 6), m.index)) ||
        NAMED_DAY_AFTER_RE.test(slice.slice(m.index + m[0].length)))
    )
      continue
    if (m.index === 0 && start > 0 && /[\p{L}\p{N}]/u.test(text.charAt(start - 1))) continue
    if (g.simple && isTitleWord(slice, m.index)) continue
    // The regex ignores case for "On Monday"; month and day names themselves must be capitalised ("this may").
    const name =
      g.edgeMonth ??
      g.weekday ??
      (g.relUnit && /^[A-Z]+$/i.test(g.relUnit) && !UNIT_WORDS.has(g.relUnit.toLowerCase()) ? g.relUnit : undefined)
    if (name && !/^[A-Z]/.test(name)) continue
    // "said it would close at the end of January", written in November: a coming January (dates.ts looksAhead).
    const ahead = g.edgeMonth !== undefined && forwardEdge(m[0]) && looksAhead(slice)
    const value = reference ? resolve(g, reference, ahead) : null
    out.push({ kind: 'relative-date', start: start + m.index, end: start + m.index + m[0].length, text: m[0], value })
  }
  return out
}

/**
 * "the BBC's Today programme", "USA Today", "Last Week Tonight", "the Today show": "Today", "Tonight" or "Tomorrow"
 * capitalised after a capitalised word or "the" is a title, not a day. After a preposition ("10 Things to Know for
 * Today", "At Tonight's Debate"), a lower-case word, a stop, a colon or a quotation mark, or opening the sentence,
 * it is the day.
 */
function isTitleWord(sentence: string, at: number): boolean {
  if (!/^[A-Z]/.test(sentence.charAt(at))) return false
  const before = sentence.slice(0, at).trimEnd()
  if (!/[\p{L}\p{N}'’]$/u.test(before)) return false
  const previous = before.slice(Math.max(before.lastIndexOf(' '), before.lastIndexOf('\u00a0')) + 1)
  if (previous === 'the') return true
  return /^[\p{Lu}\p{N}]/u.test(previous) && !DAY_PREPOSITIONS.has(previous.toLowerCase())
}
const DAY_PREPOSITIONS = new Set(['at', 'for', 'on', 'by', 'until', 'till', 'from', 'since', 'before', 'after'])

/** Whether an edge phrase opens on a preposition that may look ahead ("at the end of", not "since the end of"). */
function forwardEdge(phrase: string): boolean {
  const first = phrase.slice(0, phrase.indexOf(' ')).toLowerCase()
  return first === 'at' || first === 'the' || FORWARD_PREPOSITIONS.has(first)
}

function resolve(g: Record<string, string | undefined>, ref: CalendarDate, ahead = false): string | null {
  if (g.edge && g.edgeMonth) return (ahead ? nextMonth : mostRecentMonth)(monthOf(g.edgeMonth), ref)
  if (g.edge) return period(ref, direction(g.edgeDir), g.edgeUnit!)
  if (g.simple) return simpleDay(g.simple.toLowerCase(), ref)
  if (g.partDir) return period(ref, direction(g.partDir), g.partUnit!)
  if (g.agoN) return ago(ref, count(g.agoN), g.agoUnit!.toLowerCase())
  if (g.spanDir)
    return span(ref, direction(g.spanDir), g.spanN === undefined ? 1 : count(g.spanN), g.spanUnit!.toLowerCase())
  if (g.relDir) return relative(ref, direction(g.relDir), g.relUnit!)
  if (g.weekday) return isoDay(weekdayFrom(ref, WEEKDAY_NUMBERS[g.weekday.toLowerCase()], 0))
  return null // vague
}

function direction(word: string | undefined): Direction {
  const w = (word ?? '').toLowerCase().replace(/^the /, '')
  if (w === 'this') return 0
  return w === 'next' || w === 'coming' ? 1 : -1
}

const monthOf = (name: string): number => MONTH_NUMBERS[name.toLowerCase()]
const count = (word: string): number => (/^\d+$/.test(word) ? Number(word) : (COUNT_VALUES[word.toLowerCase()] ?? NaN))

function toDate(d: CalendarDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day))
}

function fromDate(date: Date): CalendarDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

function addDays(d: CalendarDate, days: number): CalendarDate {
  const date = toDate(d)
  date.setUTCDate(date.getUTCDate() + days)
  return fromDate(date)
}

/** Calendar arithmetic in months, clamping the day ("31 March" minus one month → 28/29 February). */
function addMonths(d: CalendarDate, months: number): CalendarDate {
  const index = d.year * 12 + (d.month - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return { year, month, day: Math.min(d.day, last) }
}

/** ISO weekday 1 (Monday) … 7 (Sunday). */
const isoWeekday = (d: CalendarDate): number => toDate(d).getUTCDay() || 7

/** The given weekday: dir 0 = on or before ref, -1 = strictly before, 1 = strictly after. */
function weekdayFrom(ref: CalendarDate, weekday: number, dir: Direction): CalendarDate {
  const today = isoWeekday(ref)
  if (dir === 1) return addDays(ref, (weekday - today + 7) % 7 || 7)
  const back = (today - weekday + 7) % 7
  return addDays(ref, -(dir === -1 && back === 0 ? 7 : back))
}

function weekRange(ref: CalendarDate, offsetWeeks: number): string {
  const monday = addDays(ref, 1 - isoWeekday(ref) + 7 * offsetWeeks)
  return `${isoDay(monday)}..${isoDay(addDays(monday, 6))}`
}

function period(ref: CalendarDate, dir: Direction, unit: string): string {
  const u = unit.toLowerCase()
  if (u === 'week') return weekRange(ref, dir)
  if (u === 'month') {
    const d = addMonths({ ...ref, day: 1 }, dir)
    return isoMonth(d.year, d.month)
  }
  return pad(ref.year + dir, 4)
}

function simpleDay(phrase: string, ref: CalendarDate): string {
  const offsets: Record<string, number> = {
    'the day before yesterday': -2,
    yesterday: -1,
    'last night': -1,
    tomorrow: 1
  }
  return isoDay(addDays(ref, offsets[phrase] ?? 0))
}

function ago(ref: CalendarDate, n: number, unit: string): string | null {
  if (!Number.isFinite(n)) return null // "a few days ago": the phrase is the fact, the day is not
  if (unit === 'day' || unit === 'week') return isoDay(addDays(ref, -n * (unit === 'week' ? 7 : 1)))
  const back = addMonths(ref, -n * (unit === 'month' ? 1 : unit === 'year' ? 12 : 120))
  return unit === 'month' ? isoMonth(back.year, back.month) : pad(back.year, 4)
}

function span(ref: CalendarDate, dir: Direction, n: number, unit: string): string | null {
  if (!Number.isFinite(n)) return null
  const days = unit === 'day' ? n : unit === 'week' ? 7 * n : 0
  const other = days
    ? addDays(ref, dir === 1 ? days : -days)
    : addMonths(ref, (dir === 1 ? 1 : -1) * n * (unit === 'month' ? 1 : unit === 'year' ? 12 : 120))
  return dir === 1 ? `${isoDay(ref)}..${isoDay(other)}` : `${isoDay(other)}..${isoDay(ref)}`
}

function relative(ref: CalendarDate, dir: Direction, unit: string): string {
  const u = unit.toLowerCase()
  if (u in WEEKDAY_NUMBERS) return isoDay(weekdayFrom(ref, WEEKDAY_NUMBERS[u], dir))
  if (u in MONTH_NUMBERS) {
    const month = MONTH_NUMBERS[u]
    if (dir === 0) return isoMonth(ref.year, month)
    if (dir === 1) return isoMonth(month > ref.month ? ref.year : ref.year + 1, month)
    return isoMonth(month < ref.month ? ref.year : ref.year - 1, month)
  }
  if (u === 'weekend') {
    const saturday =
      dir === 1 ? weekdayFrom(ref, 6, 1) : weekdayFrom(isoWeekday(ref) === 7 ? addDays(ref, -1) : ref, 6, 0)
    return `${isoDay(saturday)}..${isoDay(addDays(saturday, 1))}`
  }
  return period(ref, dir, u)
}
