/**
 * Whether a subject read beside a cue is a noun phrase naming a speaker or a piece of a clause ("his boss was",
 * "of what his parents [told]", "the president's foreign policy and"). The attribution keeps its cue either way;
 * these checks decide only whether its words name who spoke, for every reader that needs to know.
 */
import type { Subject } from './subjects'
import { classifyDescription } from './speaker-lexicon'
import { RELATIVE_PRONOUNS } from './subject-words'

/**
 * Words that never stand in the head of a noun phrase naming a speaker: auxiliaries, conjunctions,
 * question words and subject pronouns. "the president's foreign policy and [said]", "his boss was",
 * "even newspaper articles can be [deemed]" are pieces of a clause, not who spoke.
 */
// prettier-ignore
const CLAUSE_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do',
  'does', 'did', 'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'how', 'what', 'why',
  'when', 'where', 'whether', 'if', 'because', 'though', 'although', 'while', 'not', 'he', 'she', 'they',
  'we', 'i', 'you', 'he’s', "he's", 'she’s', "she's", 'it’s', "it's"
])
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor'])
/** Words ending the head of a noun phrase: after them come its complements ("officials who were not authorized"). */
// prettier-ignore
const HEAD_BREAKS = new Set(['who', 'whom', 'whose', 'which', 'of', 'at', 'for', 'in', 'from', 'with', 'on', 'to', 'by'])
/** Prepositions a speaker's noun phrase never opens with: "of what his parents [told]". */
// prettier-ignore
const LEADING_PREPOSITIONS = new Set(['of', 'to', 'by', 'on', 'in', 'at', 'for', 'from', 'as', 'into', 'through', 'via'])

/**
 * False for a description that is a piece of a clause rather than a noun phrase: a clause word
 * before its head ends (a relative pronoun or preposition), a leading preposition, a dangling "and".
 * The attribution keeps its cue (the quote is still speech), but such words name no speaker.
 */
export function plausibleSubject(subject: Subject): boolean {
  // "Mr. Obama's remarks were …": an owner before a noun that looks like a verb is no subject.
  if (subject.kind === 'name') return !/['’]s$/u.test(subject.written ?? subject.name)
  if (subject.kind !== 'description') return true
  const words = subject.name
    .toLowerCase()
    .split(/[\s,]+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
  if (words.length === 0 || LEADING_PREPOSITIONS.has(words[0])) return false
  // "one of the [rules]", "a few [questions]": a determiner or preposition cannot end a noun phrase.
  if (DANGLING_ENDS.has(words[words.length - 1])) return false
  let end = words.findIndex((w, i) => i > 0 && HEAD_BREAKS.has(w))
  if (end === -1) end = words.length
  for (let i = 0; i < end; i++) if (CLAUSE_WORDS.has(words[i])) return false
  // "the senator and candidate" is one phrase; "the president's foreign policy and" or "the unrest in
  // Charlotte and" is cut off — unless a relative clause ended it ("an official who oversaw … and").
  const relative = words.some((w) => RELATIVE_PRONOUNS.has(w) || w === 'that')
  // "those who left but [said]": only "and" goes on a phrase after its relative clause.
  const last = words[words.length - 1]
  return (relative && last === 'and') || !CONJUNCTIONS.has(last)
}

// prettier-ignore
const DANGLING_ENDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'those', 'these', 'this', 'few',
  'his', 'her', 'their', 'its', 'my', 'our', 'your'
])

/** A description built on a known noun that opens like a noun phrase, not on a participle ("Boasting …"). */
export function describes(subject: Subject): boolean {
  return (
    classifyDescription(subject.name).wellFormed && plausibleSubject(subject) && !OPENING_PARTICIPLE.test(subject.name)
  )
}
const OPENING_PARTICIPLE = /^\p{Lu}\p{Ll}+ing\s/u
