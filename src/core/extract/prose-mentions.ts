/**
 * People named in a sentence of prose without being its speaker: "The board renewed the lease held
 * by Mrs. Okafor.", "Clinton's website is different.", "Tennis great Billie Jean King watched." They
 * are candidates for a later "he" or "she" (salience.ts weighs them by the role read here).
 *
 * A capitalised run is taken for a person only when something says so: a courtesy title or a job
 * title before it ("Mrs. Okafor", "Sen. Hale"), or a known first name opening a name of two or more
 * words ("Ada Okafor"). Any other run ("New York", "Supreme Court") only refers back to someone
 * already met, and is otherwise ignored.
 */
import type { TextRange } from './sentences'
import { isCapitalised, sentenceTokens, type Token } from './tokens'
import { classifyPhrase, type Subject, subjectShaped } from './subjects'
import { nameRunEnd } from './name-runs'
import { pastPersonAsides } from './subject-appositives'
import { withoutDateline } from './datelines'
import { isVerbAdverb } from './speech-cues'
import { COURTESY_TITLES, HONORIFICS, ROLE_WORDS } from './name-words'
import { isKnownFirstName } from './gender'
import { classifyDescription } from './speaker-lexicon'
import type { MentionRole } from './salience'
import { packedMap } from '../packed-map'

/** An age in digits: "71". */
const AGE_FIGURE = /^\p{N}{1,3}$/u

export interface PersonMention {
  subject: Subject
  role: Exclude<MentionRole, 'speaker'>
  /** True when the words themselves show a person; false when the run may only refer back to one. */
  introduces: boolean
}

const POSSESSIVE = /['’]s$/u

/** The people named in text[range), in reading order, except any whose mention overlaps `skip`. */
export function peopleIn(
  text: string,
  range: TextRange,
  skip: TextRange | null,
  tokens: readonly Token[] = sentenceTokens(text, range)
): PersonMention[] {
  const out: PersonMention[] = []
  let subjectTaken = false
  // "CARROW, Wessex (Reuters) - Ada Okafor met …": the sentence proper opens after its dateline.
  const open = tokens.length - withoutDateline(tokens).length
  for (let i = 0; i < tokens.length; i++) {
    const end = nameRunEnd(tokens, i, tokens.length)
    if (end === i) continue
    const start = i
    i = end - 1
    if (skip && tokens[start].start < skip.end && tokens[end - 1].end > skip.start) {
      subjectTaken = true
      continue
    }
    const subject = classifyPhrase(text, tokens, start, end)
    if (!subject || subject.kind !== 'name' || subject.group || subject.plural) continue
    const possessive = POSSESSIVE.test(tokens[end - 1].text)
    const named = possessive ? withoutPossessive(subject) : subject
    if (named.nameWords.length === 0) continue
    // The subject: the first run, at the start or after an opening phrase ("On Sunday, Hale toured …"), or of a
    // clause put first ("When Hale took Ortiz on, he …": the person the sentence goes on about).
    const opening =
      start === open ||
      (start > open && tokens[start - 1].text === ',' && !subjectTaken) ||
      (start === open + 1 && CLAUSE_OPENERS.has(tokens[open].lower))
    const role = possessive
      ? 'possessive'
      : opening && !subjectTaken && isVerbLike(tokens, pastPersonAsides(tokens, end))
        ? 'subject'
        : isAddressee(tokens, start, end)
          ? 'addressee'
          : writesMessageAt(tokens, start)
            ? 'writer'
            : 'object'
    if (role === 'subject') subjectTaken = true
    // "Sen. Hale", "Mrs. Okafor": a title before a name; a title alone ("Chief", "President") names nobody here.
    if (named.nameWords.every((w) => ROLE_WORDS.has(w) || HONORIFICS.has(w))) continue
    const titled = HONORIFICS.has(tokens[start].text) || ROLE_WORDS.has(tokens[start].text)
    const firstName = named.nameWords.length >= 2 && isKnownFirstName(named.nameWords[0])
    // "Conservative icon Phyllis Schlafly, who died …": "who" is said of people, so a full name before it is one.
    const personal = named.nameWords.length >= 2 && !possessive && personalRelativeAt(tokens, end)
    // "a message from a listener, Sue in Ilfracombe": a first name alone, set beside "a listener", is someone.
    const apposed = named.nameWords.length === 1 && apposedToSomeone(text, tokens, start)
    // "Pat Gorman, 71, from Sunderland": an age set off after a full name is said of a person, whatever the first name.
    const aged = named.nameWords.length >= 2 && !possessive && ageAfter(tokens, end)
    out.push({
      subject: named,
      role,
      introduces: titled || firstName || personal || apposed || aged || COURTESY_TITLES.has(tokens[start].text)
    })
  }
  return out
}

/**
 * The people of one sentence in the order they are noted as candidates for a later pronoun: the subject
 * last. Recency decides between people met lately (salience.ts), but inside one sentence the person it is
 * about outranks one only named after them: in "Ben Ortiz went after Petrov at the meeting, when he called
 * the plan …" (or the sentence after it) "he" is Ortiz, even when Petrov spoke before.
 */
export function subjectLast(people: readonly PersonMention[]): readonly PersonMention[] {
  const at = people.findIndex((p) => p.role === 'subject')
  // peopleIn reads one subject at most; most sentences name it last or not at all, and are returned as they are.
  if (at < 0 || at === people.length - 1) return people
  const rest = [...people.slice(0, at), ...people.slice(at + 1)]
  // "Hale asked Ortiz whether …": the one asked answers next, so is noted after (more recent than) the asker;
  // so is the writer of a message read out ("Hale read a letter from Sue Kemp.").
  const next = (p: PersonMention): boolean => p.role === 'addressee' || p.role === 'writer'
  const asked = rest.filter(next)
  return asked.length === 0 ? [...rest, people[at]] : [...rest.filter((p) => !next(p)), people[at], ...asked]
}

/** Verbs putting a question to the person named right after them: "asked Ortiz whether …". */
const QUESTION_VERBS = new Set(['asked', 'asks', 'ask', 'pressed', 'questioned', 'quizzed'])
/** Words opening the question put ("asked Ortiz whether", "pressed Hale on why", "asked Berg about …"). */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'whether',
  'if',
  'how',
  'why',
  'what',
  'when',
  'where',
  'who',
  'which',
  'about',
  'on'
])

