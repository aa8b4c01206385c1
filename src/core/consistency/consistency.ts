/**
 * Inconsistencies across a whole draft that a checker should look at before publication:
 * - a name spelled two ways ("Barotte" / "Barrotte", "Sávaré" / "Savare");
 * - a figure that changes between sentences while its context stays the same
 *   ("France sent 5,000 troops to Mali" … "the 4,500 troops France sent to Mali");
 * - the same noun with two close figures: digits swapped, one digit off, or a round figure beside
 *   an exact one it rounds without saying so ("321 homes" … "312 homes"; close-figures.ts);
 * - a thing counted with just two different figures in two places, named alike ("21,500 jobs" in the standfirst,
 *   "24,000 jobs" further down; one-count.ts);
 * - the same event with two dates ("the council voted on 12 March" … "the 14 March vote";
 *   event-dates.ts).
 * Conservative on purpose: a false alarm costs a checker's time (bench/consistency.ts measures them).
 */
import type { Block, Fact, Inconsistency } from '../../shared/article'
import { nameForm, nameTokens, spelledTwoWays } from './consistency-names'
import { closeness, type Closeness } from './close-figures'
import { allowedRange, figuresByUnit, rangesMeet, statedAsPart, type FigureRead } from './figure-scope'
import { contextWords, disjointNames, sentenceStarts, sharedCount, span } from './consistency-context'
import { LOWER_CASE_START_RE, countsThings } from './stated-change'
import { oneCountTwoWays, ratio } from './one-count'
import { eventDateInconsistencies } from './event-dates'
import { blockLocator, paragraphLocator, whereIs, type Locate } from './where-in-draft'
import { packedMap } from '../packed-map'

/** Words shared near both figures before they count as "the same quantity". */
const MIN_SHARED_CONTEXT_WORDS = 2
/**
 * Two figures more than this many times apart are two quantities ("11,800 children" in the
 * borough, "two children" in a family), however alike their sentences; a slipped decimal
 * (£48 million / £4.8 million) is exactly ten and still compared.
 */
const MAX_SAME_FIGURE_RATIO = 10
/** More distinct figures of one unit than this make a tally, where close figures are no slip. */
const MAX_CLOSE_FIGURE_AMOUNTS = 4
/** Facts of one unit compared with at most this many later ones, so a 1 MB draft stays linear. */
const MAX_NUMBER_COMPARISONS = 200

const ENTITY_KINDS = new Set(['person', 'place', 'organisation'])

/**
 * Names spelled two ways and figures that change, across the whole draft. With the article's
 * blocks, notes say where as a checker sees the page ("in the standfirst", "in paragraph 1" of
 * the body); without them, paragraphs are counted between blank lines.
 */
export function findInconsistencies(text: string, facts: Fact[], blocks?: readonly Block[]): Inconsistency[] {
  const where = blocks && blocks.length > 0 ? blockLocator(blocks) : paragraphLocator(text)
  // Where sentences start, for both checks that ask: one pass over the text, made at the first question (if any).
  let starts: ((at: number) => number) | undefined
  const sentenceStart = (at: number): number => (starts ??= sentenceStarts(text))(at)
  // concat, not a spread of the three: TurboFan compiles a spread as the iteration protocol inlined, and this runs once
  // per draft, so it reached TurboFan only in news-speed's fourth pass and that compile was a dear one.
  return nameInconsistencies(text, facts, where).concat(
    numberInconsistencies(text, facts, where, sentenceStart),
    eventDateInconsistencies(text, facts, where, sentenceStart)
  )
}

/** Short forms ("Barotte", "Figaro", "EIGS") → the first full form in the draft that contains them. */
export function canonicalNames(facts: Fact[]): Map<string, string> {
  const names = facts.filter((f) => ENTITY_KINDS.has(f.kind)).sort((a, b) => a.start - b.start)
  const fullForms = [...new Set(names.map((f) => f.text))].filter((name) => nameTokens(name).length > 1)
  const map = new Map<string, string>()
  for (const name of new Set(names.map((f) => f.text))) {
    const tokens = nameTokens(name)
    const containing = fullForms.filter(
      (full) => full !== name && (endsWithTokens(nameTokens(full), tokens) || isAcronymOf(name, full))
    )
    // "Smith" in both "John Smith" and "Jane Smith" is ambiguous: leave it alone.
    if (containing.length === 1) map.set(name, containing[0])
  }
  return map
}

