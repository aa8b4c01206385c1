/**
 * Polls speak through shares of the people asked: "Sixty percent of tenants said …", "a third said",
 * "Six in 10 voters say", "only 49 percent of Republicans say the same", "all but two said". Such a
 * share is the claimant as written; it names no one the speaker registry could hold.
 */
import type { Token } from './tokens'
import type { TextRange } from './sentences'
import { classifyPhrase, type Subject } from './subjects'
import { OPENS_DIGIT } from './char-classes'
import { withWritten } from './written-subjects'

/** A figure in digits: "48", "3.5%". */
const PLAIN_FIGURE = /^\p{N}[\p{N},.]*%?$/u
/** A figure in digits, with a currency sign: "18", "£3.5". */
const FIGURE = /^[$£€]?\p{N}[\p{N}.,]*%?$/u

/** Signs tokenised apart from the figure after them: "£ 1 million", "$ 58 million". */
const CURRENCY_SIGNS = new Set(['$', '£', '€', '¥'])

/** Longest share phrase, in tokens: "more than four in 10 likely Democratic primary voters in Iowa". */
const MAX_SHARE_TOKENS = 12
/** Words that open a clause before its subject and are not part of it. */
// prettier-ignore
const CLAUSE_OPENERS = new Set([
  'while', 'when', 'as', 'because', 'although', 'though', 'since', 'after', 'before', 'if', 'whereas', 'but',
  'and', 'so', 'yet', 'even', 'still', 'also', 'that', 'where', 'meanwhile', 'now', 'then', 'whereas', 'overall'
])
/** Words opening a clause inside a sentence, after which a share opens: "a ward where 60% of traders say". */
const SHARE_CLAUSE_OPENERS = new Set(['where', 'when', 'whereas', 'while', 'because', 'if'])
/** Relatives opening such a clause after a preposition: "in which", "among whom"; "which 40% answered" is an object. */
const PREPOSITION_RELATIVES = new Set(['which', 'whom'])
/** Shares that are proportions standing alone ("half", "most") or after "a" ("a third", "a majority"). */
const PROPORTIONS = new Set(['half', 'most', 'two-thirds', 'three-quarters'])
const A_PROPORTIONS = new Set(['third', 'quarter', 'fifth', 'majority', 'minority', 'plurality'])
/** Qualifiers before a proportion: "only 49 percent", "some 40%"; "more than", "less than", "fewer than" too. */
// prettier-ignore
const PROPORTION_QUALIFIERS = new Set([
  'about', 'around', 'nearly', 'almost', 'roughly', 'only', 'just', 'some', 'over', 'under'
])
const COMPARATIVES = new Set(['more', 'less', 'fewer'])

/** Words that can open a share: qualifiers and determiners. */
// prettier-ignore
const SHARE_QUALIFIERS = new Set([
  ...PROPORTION_QUALIFIERS, ...COMPARATIVES, 'a', 'an', 'the', 'than', 'full', 'fully', 'at', 'least', 'most', 'well',
  'barely', 'slightly', 'approximately'
])
/** Words that make a phrase a share of people. */
// prettier-ignore
const SHARE_WORDS = new Set([
  ...PROPORTIONS, ...A_PROPORTIONS, 'percent', 'per', 'cent', '%', 'thirds', 'quarters', 'fifths', 'many', 'few',
  'several', 'all', 'none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen',
  'dozens', 'hundreds', 'thousands', 'others', 'majorities', 'one-third', 'one-quarter', 'one-fifth', 'some'
])
/** Words that mean the phrase is a clause, not a share: "the 20 percent who were …", "half of that". */
// prettier-ignore
const NOT_IN_SHARE = new Set([
  'who', 'which', 'whom', 'whose', 'that', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'to',
  'it', 'this', 'these', 'those', 'when', 'if', 'because', 'increase', 'rise', 'drop', 'fall', 'cut', 'rate',
  'rates', 'tax', 'taxes', 'votes', 'vote', 'delegates', 'dollars', 'money', 'income', 'budget', 'spending'
])
/** Words that make a share's head a clause of its own: "- one she cannot utter -" (not "none of the scholars I met"). */
// prettier-ignore
const CLAUSE_IN_HEAD = new Set([
  'he', 'she', 'they', 'we', 'i', 'you', 'cannot', 'can', 'could', 'should', 'must', 'may', 'might', 'not'
])

/** Number words, hyphenated or not: "sixty-six", "twenty", "forty-one". */
const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?$/u

/**
 * A mark that ends the words before the share. Not "%" ("42% say"), nor a hyphen joined to a word ("18-");
 * but a hyphen set between spaces is a dash: "The levy is unpopular - 61 percent of residents said …".
 */
const isBreak = (text: string, t: Token): boolean =>
  !t.word && t.text !== '%' && (t.text !== '-' || (text[t.start - 1] === ' ' && text[t.end] === ' '))

