/**
 * Dates that depend on the article's date ("on Monday", "last year", "in August") are resolved again
 * when the checker sets or corrects it, so the calendar dates shown, saved and reported always
 * follow the date the case now holds, and so does the "why it was flagged" line that names them.
 */
import type { Fact } from '../../shared/article'
import type { Item } from '../../shared/case'
import { findDates } from '../facts/dates'
import { factReason } from '../facts/facts'
import { findRelativeDates } from '../facts/relative-dates'

const DEPENDS_ON_ARTICLE_DATE = new Set<Fact['kind']>(['date', 'relative-date'])

/** Every item's date facts re-resolved against `articleDate` (null: unresolved, as in the engine). */
export function redateItems(items: readonly Item[], text: string, articleDate: string | null): Item[] {
  return items.map((item) => {
    if (!item.facts.some((fact) => DEPENDS_ON_ARTICLE_DATE.has(fact.kind))) return item
    // Read the whole item again: whether a month lies ahead depends on the rest of the sentence.
    const { start, end } = item.anchor
    const resolved = new Map<string, string | null>()
    for (const fact of [
      ...findDates(text, start, end, articleDate),
      ...findRelativeDates(text, start, end, articleDate)
    ]) {
      resolved.set(`${fact.kind}:${fact.start}:${fact.end}`, fact.value)
    }
    let changed = false
    // "Why it was flagged" names each date with its resolution ("relative date: on Monday →
    // 2022-08-15", "… (no article date)"): those lines follow the new date too.
    const reasons = new Map<string, string>()
    const facts = item.facts.map((fact) => {
      const key = `${fact.kind}:${fact.start}:${fact.end}`
      if (!resolved.has(key) || resolved.get(key) === fact.value) return fact
      changed = true
      const next = { ...fact, value: resolved.get(key) ?? null }
      reasons.set(factReason(fact), factReason(next))
      return next
    })
    if (!changed) return item
    return { ...item, facts, reasons: item.reasons.map((reason) => reasons.get(reason) ?? reason) }
  })
}