/** True when the cue at `cue` is a verb putting a question ("asked"): its object, if any, answers next. */
export function putsQuestion(text: string, cue: TextRange): boolean {
  return QUESTION_VERBS.has(text.slice(cue.start, cue.end).toLowerCase())
}

/** Auxiliaries making a verb passive: "Mook was asked if …, he said" is Mook, the one asked. */
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are'])

/**
 * True when the verb at token `at` is a passive's participle: an auxiliary of "be" before it, past any adverbs
 * between ("was asked", "has been harshly criticized", "was widely praised").
 */
export function passiveAt(tokens: readonly Token[], at: number): boolean {
  let k = at - 1
  while (k > 0 && !PASSIVE_AUXILIARIES.has(tokens[k].lower) && isVerbAdverb(tokens[k])) k--
  return PASSIVE_AUXILIARIES.has(tokens[k]?.lower ?? '')
}

/** True when token `at` puts a question in the active voice ("Hale asked", not "Hale was asked"): its subject asks. */
export function asksAt(tokens: readonly Token[], at: number): boolean {
  return QUESTION_VERBS.has(tokens[at].lower) && !passiveAt(tokens, at)
}

/** True when the name run [start, end) is the person a question is put to: "… asked Mr Ortiz whether …". */
function isAddressee(tokens: readonly Token[], start: number, end: number): boolean {
  return QUESTION_VERBS.has(tokens[start - 1]?.lower ?? '') && QUESTION_OPENERS.has(tokens[end]?.lower ?? '')
}

/** Subordinators opening a clause put first, whose subject the main clause is most often about. */
const CLAUSE_OPENERS = new Set([
  'when',
  'while',
  'as',
  'after',
  'before',
  'although',
  'though',
  'because',
  'since',
  'if'
])

/** Relative pronouns said only of people ("which" and "whose" are said of things and bodies too). */
const PERSONAL_RELATIVES = new Set(['who', 'whom'])