/**
 * Whether a share may open after tokens[k]: a break, or a clause opened inside the sentence ("an electorate in which
 * 67 percent of voters say", "a ward where 60% of traders think"), which opens it as a comma does. (share-clauses.ts
 * opensShareClause is another question: a second share in a comparison.)
 */
function shareOpensAfter(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  if (isBreak(text, t) || SHARE_CLAUSE_OPENERS.has(t.lower)) return true
  return PREPOSITION_RELATIVES.has(t.lower) && /^(?:in|among|of|for|with|under)$/u.test(tokens[k - 1]?.lower ?? '')
}

/**
 * Whether `words` open on a proportion of people: "39%", "only 12 percent of tenants", "a third", "half of those
 * asked", "most"; not a count of them ("several landlords", "many"), who may speak for themselves.
 */
export function opensOnProportion(words: readonly Token[]): boolean {
  const [first, second] = [words[0]?.lower ?? '', words[1]?.lower ?? '']
  const i = PROPORTION_QUALIFIERS.has(first) ? 1 : COMPARATIVES.has(first) && second === 'than' ? 2 : 0
  const word = words[i]
  if (word === undefined) return false
  if (OPENS_DIGIT.test(word.text) || PROPORTIONS.has(word.lower)) return true
  return word.lower === 'a' && A_PROPORTIONS.has(words[i + 1]?.lower ?? '')
}

/** Whether a share can open on `first`: a qualifier or a determiner, a share word, or a figure. */
function opensShare(first: Token): boolean {
  return (
    SHARE_QUALIFIERS.has(first.lower) ||
    SHARE_WORDS.has(first.lower) ||
    NUMBER_WORD.test(first.lower) ||
    OPENS_DIGIT.test(first.text)
  )
}

/** The share of people ending before token `end` (the verb), or null. */
export function quantitySubject(text: string, tokens: readonly Token[], end: number): Subject | null {
  let start = end
  while (start > 0 && end - start < MAX_SHARE_TOKENS && !shareOpensAfter(text, tokens, start - 1)) start--
  if (start > 0 && !shareOpensAfter(text, tokens, start - 1)) return null
  // "… raised £1 million or more since January shows": a figure after a currency sign is money, never people.
  if (start > 0 && CURRENCY_SIGNS.has(tokens[start - 1].text)) return holdersAfterAmount(text, tokens, start, end)
  while (start < end && CLAUSE_OPENERS.has(tokens[start].lower)) start++
  // Most phrases before a verb ("the council said") open on no share word: they are turned away before their
  // words are copied and tested (claimants.ts asks this of nearly every verb's subject).
  if (start >= end || !opensShare(tokens[start])) return null
  const words = tokens.slice(start, end)
  const first = words[0]
  const share = words
    .slice(0, 6)
    .some((t) => SHARE_WORDS.has(t.lower) || NUMBER_WORD.test(t.lower) || PLAIN_FIGURE.test(t.text))
  if (!share || words.some((t) => NOT_IN_SHARE.has(t.lower))) return null
  const of = words.findIndex((t) => t.lower === 'of')
  if (words.slice(0, of < 0 ? words.length : of).some((t) => CLAUSE_IN_HEAD.has(t.lower))) return null
  // "the 2 percent tax": a share stands alone or is "of" someone.
  return shareSubject(text, { start: first.start, end: words[words.length - 1].end })
}

/** Most words after an amount read as who holds the view: "$20 million budget experts". */
const MAX_HOLDER_WORDS = 2

/**
 * "the $20 million experts say it costs": after an amount of money (its figure from token `start`), a plural noun
 * for people before the verb at `end` is the subject of a relative clause with no "that", the amount its object.
 */
function holdersAfterAmount(text: string, tokens: readonly Token[], start: number, end: number): Subject | null {
  let at = start
  while (at < end && isFigure(tokens[at])) at++
  if (at === start || at >= end || end - at > MAX_HOLDER_WORDS) return null
  if (tokens.slice(at, end).some((t) => !t.word || t.text !== t.lower)) return null
  const holders = classifyPhrase(text, tokens, at, end)
  return holders?.kind === 'description' && holders.plural ? holders : null
}

/** Longest share after "with", in tokens: "about three in 10 voters". */
const MAX_WITH_SHARE_TOKENS = 6
/** Words naming a fraction of people, besides figures and number words. */
const FRACTIONS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'majority', 'percent'])

/**
 * "…, with 50 percent saying she is ready", "with three in 10 saying …": the share after "with" is who the -ing form
 * at token `k + 1` is said of, not the clause's subject. The share up to token `k` (inclusive), or null.
 */
export function shareAfterWith(text: string, tokens: readonly Token[], k: number): Subject | null {
  const at = withBefore(tokens, k)
  if (at >= k || tokens[at].lower !== 'with' || k - at > MAX_WITH_SHARE_TOKENS) return null
  // A figure or a fraction makes it a share; "with some much-needed local support heading into …" is none.
  if (
    !tokens
      .slice(at + 1, k + 1)
      .some((t) => OPENS_DIGIT.test(t.text) || NUMBER_WORD.test(t.lower) || FRACTIONS.has(t.lower))
  )
    return null
  // Read as a share standing alone: the words after "with" up to the -ing form.
  return quantitySubject(text, tokens.slice(at + 1, k + 1), k - at)
}

