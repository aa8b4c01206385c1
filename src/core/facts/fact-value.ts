/**
 * Whether a fact's normalised value is worth showing beside its words. "2013" → 2013 or
 * "14 March 2024" → 2024-03-14 repeat the text ("DATE 2013 = 2013"); "on Monday" → 2022-08-15,
 * "14 March" → 2024-03-14 (the year came from the article date) and "Barotte" → Nicolas Barotte
 * add something. Numbers are never shown: their value is the same figure in other notation.
 */
import type { Fact } from '../../shared/article'
import { isVague } from './facts'

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

export type FactValue =
  | { kind: 'date'; value: string }
  | { kind: 'name'; value: string }
  | { kind: 'unresolved'; reason: 'no-article-date' | 'vague' }

/** The value to show beside the fact's words, or null when it would only repeat them. */
export function factValueToShow(fact: Fact): FactValue | null {
  if (fact.kind === 'relative-date') {
    if (fact.value) return { kind: 'date', value: fact.value }
    return { kind: 'unresolved', reason: isVague(fact.text) ? 'vague' : 'no-article-date' }
  }
  if (fact.kind === 'date')
    return fact.value && !dateIsInText(fact.value, fact.text) ? { kind: 'date', value: fact.value } : null
  if (fact.kind === 'number') return null
  const value = (fact.value ?? '').trim()
  return value && value.toLowerCase() !== fact.text.trim().toLowerCase() ? { kind: 'name', value } : null
}

/** Every part of an ISO date, year, month or year range ("2024-03-14", "2013", "1990..1999") is in the words. */
function dateIsInText(value: string, text: string): boolean {
  const lower = text.toLowerCase()
  const numbers = new Set((lower.match(/\d+/g) ?? []).map((n) => String(Number(n))))
  const range = /^(\d{4})\.\.\d{4}$/.exec(value)
  if (range) return numbers.has(range[1]) || /\d{2,4}s\b/.test(lower)
  const parts = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value)
  if (!parts) return false
  const [, year, month, day] = parts
  if (!numbers.has(year) && !numbers.has(year.slice(2))) return false
  if (month && !lower.includes(MONTHS[Number(month) - 1]) && !numbers.has(String(Number(month)))) return false
  return !day || numbers.has(String(Number(day)))
}