function endsWithTokens(full: string[], short: string[]): boolean {
  if (short.length >= full.length) return false
  return short.every((token, i) => token === full[full.length - short.length + i])
}

/** "EIGS" ← "Islamic State in the Greater Sahara"? Only when the capitals' initials spell it. */
function isAcronymOf(short: string, full: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(short)) return false
  const initials = full
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
  return initials === short
}

function nameInconsistencies(text: string, facts: Fact[], where: Locate): Inconsistency[] {
  const first = new Map<string, Fact>()
  for (const f of [...facts].sort((a, b) => a.start - b.start))
    if (ENTITY_KINDS.has(f.kind) && !first.has(f.text)) first.set(f.text, f)
  // Each name is folded, split and looked up once, not once per pair it is compared in.
  const names = packedMap([...first.values()], nameForm)
  const out: Inconsistency[] = []
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      if (!spelledTwoWays(names[i], names[j], text)) continue
      const [a, b] = [names[i].fact, names[j].fact]
      out.push({
        kind: 'name',
        spans: [span(a), span(b)],
        note: `“${a.text}” ${whereIs(where, a)}, “${b.text}” ${whereIs(where, b)}: the same name spelled two ways?`
      })
    }
  }
  return out
}

/** A figure as the pairs read it: what it was grouped by (FigureRead), and what the comparisons ask of it. */
interface Figure extends FigureRead {
  /** The unit is a noun ("homes", "troops"), not a currency or a percentage: it names the thing counted. */
  countNoun: boolean
  /** The unit counts things ("jobs", "troops"), not time, points or a measure (stated-change.ts). */
  things: boolean
  /** "about 320", "more than 300": approximate on purpose. */
  hedged: boolean
  /** Given as a part of a group ("212 pupils of them"), not as a count of its own. */
  part: boolean
  /** Its context words, read at the first pair that gets as far as asking (contextOf): most pairs are told apart first. */
  context: Set<string> | null
  when: string
}

/** When and who each sentence speaks of (by where it starts): figures for other times or other names are other quantities. */
interface SentenceScenes {
  timeBySentence: Map<number, string>
  namesBySentence: Map<number, Set<string>>
}

function sentenceScenes(facts: readonly Fact[], sentenceStart: (at: number) => number): SentenceScenes {
  const timeBySentence = new Map<number, string>()
  const namesBySentence = new Map<number, Set<string>>()
  for (const fact of facts) {
    if (fact.kind === 'number') continue
    const sentence = sentenceStart(fact.start)
    if (fact.kind === 'date' || fact.kind === 'relative-date') {
      timeBySentence.set(sentence, `${timeBySentence.get(sentence) ?? ''}|${fact.text.toLowerCase()}`)
    } else {
      namesBySentence.set(sentence, (namesBySentence.get(sentence) ?? new Set()).add(`${fact.kind}:${fact.text}`))
    }
  }
  return { timeBySentence, namesBySentence }
}

/** A figure as the pairs read it, built only for a unit that has another figure to compare it with. */
function figureOf(text: string, read: FigureRead, timeBySentence: ReadonlyMap<number, string>): Figure {
  const { fact, unitAsWritten, sentence, hedge } = read
  return {
    ...read,
    countNoun: LOWER_CASE_START_RE.test(unitAsWritten),
    things: countsThings(unitAsWritten),
    hedged: hedge !== null,
    part: statedAsPart(text, fact, sentence),
    context: null,
    when: timeBySentence.get(sentence) ?? ''
  }
}

function contextOf(text: string, figure: Figure): Set<string> {
  return (figure.context ??= contextWords(text, figure.fact, figure.unit))
}

/** Words a close-figure note uses for each kind of closeness. */
const CLOSE_NOTES: Record<Closeness, string> = {
  transposed: 'digits swapped?',
  'one-digit': 'one digit apart: the same figure?',
  rounded: 'the same figure, rounded in one place without saying so?'
}

/** What a note asks of a bound or an approximation that no one count fits together with the other figure. */
const BOUND_NOTE = 'the same count? They cannot both be right.'

