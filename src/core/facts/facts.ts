/**
 * The checkable facts inside a claim: quantities, dates, relative dates, people, places and
 * organisations. Each finder reads its own kind; this module merges them into one sorted list
 * without overlaps and words each fact the way a checker would say it.
 */
import type { Fact, FactKind } from '../../shared/article'
import { findNumbers } from './numbers'
import { findDates } from './dates'
import { findRelativeDates } from './relative-dates'
import { entitiesInRange, findEntities } from './entities'

export { findEntities, readEntities } from './entities'

export interface FactContext {
  /** The article's publication date (ISO yyyy-mm-dd), or null when unknown. */
  articleDate: string | null
  /** Every name in the article (readEntities), when the caller scans many ranges of one text. */
  entities?: readonly Fact[]
}

/**
 * When two facts of the same length overlap, the more specific kind wins: a date over a number
 * ("2013"), a relative date over a name ("Monday"), a quantity over a name.
 */
const KIND_PRIORITY: Record<FactKind, number> = {
  date: 0,
  'relative-date': 1,
  number: 2,
  organisation: 3,
  place: 4,
  person: 5
}

/** All facts inside text.slice(range.start, range.end), offsets absolute, sorted, non-overlapping. */
export function findFacts(text: string, range: { start: number; end: number }, context: FactContext): Fact[] {
  const start = Math.max(0, Math.min(range.start, text.length))
  const end = Math.max(start, Math.min(range.end, text.length))
  if (start === end) return []
  const candidates = [
    ...findDates(text, start, end, context.articleDate),
    ...findRelativeDates(text, start, end, context.articleDate),
    ...findNumbers(text, start, end),
    ...(context.entities ? entitiesInRange(context.entities, { start, end }) : findEntities(text, { start, end }))
  ]
  return withoutOverlaps(candidates)
}

/**
 * Sweep in text order keeping the longer of two overlapping facts. Safe in one pass: whatever a
 * newcomer replaces ended before the fact kept ahead of it started.
 */
function withoutOverlaps(facts: Fact[]): Fact[] {
  const sorted = [...facts].sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind]
  )
  const kept: Fact[] = []
  for (const fact of sorted) {
    if (fact.end <= fact.start) continue
    const last = kept[kept.length - 1]
    if (!last || fact.start >= last.end) {
      kept.push(fact)
      continue
    }
    if (beats(fact, last)) kept[kept.length - 1] = fact
  }
  return kept
}

function beats(a: Fact, b: Fact): boolean {
  const lengthA = a.end - a.start
  const lengthB = b.end - b.start
  return lengthA > lengthB || (lengthA === lengthB && KIND_PRIORITY[a.kind] < KIND_PRIORITY[b.kind])
}

const KIND_WORDS: Record<FactKind, string> = {
  number: 'number',
  date: 'date',
  'relative-date': 'relative date',
  person: 'person',
  place: 'place',
  organisation: 'organisation'
}

/**
 * A reason in a checker's words: "number: 5,000 troops", "money: $48 million", "percentage: 7%",
 * "year: 2013", "relative date: on Monday → 2022-08-15".
 */
export function factReason(fact: Fact): string {
  if (fact.kind === 'date') return `${dateWord(fact.value)}: ${fact.text}`
  if (fact.kind === 'relative-date') {
    if (fact.value) return `relative date: ${fact.text} → ${fact.value}`
    return `relative date: ${fact.text} (${fact.value === null && isVague(fact.text) ? 'no single date' : 'no article date'})`
  }
  if (fact.kind === 'number') return `${quantityWord(fact.value)}: ${fact.text}`
  return `${KIND_WORDS[fact.kind]}: ${fact.text}`
}

/** "$48 million" is money and "7%" a percentage to a checker: the unit of the value says which. */
function quantityWord(value: string | null): string {
  if (value && /\s[A-Z]{3}$/.test(value)) return 'money'
  if (value && /\s(?:%|percentage points?)$/.test(value)) return 'percentage'
  return 'number'
}

/** "2013" is a year, "1990..1999" years; everything else a date. */
function dateWord(value: string | null): string {
  if (value && /^\d{4}$/.test(value)) return 'year'
  if (value && /^\d{4}\.\.\d{4}$/.test(value)) return 'years'
  return 'date'
}

/** Phrases that never resolve to a day, even with an article date. */
export function isVague(text: string): boolean {
  return /^(?:recently|lately|nowadays|in recent\b)/i.test(text) || /\b(?:few|several)\b/i.test(text)
}
