/**
 * What a figure says beyond its amount, read from the words around it: a bound ("more than 700 pupils", "up to 40
 * staff"), an approximation ("about 600 pupils", "nearly 600"), or a part of a group ("212 pupils of them", "Of
 * those, 212 pupils", "212 of the pupils"). Two figures of one unit with different amounts are not always two
 * answers to one question: "about 600" and "630" agree, "more than 700" and "630" do not, and the 212 pupils of the
 * 630 are a part beside its whole. consistency.ts asks these readings before it calls two figures one figure given
 * two ways.
 */
import type { Fact } from '../../shared/article'
import { placeOfLastSignificant } from './close-figures'
import { statedAsChange } from './stated-change'

/** How a hedge word bounds the figure after it. */
export type Hedge = 'about' | 'at-least' | 'at-most' | 'just-under' | 'just-over'

/** Words in front of a figure, by what they make of it. Longer phrases are tried first ("just over" before "over"). */
const HEDGE_WORDS: Record<Hedge, readonly string[]> = {
  about: ['about', 'around', 'roughly', 'approximately', 'some', 'close to', 'an estimated', 'estimated', 'or so'],
  'at-least': ['more than', 'over', 'at least', 'upwards of', 'in excess of', 'as few as'],
  'at-most': ['less than', 'fewer than', 'under', 'at most', 'up to', 'no more than', 'as many as', 'as much as'],
  'just-under': ['nearly', 'almost', 'just under'],
  'just-over': ['just over']
}

const HEDGE_OF = new Map<string, Hedge>()
for (const [hedge, words] of Object.entries(HEDGE_WORDS) as Array<[Hedge, readonly string[]]>)
  for (const word of words) HEDGE_OF.set(word, hedge)

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
/** One hedge (or "~", "c.") just before the figure, as a whole word. */
const HEDGE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(${[...HEDGE_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')}|~|c\\.)\\s*$`,
  'iu'
)

/** A hedge read in front of a figure: what it makes of it, its words as written and where they start. */
export interface FigureHedge {
  hedge: Hedge
  words: string
  start: number
}

/** The hedge in front of the figure that starts at `start`; null when there is none. */
export function hedgeBefore(text: string, start: number): FigureHedge | null {
  const from = Math.max(0, start - 24)
  const m = HEDGE_BEFORE.exec(text.slice(from, start))
  if (!m) return null
  const words = m[1]
  const hedge = HEDGE_OF.get(words.toLowerCase().replace(/\s+/g, ' ')) ?? 'about'
  return { hedge, words, start: from + m.index + m[0].indexOf(words) }
}

/**
 * The amounts a figure allows. An approximation allows what rounds to it ("about 600" reads 550–650, "about 310,000"
 * 305,000–315,000: the 301,000 of a slip stays outside); "nearly" and "just over" one step of its last round place
 * ("nearly 640" reads 630–640); a bound allows everything on its side.
 */
export function allowedRange(amount: number, hedge: Hedge | null): [number, number] {
  const step = placeOfLastSignificant(amount)
  switch (hedge) {
    case null:
      return [amount, amount]
    case 'about':
      return [amount - step / 2, amount + step / 2]
    case 'at-least':
      return [amount, Infinity]
    case 'at-most':
      return [0, amount]
    case 'just-under':
      return [amount - step, amount]
    case 'just-over':
      return [amount, amount + step]
  }
}

/** Two figures, one of them hedged, that could be one count: the amounts each allows meet. */
export function rangesMeet(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1]
}

/** Words after a figure that make it a part of a group already counted: "212 pupils of them", "212 of the 630". */
const PART_AFTER = /^\s*(?:of|out\s+of|among)\s+(?:them|those|these|whom|which|the|its|their|all)\b/i
/** Words before a figure that do: "Of those, 212 pupils", "Among them 212", "including 212", "of whom 212". */
const PART_BEFORE = /(?:^|[^\p{L}])(?:(?:of|among)\s+(?:them|those|these|whom|which|the\s+\p{L}+)|including)[\s,:]*$/iu

/** The figure is given as a part of a group ("Of those, 212 pupils …"), not as a count of its own. */
export function statedAsPart(text: string, fact: Fact, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, fact.start - 40), fact.start)
  return PART_BEFORE.test(before) || PART_AFTER.test(text.slice(fact.end, fact.end + 30))
}

/** What a figure is grouped by, read for every figure: its amount, its unit, its sentence and its hedge. */
export interface FigureRead {
  fact: Fact
  amount: string
  /** The unit as the value gives it ("homes", "GBP"); `unit` is it lower-cased, the group's key. */
  unitAsWritten: string
  unit: string
  sentence: number
  /** How its hedge bounds it, and the hedge as written ("more than"); null unhedged. */
  hedge: FigureHedge | null
}

/** A figure's value: its amount, a space, its unit ("320 homes", "6200000 GBP"). */
const FIGURE_VALUE_RE = /^(\d+(?:\.\d+)?) (\S.*)$/

/**
 * The figures of each unit with two or more not stated as a change. A unit with one figure (most units of a draft)
 * is set aside before its hedge and change (statedAsChange, the words on both sides) and context words are read.
 */
export function figuresByUnit(text: string, facts: Fact[], sentenceStart: (at: number) => number): FigureRead[][] {
  const byUnit = new Map<string, { fact: Fact; amount: string; unitAsWritten: string; order: number }[]>()
  for (const [order, fact] of facts.entries()) {
    const m = fact.kind === 'number' && fact.value ? FIGURE_VALUE_RE.exec(fact.value) : null
    if (!m) continue
    const unit = m[2].toLowerCase()
    const figure = { fact, amount: m[1], unitAsWritten: m[2], order }
    const group = byUnit.get(unit)
    if (group) group.push(figure)
    else byUnit.set(unit, [figure])
  }
  const groups: { reads: FigureRead[]; first: number }[] = []
  for (const [unit, figures] of byUnit) {
    if (figures.length < 2) continue
    const reads: FigureRead[] = []
    let first = -1
    for (const { fact, amount, unitAsWritten, order } of figures) {
      const sentence = sentenceStart(fact.start)
      const hedge = hedgeBefore(text, fact.start)
      if (statedAsChange(text, fact, unitAsWritten, sentence, hedge?.start)) continue
      if (first < 0) first = order
      reads.push({ fact, amount, unitAsWritten, unit, sentence, hedge })
    }
    if (reads.length >= 2) groups.push({ reads, first })
  }
  // The groups as they were met when every figure was read in the facts' order: the notes keep that order.
  return groups.sort((a, b) => a.first - b.first).map((group) => group.reads)
}
