/**
 * The same event given two dates: "The council voted on Tuesday to close the library" (Tuesday
 * resolving to 12 March) and later "the library vote on 14 March". Two calendar days, close to
 * each other, in different sentences that speak of the same thing (at least MIN_SHARED_EVENT_WORDS
 * content words in common around the dates, and no other people or places), make a question for
 * the checker. Sentences about sequences ("again", "postponed to", "the next meeting") are left
 * alone: they hold two dates on purpose.
 */
import type { Fact, Inconsistency } from '../../shared/article'
import { contextWords, disjointNames, sentenceEnd, sentenceStarts, sharedCount, span } from './consistency-context'
import { whereIs, type Locate } from './where-in-draft'

/** Content words two date contexts must share before they count as "the same event". */
export const MIN_SHARED_EVENT_WORDS = 2
/** Two dates for one event are usually a slip of days, not months: farther apart, they are two events. */
export const MAX_DAYS_APART = 31
/** Dates compared with at most this many later ones, so a long draft stays linear. */
const MAX_DATE_COMPARISONS = 100

/** Sentences that tell of more than one date on purpose. */
const SEQUENCE_RE =
  /\b(?:again|another|second|third|previous|previously|earlier|later|next|until|till|between|following|each|every|resumed|postponed|delayed|moved|rescheduled|brought forward|deadline|since|before|after|from)\b/i

/** Words that only say when (they differ with the date and say nothing about the event). */
const WHEN_WORDS = new Set(
  `on in at by last next this week weeks day days month months year years morning afternoon evening night today
  yesterday tomorrow ago january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec`.split(
    /\s+/
  )
)

interface DatedEvent {
  fact: Fact
  day: number
  sentence: number
  context: Set<string>
}

export function eventDateInconsistencies(
  text: string,
  facts: Fact[],
  where: Locate,
  sentenceStart: (at: number) => number = sentenceStarts(text)
): Inconsistency[] {
  const events: DatedEvent[] = []
  for (const fact of facts) {
    if (fact.kind !== 'date' && fact.kind !== 'relative-date') continue
    const day = dayNumber(fact.value)
    if (day === null) continue
    const sentence = sentenceStart(fact.start)
    if (SEQUENCE_RE.test(text.slice(sentence, sentenceEnd(text, fact.end)))) continue
    events.push({ fact, day, sentence, context: eventWords(contextWords(text, fact, '')) })
  }
  // Most drafts give one full date or none: with nothing to compare, the names of every sentence are not gathered.
  if (events.length < 2) return []
  const names = namesBySentence(facts, sentenceStart)
  events.sort((a, b) => a.fact.start - b.fact.start)
  const out: Inconsistency[] = []
  const flagged = new Set<Fact>()
  for (let i = 0; i < events.length; i++) {
    for (let j = i + 1; j < Math.min(events.length, i + 1 + MAX_DATE_COMPARISONS); j++) {
      const [a, b] = [events[i], events[j]]
      if (flagged.has(a.fact) || flagged.has(b.fact)) continue
      if (a.day === b.day || a.sentence === b.sentence || Math.abs(a.day - b.day) > MAX_DAYS_APART) continue
      if (disjointNames(names.get(a.sentence), names.get(b.sentence))) continue
      if (sharedCount(a.context, b.context) < MIN_SHARED_EVENT_WORDS) continue
      flagged.add(a.fact)
      flagged.add(b.fact)
      out.push({
        kind: 'date',
        spans: [span(a.fact), span(b.fact)],
        note: `“${a.fact.text}” (${a.fact.value}) ${whereIs(where, a.fact)}, “${b.fact.text}” (${b.fact.value}) ${whereIs(where, b.fact)}: the same event on two dates?`
      })
    }
  }
  return out
}

/** Days since the epoch for a full calendar date ("2024-03-14"); null for a month, a year or nothing. */
function dayNumber(value: string | null): number | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null
  if (!match) return null
  return Math.round(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000)
}

/** The event's words: no calendar words, and "voted"/"vote"/"votes" as one. */
function eventWords(words: Set<string>): Set<string> {
  const out = new Set<string>()
  for (const word of words) {
    if (WHEN_WORDS.has(word)) continue
    out.add(word.length > 4 ? word.replace(/(?:ing|ed|es|e|s)$/, '') : word)
  }
  return out
}

function namesBySentence(facts: Fact[], sentenceStart: (at: number) => number): Map<number, Set<string>> {
  const names = new Map<number, Set<string>>()
  for (const fact of facts) {
    if (fact.kind !== 'person' && fact.kind !== 'place' && fact.kind !== 'organisation') continue
    const sentence = sentenceStart(fact.start)
    names.set(sentence, (names.get(sentence) ?? new Set()).add(`${fact.kind}:${fact.text}`))
  }
  return names
}
