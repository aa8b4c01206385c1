/**
 * Subjects of a claimant verb read from the clause it stands in when no subject stands right before it:
 *
 *   While Ramos said …                          the subject after the clause opener ("While Ramos")
 *   Obama met the families and said …           a coordinated verb's: the subject the sentence opens on
 *   He visited Leith, where he also met the     a coordinated verb's in a clause of its own: the pronoun
 *   pilots and made several statements …        opening that clause, the nearer mention of the same person
 *
 * The last is the nearer of two mentions: a checker reading "he … made several statements" finds the claim
 * where its verb is, not at the sentence's first word.
 */
import type { Token } from './tokens'
import { classifyPhrase, type Subject } from './subjects'
import { nameRunEnd } from './name-runs'
import { PERSON_PRONOUNS } from './subject-words'
import { CLAUSE_OPENERS, COORDINATORS, openingSubject, pronounAt, SENTENCE_OPENERS } from './claimant-subject-readers'

/** The subject after a clause opener: "While Ramos", "which officials", "as Clinton supporters". */
export function openedSubject(text: string, tokens: readonly Token[], end: number): Subject | null {
  let start = end
  while (start > 0 && end - start <= 12 && tokens[start - 1].word && !CLAUSE_OPENERS.has(tokens[start - 1].lower))
    start--
  if (start === 0 || !CLAUSE_OPENERS.has(tokens[start - 1].lower) || start === end) return null
  return classifyPhrase(text, tokens, start, end)
}

/**
 * The subject of a verb coordinated with the one before it ("… and said"): the pronoun opening the clause of
 * both verbs when it opens after a comma and a link (", where he …", ", but she …"), else the sentence's opening
 * subject: "Obama met … and said".
 */
export function coordinated(text: string, tokens: readonly Token[], k: number): Subject | null {
  if (k <= 0 || !COORDINATORS.has(tokens[k].lower)) return null
  let start = 0
  while (start < k && (!tokens[start].word || SENTENCE_OPENERS.has(tokens[start].lower))) start++
  const opens = clausePronounBefore(tokens, start, k)
  const pronoun = tokens[opens] ? pronounAt(text, tokens[opens]) : null
  if (pronoun) return pronoun
  const end = nameRunEnd(tokens, start, k)
  if (end > start && end < k) return classifyPhrase(text, tokens, start, end)
  // "A reporter for the Herald spotted the mayor and reported …": a described subject, read to its verb.
  return openingSubject(text, tokens, k)
}

/**
 * The token of a person pronoun opening a clause after ", where", ", but", ", as" … and running to the
 * coordinator at `k` with no comma between ("…, where he also met the pilots and made …"); `start` when none.
 */
function clausePronounBefore(tokens: readonly Token[], start: number, k: number): number {
  for (let p = k - 1; p > start + 1; p--) {
    if (tokens[p].text === ',') break
    if (PERSON_PRONOUNS.has(tokens[p].lower) && LINKS.has(tokens[p - 1].lower) && tokens[p - 2].text === ',') return p
  }
  return start
}
/** Words after a comma opening a clause of its own with its own subject. */
// prettier-ignore
const LINKS = new Set([
  'where', 'when', 'while', 'as', 'because', 'after', 'since', 'though', 'although', 'and', 'but'
])