/** True when ", who" (or ", whom") follows the name run ending at token `end`. */
function personalRelativeAt(tokens: readonly Token[], end: number): boolean {
  return tokens[end]?.text === ',' && PERSONAL_RELATIVES.has(tokens[end + 1]?.lower ?? '')
}

/** Lower-case words between "a" and the comma before a name: "a regular listener, Sue". */
const MAX_APPOSED_WORDS = 3

/** The "a" or "an" opening "a listener, " right before the name at `start` ("a listener, Sue"), or -1. */
function apposedAt(tokens: readonly Token[], start: number): number {
  if (tokens[start - 1]?.text !== ',') return -1
  for (let k = start - 2; k >= 0 && k >= start - 2 - MAX_APPOSED_WORDS; k--) {
    const token = tokens[k]
    if (token.lower === 'a' || token.lower === 'an') return k < start - 2 ? k : -1
    if (!token.word || isCapitalised(token)) return -1
  }
  return -1
}

/** True when the name at `start` is set beside a person described ("a listener, Sue"), not a place ("a town, Bude"). */
function apposedToSomeone(text: string, tokens: readonly Token[], start: number): boolean {
  const at = apposedAt(tokens, start)
  if (at < 0) return false
  const described = classifyDescription(text.slice(tokens[at].start, tokens[start - 2].end))
  return described.person && described.wellFormed && !described.group && !described.plural
}

/** What someone sends in, read out or quoted next: "a message from Sue Kemp", "an email from a reader, Tom". */
const MESSAGE_NOUNS = new Set(['message', 'messages', 'letter', 'letters', 'email', 'e-mail', 'emails', 'text', 'note'])

/**
 * True when the name at `start` writes the message just named ("a message from a listener, Sue in
 * Ilfracombe. She says: …"): the words read out next are theirs, so a "she" after it is more likely them
 * than someone the story met before.
 */
function writesMessageAt(tokens: readonly Token[], start: number): boolean {
  const apposed = apposedAt(tokens, start)
  const from = (apposed >= 0 ? apposed : start) - 1
  return tokens[from]?.lower === 'from' && MESSAGE_NOUNS.has(tokens[from - 1]?.lower ?? '')
}

/**
 * After a name, a lower-case word is most likely its verb ("Hale toured"), not a phrase ("Hale of Ohio"), nor
 * the start of a title before another name ("Clinton communication director Jennifer Palmieri": "Clinton" is
 * who she works for, not whom the sentence is about).
 */
function isVerbLike(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]
  if (token === undefined || !token.word || isCapitalised(token) || NOT_VERBS.has(token.lower)) return false
  for (let k = at; k < at + MAX_TITLE_WORDS && tokens[k]?.word && !isCapitalised(tokens[k]); k++)
    if (ROLE_WORDS.has(titleCase(tokens[k].text)) && tokens[k + 1] && isCapitalised(tokens[k + 1])) return false
  return true
}
const NOT_VERBS = new Set(['of', 'and', 'or', 'in', 'at'])
/** Lower-case words a title may take before a name: "deputy communications director". */
const MAX_TITLE_WORDS = 3
const titleCase = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1)

/** Oldest age news copy sets off after a name (", 104,"); a larger figure is a year or a count. */
const MAX_AGE = 120
/** True when an age stands right after token `end`, set off by commas: "Pat Gorman, 71, said". */
function ageAfter(tokens: readonly Token[], end: number): boolean {
  const age = tokens[end + 1]
  return (
    tokens[end]?.text === ',' &&
    tokens[end + 2]?.text === ',' &&
    age !== undefined &&
    AGE_FIGURE.test(age.text) &&
    Number(age.text) <= MAX_AGE
  )
}

/** "Clinton's" → "Clinton": the owner, named as elsewhere. */
function withoutPossessive(subject: Subject): Subject {
  const strip = (w: string): string => w.replace(POSSESSIVE, '')
  const words = packedMap(subject.nameWords, (w, i) => (i === subject.nameWords.length - 1 ? strip(w) : w))
  return subjectShaped({ ...subject, name: strip(subject.name), nameWords: words.filter((w) => w !== '') })
}
