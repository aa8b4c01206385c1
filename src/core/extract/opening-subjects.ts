/**
 * The subject opening a sentence or clause, read for a verb that has none beside it: the second of two
 * coordinated verbs ("The mayor criticised the plan and said …") and the clause readers (lead and colon
 * clauses, trailing claimants) that need who the sentence is about.
 */
import { isCapitalised, type Token } from './tokens'
import { cueAt, isVerbAdverb, lastCueIn } from './speech-cues'
import { classifyDescription, isGroupNoun, isKnownNoun } from './speaker-lexicon'
import { nameRunEnd } from './name-runs'
import { ownerBeforeRole } from './inverted-subjects'
import { classifyPhrase, type Subject } from './subjects'
import { subjectBefore } from './subject-before'
import {
  DETERMINERS,
  FIRST_PERSON,
  isBreakAt,
  MAX_SUBJECT_TOKENS,
  PERSON_PRONOUNS,
  PRONOUNS,
  QUOTE_MARKS,
  SENTENCE_LINKS,
  SUBJECT_RELATIVES,
  SUBORDINATORS
} from './subject-words'

const isLowerWord = (t: Token | undefined): boolean => t !== undefined && t.word && !isCapitalised(t)

/** Lower-case words opening a clause with its own subject, not its verb: "the actor held", "he looked up". */
const CLAUSE_OPENERS = new Set([...DETERMINERS, ...PRONOUNS, ...SUBORDINATORS, ...SENTENCE_LINKS])

/** Words joining a second verb to the sentence's subject: "Schultz backed the plan, and said …". */
const COORDINATORS = new Set(['and', 'but'])

/**
 * The subject opening the sentence, for a verb coordinated with its first one: "The mayor
 * criticised the plan and said …", "He backed the bill but warned …". Tokens start at the sentence.
 */
export function coordinatedSubject(text: string, tokens: readonly Token[], cue: number): Subject | null {
  let k = cue - 1
  while (k > 0 && isVerbAdverb(tokens[k])) k--
  // Nine cues in ten have no "and"/"but" before them: answered here, the reading below is a function of its own, run
  // only for the tenth (some 60 times a pass over 300 articles, too few for V8 to optimise it; as one function with
  // this test it was, in a timed pass of news-speed).
  return k > 0 && COORDINATORS.has(tokens[k].lower) ? subjectOfCoordinated(text, tokens, k) : null
}

/** coordinatedSubject's reading, the coordinator ("and", "but") at token `k`. */
function subjectOfCoordinated(text: string, tokens: readonly Token[], k: number): Subject | null {
  // "Hale started the row when she raised the levy and later said …": the verb coordinated is the nearer one,
  // in the clause the subordinator opens, and that clause's pronoun is its subject.
  const inner = subordinatePronoun(text, tokens, 0, k)
  if (inner) return inner
  let clause = k - 1
  while (clause > 0 && !isBreakAt(tokens, clause - 1)) clause--
  // "When her mother mentioned it, I laughed and said …": a verb of saying in an earlier clause is not
  // the one coordinated; the subject opening this clause is.
  const earlier = lastCueIn(tokens, 0, k)
  const opening = clause > 0 && earlier && earlier.first < clause ? openingSubjectOf(text, tokens, clause, k) : null
  if (opening) return opening
  // "When I asked Hale …, he looked up, frowned and said …": a verb in the subordinate clause opening the
  // sentence is not the one coordinated; the main clause after its comma holds the subject.
  const main = earlier ? mainClauseAfter(tokens, earlier.first, earlier.last, k) : -1
  const mainSubject = main > 0 ? openingSubjectOf(text, tokens, main, k) : null
  if (mainSubject) return mainSubject
  // "In an interview, the senator criticised the plan and said …": the first verb's subject.
  if (earlier && earlier.kind === 'verb') {
    const subject = subjectBefore(text, tokens, earlier.first, 0)
    if (subject) return subject
  }
  // "The county commissioner, David Ashworth, welcomed the fall but said …": a clause opening on its verb after a
  // comma has its subject before that comma, in apposition; not "With help from X, the actor held … and asked".
  const verbFirst = clause > 0 && isLowerWord(tokens[clause]) && !CLAUSE_OPENERS.has(tokens[clause].lower)
  const apposed = verbFirst && tokens[clause - 1].text === ',' ? subjectBefore(text, tokens, clause, 0) : null
  if (apposed?.kind === 'name') return apposed
  // The clause holding the first verb ("With help from X, the actor held … and asked"), else the sentence.
  return (clause > 0 ? openingSubjectOf(text, tokens, clause, k) : null) ?? openingSubjectOf(text, tokens, 0, k)
}

/**
 * When the clause holding the verb at [first, last] opens on a subordinator ("When", "after", "As" …), the
 * token after the first comma past it and before `k`: where the main clause begins. -1 otherwise.
 */
function mainClauseAfter(tokens: readonly Token[], first: number, last: number, k: number): number {
  let start = first
  while (start > 0 && !isBreakAt(tokens, start - 1)) start--
  while (start < first && !tokens[start].word) start++
  if (start >= first || !SUBORDINATORS.has(tokens[start].lower)) return -1
  for (let i = last + 1; i < k; i++) if (tokens[i].text === ',') return i + 1
  return -1
}

