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
import { classifyPhrase, type Subject } from './subjects'
import { nameRunEnd } from './name-runs'
import { COURTESY_TITLES, HONORIFICS, ROLE_WORDS } from './speaker-lexicon'
import { isKnownFirstName } from './gender'
import type { MentionRole } from './salience'

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
    // The subject: the first run, at the start or after an opening phrase ("On Sunday, Hale toured …").
    const opening = start === 0 || (tokens[start - 1].text === ',' && !subjectTaken)
    const role = possessive ? 'possessive' : opening && !subjectTaken && isVerbLike(tokens[end]) ? 'subject' : 'object'
    if (role === 'subject') subjectTaken = true
    // "Sen. Hale", "Mrs. Okafor": a title before a name; a title alone ("Chief", "President") names nobody here.
    if (named.nameWords.every((w) => ROLE_WORDS.has(w) || HONORIFICS.has(w))) continue
    const titled = HONORIFICS.has(tokens[start].text) || ROLE_WORDS.has(tokens[start].text)
    const firstName = named.nameWords.length >= 2 && isKnownFirstName(named.nameWords[0])
    // "Conservative icon Phyllis Schlafly, who died …": "who" is said of people, so a full name before it is one.
    const personal = named.nameWords.length >= 2 && !possessive && personalRelativeAt(tokens, end)
    out.push({
      subject: named,
      role,
      introduces: titled || firstName || personal || COURTESY_TITLES.has(tokens[start].text)
    })
  }
  return out
}

/** Relative pronouns said only of people ("which" and "whose" are said of things and bodies too). */
const PERSONAL_RELATIVES = new Set(['who', 'whom'])

/** True when ", who" (or ", whom") follows the name run ending at token `end`. */
function personalRelativeAt(tokens: readonly Token[], end: number): boolean {
  return tokens[end]?.text === ',' && PERSONAL_RELATIVES.has(tokens[end + 1]?.lower ?? '')
}

/** After a name, a lower-case word is most likely its verb ("Hale toured"), not a phrase ("Hale of Ohio"). */
function isVerbLike(token: Token | undefined): boolean {
  return (
    token !== undefined && token.word && !isCapitalised(token) && !['of', 'and', 'or', 'in', 'at'].includes(token.lower)
  )
}

/** "Clinton's" → "Clinton": the owner, named as elsewhere. */
function withoutPossessive(subject: Subject): Subject {
  const strip = (w: string): string => w.replace(POSSESSIVE, '')
  const words = subject.nameWords.map((w, i) => (i === subject.nameWords.length - 1 ? strip(w) : w))
  return { ...subject, name: strip(subject.name), nameWords: words.filter((w) => w !== '') }
}