function numberInconsistencies(
  text: string,
  facts: Fact[],
  where: Locate,
  sentenceStart: (at: number) => number
): Inconsistency[] {
  const out: Inconsistency[] = []
  const flagged = new Set<Fact>()
  let scenes: SentenceScenes | undefined
  for (const reads of figuresByUnit(text, facts, sentenceStart)) {
    // Read once, and only for a draft with figures to compare.
    const { timeBySentence, namesBySentence } = (scenes ??= sentenceScenes(facts, sentenceStart))
    const figures = packedMap(reads, (read) => figureOf(text, read, timeBySentence))
    figures.sort((x, y) => x.fact.start - y.fact.start)
    // A tally ("503 delegates", "882 delegates", "175 delegates"…) holds many honest figures of one
    // noun: close ones among them are chance, so only the plain same-figure rule reads it.
    const amounts = new Set(figures.map((figure) => figure.amount)).size
    const tally = amounts > MAX_CLOSE_FIGURE_AMOUNTS
    // Things counted with just two different figures in the whole draft ("21,500 jobs" … "24,000 jobs"): one count
    // given two ways, however the sentences around them are worded.
    const lonePair = amounts === 2 && figures[0].things
    for (let i = 0; i < figures.length; i++) {
      // Named one by one, not destructured from a pair array: this loop runs for every pair of figures in reach.
      const a = figures[i]
      for (let j = i + 1; j < Math.min(figures.length, i + 1 + MAX_NUMBER_COMPARISONS); j++) {
        const b = figures[j]
        // One question per figure is enough: once the first is flagged no later pair of it is read.
        if (flagged.has(a.fact)) break
        if (flagged.has(b.fact)) continue
        if (a.amount === b.amount || a.sentence === b.sentence) continue
        if (a.when && b.when && a.when !== b.when) continue
        if (disjointNames(namesBySentence.get(a.sentence), namesBySentence.get(b.sentence))) continue
        if (partBesideWhole(a, b)) continue
        const shared = sharedCount(contextOf(text, a), contextOf(text, b))
        const sameContext = shared >= MIN_SHARED_CONTEXT_WORDS && ratio(a, b) <= MAX_SAME_FIGURE_RATIO
        const close = tally ? null : closeFigures(a, b, shared)
        let question: string
        if (a.hedge || b.hedge) {
          // A bound or an approximation is a question only when no one count fits both: "about 600" agrees with
          // "630", "more than 700" does not (its "more than" made it a comparison, never compared).
          if (hedgesAgree(a, b) || !(close || sameContext)) continue
          question = close ? CLOSE_NOTES[close] : BOUND_NOTE
        } else {
          const alike = lonePair && oneCountTwoWays(a, b, where)
          if (!close && !alike && !sameContext) continue
          question = close ? CLOSE_NOTES[close] : 'same figure?'
        }
        flagged.add(a.fact)
        flagged.add(b.fact)
        out.push({
          kind: 'number',
          spans: [span(a.fact), span(b.fact)],
          note: `“${asWritten(a, question)}” ${whereIs(where, a.fact)}, “${asWritten(b, question)}” ${whereIs(where, b.fact)}: ${question}`
        })
      }
    }
  }
  return out
}

/**
 * Two figures of the same unit that look like one figure mistyped or loosely rounded. A count
 * noun ("homes") is itself the shared context; money and percentages need one more shared word
 * ("£6.2 million" … "the £6,240,000 bill" is not enough, "the bill" in both is). Hedged figures never come here.
 */
function closeFigures(a: Figure, b: Figure, shared: number): Closeness | null {
  if (!a.countNoun && shared < 1) return null
  return closeness(Number(a.amount), Number(b.amount))
}

/** The smaller figure is given as a part of a group and the larger is not: "212 pupils of them" beside "630 pupils". */
function partBesideWhole(a: Figure, b: Figure): boolean {
  const [small, large] = Number(a.amount) < Number(b.amount) ? [a, b] : [b, a]
  return small.part && !large.part
}

function hedgesAgree(a: Figure, b: Figure): boolean {
  const range = (figure: Figure) => allowedRange(Number(figure.amount), figure.hedge?.hedge ?? null)
  return rangesMeet(range(a), range(b))
}

/** A bound's note quotes each figure with its hedge ("more than 700 pupils"): without it the note makes no sense. */
function asWritten(figure: Figure, question: string): string {
  return figure.hedge && question === BOUND_NOTE ? `${figure.hedge.words} ${figure.fact.text}` : figure.fact.text
}
