/**
 * The holder of a view stated in a relative clause on a predicate noun: "Senator Ann Lee is a veteran of the budget
 * fights who has repeatedly pledged to cut taxes" → Ann Lee, named at "who". The clause says what the veteran
 * pledged, and the veteran is the sentence's subject; the noun just before "who" ("fights", "bully") is no one.
 *
 * Only a restrictive "who" (no comma before it) on a noun phrase opened by "is a", "was an", "is the", "is one":
 * after a comma the relative may stand for any name before it ("Lee is a friend of the mayor, who said …"). The
 * words between the copula and "who" are a noun phrase or a list of them ("a liar, bully and birther who");
 * another clause among them (a relative, "that", a colon) means the copula is not this "who"'s. The copula may
 * join a first verb phrase with "and" ("Berg often blocks the levy and is a landlord who insists …"): its subject is
 * the name opening the clause.
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
  if (tokens[copula - 1].lower === 'and') return coordinatedHolder(text, tokens, copula - 1, k)
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

/** Longest first verb phrase read back from the "and" before the copula, in tokens: "regularly blocks the levy". */
const MAX_FIRST_PREDICATE_TOKENS = 12
/** Words that join names or open no verb phrase: "Berg and Lee are …" is no verb phrase after "Berg". */
const NOT_VERB_OPENERS = new Set(['and', 'or', 'of', 'nor', 'is', 'was'])

/**
 * "Mayor Tom Berg often blocks the levy and is a landlord who insists …": the holder named at "who" is the name
 * opening the clause whose first verb phrase "and" at `and` closes; only plain words stand between that name and
 * "and" (a mark or another clause means the verb phrase is not the name's).
 */
function coordinatedHolder(text: string, tokens: readonly Token[], and: number, k: number): Subject | null {
  let open = and
  while (open > 0 && and - open < MAX_FIRST_PREDICATE_TOKENS && tokens[open - 1].word) {
    if (CLAUSE_WORDS.has(tokens[open - 1].lower)) return null
    open--
  }
  if (open > 0 && tokens[open - 1].word) return null
  while (open < and && NOT_NAMES.has(tokens[open].text)) open++
  let end = open
  while (end < and && end - open < MAX_NAME_TOKENS && isNameToken(tokens[end])) end++
  const verb = tokens[end]
  if (end === open || end >= and - 1 || isCapitalised(verb) || NOT_VERB_OPENERS.has(verb.lower)) return null
  const subject = classifyPhrase(text, tokens, open, end)
  if (!subject || subject.kind === 'pronoun') return null
  return subjectShaped({ ...subject, mention: { start: tokens[k].start, end: tokens[k].end } })
}
