/**
 * Where the subject of an inverted attribution ends (`“…,” said <subject>`), when the words after
 * the verb run on past a plain noun phrase. Read on token data only; subjects.ts classifies the span.
 *
 *  - a relative clause too long for a subject, or cut short by a verb of saying, closes the noun phrase
 *    and describes it: `said a longtime data analyst who has worked for one of the rival campaigns
 *    since 2009` → "a longtime data analyst", `said one of two witnesses who told …` → "one of two
 *    witnesses" (not "… witnesses who"); a short one stays in it ("two officials who declined to be named");
 *  - an owner's name before a role is no name of its own: `said Hale’s deputy campaign manager, Rich
 *    Beeson, who …`, `said Hale’s top aide Jake Sullivan` read as a description, then the name;
 *  - a role, a name, then where the person is from: `said undecided voter Ana Ruiz of Derry` → the
 *    name with its role; the place is no part of the name.
 */
import { isCapitalised, type Token } from './tokens'

/**
 * Words opening a relative clause after the noun phrase it describes. Not "that", which after a verb
 * of saying more often opens what was said ("joked to the chair that …").
 */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which'])

/** Prepositions after a name saying where or what the person is from: "Ana Ruiz of Derry". */
const PLACE_PREPOSITIONS = new Set(['of', 'from', 'at', 'in'])

/** A possessive ending: "Hale’s", "Hale's", "the Joneses’". */
const POSSESSIVE = /(?:['’]s|s['’])$/u

/** Index of the first relative pronoun after the head of tokens [from, end), or `end` when none. */
export function relativeClauseAt(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from + 1; k < end; k++) if (tokens[k].word && RELATIVES.has(tokens[k].lower)) return k
  return end
}

/**
 * True when the capitalised run ending at `run` ends on an owner's possessive followed by a lower-case
 * word: "Hale’s deputy campaign manager" is a description whose head is the role, not a name.
 */
export function ownerBeforeRole(tokens: readonly Token[], run: number): boolean {
  const owner = tokens[run - 1]
  const next = tokens[run]
  return (
    owner !== undefined && next !== undefined && POSSESSIVE.test(owner.text) && next.word && next.text === next.lower
  )
}

/**
 * Where the role words opening tokens [from, end) end. This and roleWordAt are functions of their own, each under 81
 * bytes of bytecode, so that V8 compiles them at their first tick, and placeAfterRoleName (run by the hundred a pass,
 * nearly always answering -1) runs too few bytes of its own to be compiled late in a warm run (the third pass).
 */
function roleWordsEnd(tokens: readonly Token[], from: number, end: number): number {
  let k = from
  while (k < end && tokens[k].word && roleWordAt(tokens, k, end)) k++
  return k
}

/** "undecided Republican voter Ana Ruiz": a capitalised word followed by a lower-case one modifies the role. */
const roleWordAt = (tokens: readonly Token[], j: number, end: number): boolean =>
  !isCapitalised(tokens[j]) || (j + 1 < end && tokens[j + 1].word && !isCapitalised(tokens[j + 1]))

/**
 * In tokens [from, end) opening on role words (lower-case, or a capitalised modifier before one), the index of the preposition after the
 * capitalised name that follows them ("voter Ana Ruiz | of Derry"), or -1 when the words are not so.
 */
export function placeAfterRoleName(tokens: readonly Token[], from: number, end: number): number {
  let k = roleWordsEnd(tokens, from, end)
  if (k === from || k >= end) return -1
  const nameStart = k
  while (k < end && tokens[k].word && isCapitalised(tokens[k])) k++
  return k - nameStart >= 2 && k < end && PLACE_PREPOSITIONS.has(tokens[k].lower) ? k : -1
}
