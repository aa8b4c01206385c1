/**
 * Whether a figure is stated as a change or a comparison ("up from 4,500", "rose to 5,000", "5,000 more than last
 * year", "400 and 500 respectively"): such a figure is expected to differ from the one before it, so the consistency
 * check never compares it.
 *
 * Money and percentages are read sentence-wide, as they always were: a sentence of poll shares or prices that
 * compares anything compares them all. A count of things (jobs, homes, troops) is read in its own clause instead: "the
 * promise of 25,100 jobs has drawn criticism from economists" states the jobs plainly, its "from" is about the
 * criticism, and read sentence-wide that "from" hid a figure contradicting one given paragraphs before.
 */
import type { Fact } from '../../shared/article'
import { sentenceEnd } from './consistency-context'

/** Words that make a figure near them a change or a comparison, wherever they stand in its clause. */
const CHANGE_WORDS =
  'up|down|rose|risen|rise|fell|fallen|fall|increased?|decreased?|grew|grown|doubled|halved|tripled|dropped|jumped|' +
  'climbed|cut|reduced|compared|previous|earlier|again|another|more|fewer|additional|extra|further|total|respectively'
/**
 * Words that make a comparison only of the figure they lead ("from 4,500", "than 300", "between 400 and"): after a
 * figure they belong to the next phrase ("25,100 jobs has drawn criticism from economists").
 */
const LEADING_WORDS = 'from|than|between|after|before'

const SENTENCE_CHANGE_RE = new RegExp(`\\b(?:${CHANGE_WORDS}|${LEADING_WORDS})\\b`, 'i')
const CHANGE_RE = new RegExp(`\\b(?:${CHANGE_WORDS})\\b`, 'i')
const LEADING_RE = new RegExp(`\\b(?:${LEADING_WORDS})\\b`, 'i')

/**
 * Units that measure rather than count things (time, ages, points of a poll, lengths, weights, volumes, areas): compared as before, sentence-wide, since "12
 * weeks" and "eight weeks" of one sentence's neighbours are usually two periods, not one period misstated.
 */
const MEASURE_UNIT =
  /^(?:(?:percentage )?points?|years?|months?|weeks?|days?|hours?|minutes?|seconds?|\w+-old|feet|foot|inch(?:es)?|miles?|km|kilomet(?:re|er)s?|met(?:re|er)s?|cm|mm|kg|kilos?|kilograms?|grams?|tonnes?|tons?|lbs?|pounds|ft|lit(?:re|er)s?|gallons?|barrels?|hectares?|acres?|mph|kph|degrees?)$/i

/** Words read on each side of a count in its clause: enough for "rose by 12% to", "more than last year". */
const CLAUSE_WORDS = 6
/**
 * Where the words read stop: a semicolon, colon, dash or bracket, or a sentence's end. Not a comma: "stood at 18,200,
 * up from 16,900" states its change after one.
 */
const CLAUSE_BREAK = /[;:()\u2013\u2014]|[.!?](?:["”’)]?\s|$)/

const wordsOf = (s: string): string[] => s.split(/\s+/).filter(Boolean)

/** A unit starting in lower case: a noun. Built once: esbuild writes such a literal as a new RegExp at each call. */
export const LOWER_CASE_START_RE = /^\p{Ll}/u

/** A unit that counts things ("jobs", "homes", "troops"): a noun, not a currency, a percentage or a measure. */
export function countsThings(unit: string): boolean {
  return LOWER_CASE_START_RE.test(unit) && !MEASURE_UNIT.test(unit)
}

/**
 * Is the figure `fact`, of `unit`, in the sentence starting at `sentence`, stated as a change or a comparison? The
 * words from `hedgeStart` to the figure are its own hedge ("more than 700 pupils" is a bound, no comparison: its
 * "more" and "than" made it one, and a bound that contradicts a count was never compared).
 */
export function statedAsChange(
  text: string,
  fact: Fact,
  unit: string,
  sentence: number,
  hedgeStart = fact.start
): boolean {
  if (!countsThings(unit))
    return SENTENCE_CHANGE_RE.test(
      `${text.slice(sentence, hedgeStart)} ${text.slice(fact.start, sentenceEnd(text, fact.end))}`
    )
  // Bounded reads on both sides: asked of every figure of a long draft, this stays linear.
  const before = wordsOf(
    text
      .slice(Math.max(sentence, fact.start - 120), hedgeStart)
      .split(CLAUSE_BREAK)
      .pop() ?? ''
  )
  const after = wordsOf(text.slice(fact.end, fact.end + 120).split(CLAUSE_BREAK)[0])
  const leading = before.slice(-CLAUSE_WORDS).join(' ')
  return CHANGE_RE.test(`${leading} ${after.slice(0, CLAUSE_WORDS).join(' ')}`) || LEADING_RE.test(leading)
}