/**
 * Where the words of a share up to token `k` start, one token back: "with" when a share follows it. A function of its
 * own, under 81 bytes of bytecode, so that V8 compiles it at its first tick, and shareAfterWith (run by the hundred a
 * pass, nearly always answering null) runs too few bytes of its own to be compiled late in a warm run (the fourth pass).
 */
function withBefore(tokens: readonly Token[], k: number): number {
  let at = k
  while (at > 0 && k - at < MAX_SHARE_TOKENS && inShare(tokens[at])) at--
  return at
}
const inShare = (t: Token): boolean => (t.word || t.text === '%') && t.lower !== 'with'

/** Words after which a cue word is a noun: a figure, "each", "every", "other", "another". */
const NOUN_MARKERS = new Set(['each', 'every', 'other', 'another'])
export const nounMarker = (t: Token | undefined): boolean =>
  t !== undefined && (isFigure(t) || NOUN_MARKERS.has(t.lower))
/** Words that end a figure: "48 million", "two dozen". */
const NUMBER_WORDS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen'])
const isFigure = (t: Token): boolean => FIGURE.test(t.text) || NUMBER_WORDS.has(t.lower)

/**
 * "The 48 million figure …": a phrase headed by a figure names an amount, never who holds a view
 * ("the panel in 2001" ends on a figure but is headed by "panel").
 */
export function figureOnly(subject: Subject, tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.start >= subject.mention.start && t.end <= subject.mention.end)
  const last = words[words.length - 1]
  return last !== undefined && isFigure(last) && !words.some((t) => FIGURE_PREPOSITIONS.has(t.lower))
}
const FIGURE_PREPOSITIONS = new Set(['in', 'of', 'at', 'on', 'since', 'by', 'from', 'for', 'to'])

/** Words after "than" that count an amount ("more than 50 experts", "less than a third", "fewer than two weeks"). */
const AMOUNT_OPENERS = new Set(['a', 'an', 'half', 'twice', 'double'])
function amountAfter(tokens: readonly Token[], than: number): boolean {
  if (than + 1 >= tokens.length) return true
  const next = tokens[than + 1]
  return OPENS_DIGIT.test(next.text) || NUMBER_WORD.test(next.lower) || AMOUNT_OPENERS.has(next.lower) || isFigure(next)
}

/**
 * "The levy raised far less than hoteliers had feared", "came sooner than anyone expected", "… than she planned":
 * the subject of a verb inside a comparison is who the writer compares with, and the comparison is the writer's own
 * claim (docs/FORMAT.md), so it names no claimant: a subject right after "than", or one holding "than" after its
 * first word ("sooner than anyone"). "More than 200 residents said", "less than a third" count an amount and stay.
 */
export function comparedSubject(subject: Subject, tokens: readonly Token[]): boolean {
  let first = 0
  while (first < tokens.length && tokens[first].end <= subject.mention.start) first++
  if (first > 0 && tokens[first - 1].lower === 'than' && !amountAfter(tokens, first - 1)) return true
  for (let k = first + 1; k < tokens.length && tokens[k].end <= subject.mention.end; k++)
    if (tokens[k].lower === 'than' && !amountAfter(tokens, k)) return true
  return false
}

/**
 * "About two-thirds, 67 percent, say …", "a majority of likely voters, 56%, have …": a share put again as a figure
 * between commas before the verb; the share and its figure are one subject. `close` is the comma closing the figure.
 */
export function restatedShare(text: string, tokens: readonly Token[], close: number): Subject | null {
  // Most verbs have no comma before them, or none after a figure: turned away before a share is read.
  const last = tokens[close - 1]
  if (
    tokens[close]?.text !== ',' ||
    !last ||
    (last.lower !== 'percent' && last.text !== '%' && !OPENS_DIGIT.test(last.text))
  )
    return null
  const figure = quantitySubject(text, tokens, close)
  const open = figure ? tokens.findIndex((t) => t.start === figure.mention.start) - 1 : -1
  if (open < 1 || tokens[open].text !== ',' || !OPENS_DIGIT.test(tokens[open + 1].text)) return null
  const share = quantitySubject(text, tokens, open)
  return share && figure ? shareSubject(text, { start: share.mention.start, end: figure.mention.end }) : null
}

/** A share of people as a subject, named by its words. */
function shareSubject(text: string, mention: TextRange): Subject {
  const quantity: Subject = {
    kind: 'description',
    mention,
    name: text.slice(mention.start, mention.end),
    nameWords: [],
    description: null,
    anonymous: false,
    plural: true,
    group: false
  }
  return withWritten(quantity, undefined)
}
