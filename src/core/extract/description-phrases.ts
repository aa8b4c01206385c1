/**
 * The parts of a description the name settler (nominal-names.ts) shows: its head noun phrase ("The firm" of "The
 * firm behind a planned depot"), its one short complement ("A spokesperson for Kestrel Bay Water"), and a
 * document's maker ("a survey by the union"). Word-level reading only; which body a description names is settled
 * in nominal-names.ts.
 */
import { DOCUMENT_HEADS } from './according-to'
import { MONTH_NAMES, WEEKDAY_NAMES } from '../facts/dates'
import { CAPITALISED } from './char-classes'

/** Words a description opens with; a name opening with anything else is left as it is. */
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'this', 'that', 'another'])

/** Words opening a description's complement: the head noun phrase ends before them. */
// prettier-ignore
const COMPLEMENT_OPENERS = new Set([
  'of', 'at', 'for', 'in', 'from', 'with', 'on', 'to', 'by', 'behind', 'near', 'over', 'under', 'across', 'outside',
  'inside', 'against', 'after', 'before', 'between', 'among', 'about', 'into', 'within', 'around', 'beyond', 'like'
])
const COORDINATORS = new Set(['and', 'or', '&'])
/** Words opening a clause inside a description: the name never runs into one. */
const CLAUSE_OPENERS = new Set(['who', 'which', 'that', 'whose', 'whom', 'where'])
/**
 * Longest description kept with its one complement, in words: "A spokesperson for Kestrel Bay Water"
 * (6) is a name a checker reads at a glance; "The firm behind a planned battery factory" (7) is not.
 */
const MAX_NAME_WORDS = 6

/**
 * The words of a description up to its head noun ("The firm" of "The firm behind …"); null when the
 * name is no description: it opens with no determiner, capitals inside show a name ("The Bank of
 * England", "the Kestrel Bay Courier"), or it names two together.
 */
export function headPhrase(words: readonly string[]): readonly string[] | null {
  if (words.length < 2 || !DETERMINERS.has(words[0].toLowerCase())) return null
  let end = 1
  while (end < words.length && !opensComplement(words[end]) && !CLAUSE_OPENERS.has(words[end].toLowerCase())) end++
  const head = words.slice(0, end)
  if (head.length < 2 || head.slice(1).some((w) => CAPITALISED.test(w) || /['’]s$/u.test(w))) return null
  // "the harbour union and the chamber of commerce", "the former secretary of state and current nominee": two
  // bodies, or two descriptions, named together; cut at a complement, one would lose the other.
  if (words.some((w) => COORDINATORS.has(w.toLowerCase()))) return null
  return head
}

/**
 * The words a body is called by, for fitting a noun: a description's head noun phrase ("A survey" of "A
 * survey by the Carrow Islands Community Trust": the trust is another body), else the whole name.
 */
export function ownNameOf(name: string): string {
  const words = name.split(' ')
  // "figures from Devon County Council": data named without a determiner is the figures, not the council.
  if (words.length >= 3 && DOCUMENT_HEADS.has(words[0]) && opensComplement(words[1])) return words[0]
  const head = headPhrase(words)
  return head ? head.join(' ') : name
}

const opensComplement = (word: string): boolean => COMPLEMENT_OPENERS.has(word.toLowerCase())

/**
 * The head noun phrase with its one complement when that stays short, else the head noun phrase alone. A body's
 * name in the complement is never cut at its own "for" or "of" ("a spokesman for the Department for Levelling Up",
 * not "… for the Department"), and is kept whole up to MAX_NAMED_WORDS.
 */
export function boundedDescription(words: readonly string[], headLength: number): string {
  if (headLength === words.length) return words.join(' ')
  if (CLAUSE_OPENERS.has(words[headLength].toLowerCase())) return words.slice(0, headLength).join(' ')
  let end = headLength + 1
  while (end < words.length && !CLAUSE_OPENERS.has(words[end].toLowerCase())) {
    if (opensComplement(words[end]) && !insideName(words, end)) break
    end++
  }
  const named = CAPITALISED.test(words[end - 1]) && end <= MAX_NAMED_WORDS
  return words.slice(0, end <= MAX_NAME_WORDS || named ? end : headLength).join(' ')
}

/** A month's or a day's name, capitalised but no part of a maker's name: "the Harbour Trust in March". */
const TIME_NAME_RE = new RegExp(`^(?:${MONTH_NAMES}|${WEEKDAY_NAMES})$`, 'u')

/** Words naming who made a document: "a survey by …", "figures from …". */
const AUTHOR_LINKS = new Set(['by', 'from'])

/**
 * Where the maker named after a document's head ends ("a poll from Florida Atlantic University [broadcast on …]",
 * "a survey by the union [in March]", "a report from the State Department's inspector general [to be released …]"):
 * at the next complement or clause, or at a lower-case word after a name; -1 when the document names no maker.
 */
export function authorEnd(words: readonly string[], headLength: number): number {
  const link = words.findIndex((w, k) => k >= headLength && AUTHOR_LINKS.has(w.toLowerCase()))
  if (link < 0 || link + 1 >= words.length) return -1
  let end = link + 1
  const capital = (k: number): boolean => CAPITALISED.test(words[k] ?? '')
  while (end < words.length && !CLAUSE_OPENERS.has(words[end].toLowerCase())) {
    const joins = opensComplement(words[end])
    if (joins && (!insideName(words, end) || TIME_NAME_RE.test(words[end + 1] ?? ''))) break
    // "… University broadcast on MSNBC" ends the maker; "… Law School professor Justin Levitt" does not.
    const afterName = end > link + 1 && capital(end - 1) && !/['’]s$/u.test(words[end - 1])
    if (afterName && !joins && !capital(end) && !capital(end + 1)) break
    end++
  }
  return end
}

/** Longest description kept whole when its complement is a body's name: "A spokesman for the Office for Students". */
const MAX_NAMED_WORDS = 10

/** Whether words[at], a complement's opener, links two capitalised words of one name: "Institute for Fiscal Studies". */
function insideName(words: readonly string[], at: number): boolean {
  const after = words[at + 1]?.toLowerCase() === 'the' ? words[at + 2] : words[at + 1]
  return CAPITALISED.test(words[at - 1]) && CAPITALISED.test(after ?? '')
}