/** True when ", who" or ", which" follows at token `at` (before `k`): a relative clause on the words before. */
function relativeAfter(tokens: readonly Token[], at: number, k: number): boolean {
  return at + 1 < k && tokens[at].text === ',' && SUBJECT_RELATIVES.has(tokens[at + 1].lower)
}

/** Most role words after an owner's name or a modifier: "Hale’s deputy campaign manager". */
const MAX_ROLE_WORDS = 4

/**
 * The role read after the capitalised words [first, end) that open a clause, which, as a name does, must be
 * followed by its verb: the longest one ending on a known noun, a role of people when `people`. Null when none.
 */
function roleAfter(text: string, tokens: readonly Token[], first: number, end: number, k: number, people: boolean) {
  let found: Subject | null = null
  for (let e = end + 1; e < k && e - end <= MAX_ROLE_WORDS && isLowerWord(tokens[e - 1]); e++) {
    if (!isKnownNoun(tokens[e - 1].text) || !isLowerWord(tokens[e])) continue
    const role = classifyPhrase(text, tokens, first, e)
    if (role?.kind === 'description' && (!people || classifyDescription(role.name).person)) found = role
  }
  return found
}

/** A capitalised body noun ending a name: "Department", "Council" (not "Republican", "French"). */
const bodyHead = (t: Token): boolean => isGroupNoun(t.lower) && !classifyDescription(t.lower).person

/** The subject opening tokens [from, k): a pronoun, a name followed by its verb, or a short description. */
export function openingSubjectOf(text: string, tokens: readonly Token[], from: number, k: number): Subject | null {
  let first = from
  while (first < k && (!tokens[first].word || SENTENCE_LINKS.has(tokens[first].lower))) first++
  if (first >= k) return null
  // "I" right after a quotation mark is the quote's own word, not the writer.
  const quoted = first > 0 && QUOTE_MARKS.has(tokens[first - 1].text)
  if (PRONOUNS.has(tokens[first].lower) || (tokens[first].text === FIRST_PERSON && !quoted))
    return classifyPhrase(text, tokens, first, first + 1)
  const end = nameRunEnd(tokens, first, k)
  // An owner's name before a role: "Ana Ruiz’s right-hand woman rallied …".
  if (end > first && ownerBeforeRole(tokens, end)) return roleAfter(text, tokens, first, end, k, false)
  // One capitalised word before a role of people modifies it: "Port engineers have argued", "Hale aides said".
  const modified = end === first + 1 ? roleAfter(text, tokens, first, end, k, true) : null
  if (modified) return modified
  // The name must be followed by its verb: "Hastily, …" and "WASHINGTON —" are no subjects. A relative
  // clause may come between: "Ruth Hale, who spoke to the board, did not name the mayor but told …".
  if (end > first)
    return isLowerWord(tokens[end]) || relativeAfter(tokens, end, k) ? classifyPhrase(text, tokens, first, end) : null
  // "The Harbour Council on Friday made …": a body's name after "The".
  if (tokens[first].lower === 'the') {
    const body = nameRunEnd(tokens, first + 1, k)
    const named =
      body > first + 1 && body < k && isLowerWord(tokens[body]) ? classifyPhrase(text, tokens, first, body) : null
    // "The Wisconsin Republican" describes a person: the description reading below keeps it one. A body's head
    // keeps it a body's name: "The Justice Department" ("Justice" is also a judge's title).
    if (named && (bodyHead(tokens[body - 1]) || !classifyDescription(named.name).person)) return named
  }
  // "The Wisconsin Republican criticised …": a short description opening the sentence, up to its verb.
  let stop = first
  while (stop < k && stop - first < MAX_SUBJECT_TOKENS && tokens[stop].word && !cueAt(tokens, stop)) stop++
  // The longest phrase ending on its known head noun ("The harbour commissioner [closed his speech]"),
  // else the longest well-formed one.
  let fallback: Subject | null = null
  for (let e = Math.min(stop, first + 6); e > first + 1; e--) {
    const subject = classifyPhrase(text, tokens, first, e)
    if (subject?.kind !== 'description' || !classifyDescription(subject.name).wellFormed) continue
    if (isKnownNoun(tokens[e - 1].text)) return subject
    fallback ??= subject
  }
  return fallback
}

/** Most words between a subordinator and the pronoun opening its clause: "though in a news conference last week he". */
const MAX_SUBORDINATE_LEAD = 8

/**
 * "… acknowledged the slip even as he defended the speech, saying “…”": the last clause inside tokens [from, j)
 * opened by a subordinator whose subject is a pronoun; the participle after it hangs on that clause, whose
 * pronoun is the nearer mention of its speaker. Null when there is none.
 */
export function subordinatePronoun(text: string, tokens: readonly Token[], from: number, j: number): Subject | null {
  for (let s = j - 2; s >= from; s--) {
    if (!SUBORDINATORS.has(tokens[s].lower)) continue
    for (let p = s + 1; p < j && p - s <= MAX_SUBORDINATE_LEAD && tokens[p].word; p++)
      if (PERSON_PRONOUNS.has(tokens[p].text) && p + 1 < j && tokens[p + 1].word && !isCapitalised(tokens[p + 1]))
        // "When asked whom she backed, Ms. Hale smiled and said": a comma closing the clause leaves it.
        return tokens.slice(p + 1, j).some((t) => t.text === ',') ? null : classifyPhrase(text, tokens, p, p + 1)
    return null
  }
  return null
}
