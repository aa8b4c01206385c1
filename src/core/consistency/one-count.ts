/**
 * One count given two ways: the only two figures a draft gives a thing counted ("21,500 jobs" in the standfirst,
 * "24,000 jobs" four paragraphs on), however differently the sentences around them are worded. consistency.ts asks it
 * of such pairs only (two different amounts of one count noun in the whole draft); the rest of its rules need the
 * figures' sentences to share words.
 */
import type { Fact } from '../../shared/article'
import { whereIs, type Locate } from './where-in-draft'

/** What this reading needs of a figure. */
export interface CountedFigure {
  fact: Fact
  /** The amount in digits ("21500"). */
  amount: string
  /** "about 320", "more than 300": approximate on purpose. */
  hedged: boolean
}

/**
 * Two figures of one thing counted, the only two the draft gives it, are one count given two ways when they are no
 * further apart than this: a revised or mistyped count moves by a fraction of itself, while a part and its whole
 * ("212 of the 630 pupils") or two different groups usually differ by more. Bounds and approximations ("about",
 * "more than") are left out of this reading: they are consistent with many counts.
 */
const MAX_LONE_PAIR_RATIO = 1.5
/**
 * Both figures at least this large: a count in the hundreds or more is particular to what it counts, while small counts
 * recur for different groups of one story ("the committee has 21 members" … "22 members attended"; "50 states" …
 * "48 states" on the ballot).
 */
const MIN_LONE_PAIR_AMOUNT = 100

/**
 * The only two figures of a thing counted, read as one count given two ways: not hedged (a bound or an approximation
 * fits many counts), no further apart than MAX_LONE_PAIR_RATIO, not small (MIN_LONE_PAIR_AMOUNT), in two places of the page (side by side they are a
 * contrast: "11 single seats and 12 sleeper seats"), and the thing named alike ("1 million private sector jobs" is
 * not the "700,000 jobs" of the paragraph before).
 */
export function oneCountTwoWays(a: CountedFigure, b: CountedFigure, where: Locate): boolean {
  if (a.hedged || b.hedged || ratio(a, b) > MAX_LONE_PAIR_RATIO) return false
  if (Math.min(Number(a.amount), Number(b.amount)) < MIN_LONE_PAIR_AMOUNT) return false
  return whereIs(where, a.fact) !== whereIs(where, b.fact) && thingNamed(a.fact) === thingNamed(b.fact)
}

/** Number words a figure may be written in, left out of how the thing counted is named. */
const NUMBER_WORD =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|and)$/

/** The words a figure's text names its thing with: "1 million private sector jobs" → "private sector jobs". */
function thingNamed(fact: Fact): string {
  return fact.text
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((word) => word && !/\d/.test(word) && !NUMBER_WORD.test(word))
    .join(' ')
}

/** How many times the larger of two amounts is the smaller. */
export function ratio(a: CountedFigure, b: CountedFigure): number {
  const [x, y] = [Number(a.amount), Number(b.amount)]
  return Math.max(x, y) / Math.max(Math.min(x, y), Number.MIN_VALUE)
}
