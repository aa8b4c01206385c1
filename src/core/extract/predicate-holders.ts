/**
 * The holder of a view stated in a relative clause on a predicate noun: "Senator Ann Lee is a veteran of the budget
 * fights who has repeatedly pledged to cut taxes" → Ann Lee, named at "who". The clause says what the veteran
 * pledged, and the veteran is the sentence's subject; the noun just before "who" ("fights", "bully") is no one.
 *
 * Only a restrictive "who" (no comma before it) on a noun phrase opened by "is a", "was an", "is the", "is one":
 * after a comma the relative may stand for any name before it ("Lee is a friend of the mayor, who said …"). The
 * words between the copula and "who" are a noun phrase or a list of them ("a liar, bully and birther who");
 * another clause among them (a relative, "that", a colon) means the copula is not this "who"'s.
 */
import { isCapitalised, type Token } from './tokens'
import { classifyPhrase, type Subject, subjectShaped } from './subjects'
import { isNameToken } from './name-runs'
import { NOT_NAMES } from './name-words'

/** Longest predicate read back from "who" to the copula, in tokens: "a serial liar, rampant xenophobe … bully". */
const MAX_PREDICATE_TOKENS = 24
/** Longest name read before the copula, in tokens: "Senator Ann Lee". */
const MAX_NAME_TOKENS = 5
const COPULAS = new Set(['is', 'was'])
/** What opens the predicate noun phrase after the copula. */
const PREDICATE_OPENERS = new Set(['a', 'an', 'the', 'one'])
/** Words that open another clause inside the stretch: the copula read would not be this "who"'s. */
// prettier-ignore
const CLAUSE_WORDS = new Set([
  'who', 'which', 'that', 'whom', 'whose', 'when', 'where', 'because', 'if', 'but', 'said', 'says', 'while', 'as'
])

/** The named subject of "X is a … who" with "who" at token `k`, named at "who"; null for any other shape. */
export function predicateHolder(text: string, tokens: readonly Token[], k: number): Subject | null {
  if (tokens[k]?.lower !== 'who' || k < 3) return null
  const before = tokens[k - 1]
  // "Lee is a friend of Ruth Hale who …": a name just before "who" is its own antecedent.
  if (!before.word || isCapitalised(before)) return null
  const copula = copulaBefore(tokens, k)
  if (copula < 1) return null
  let start = copula
  while (start > 0 && copula - start < MAX_NAME_TOKENS && isNameToken(tokens[start - 1])) start--
  while (start < copula && NOT_NAMES.has(tokens[start].text)) start++
  if (start === copula) return null
  // "In Harbourton Lee is …": a run that is the whole sentence opening after a preposition is still read whole;
  // a run after a lower-case word other than a link belongs to a longer phrase ("the Harbour Union is a body").
  const lead = tokens[start - 1]
  if (lead?.word && !isCapitalised(lead) && !/^(?:and|but|so)$/u.test(lead.lower)) return null
  const subject = classifyPhrase(text, tokens, start, copula)
  if (!subject || subject.kind === 'pronoun') return null
  return subjectShaped({ ...subject, mention: { start: tokens[k].start, end: tokens[k].end } })
}

/** The copula opening the predicate that "who" at `k` closes, or -1. */
function copulaBefore(tokens: readonly Token[], k: number): number {
  for (let j = k - 1; j > 0 && k - j <= MAX_PREDICATE_TOKENS; j--) {
    const t = tokens[j]
    if (!t.word && t.text !== ',' && t.text !== '-') return -1
    if (CLAUSE_WORDS.has(t.lower)) return -1
    if (COPULAS.has(t.lower) && PREDICATE_OPENERS.has(tokens[j + 1]?.lower ?? '')) return j
  }
  return -1
}
