/**
 * What a subject is, and how a phrase is read as one.
 *
 * A subject is one of
 *  - a pronoun ("he", "they"), resolved later against the speakers met so far;
 *  - a name run ("Nicolas Barotte", "George W. Bush", "French President Emmanuel Macron"), maybe with
 *    an appositive description ("Nicolas Barotte, the defense correspondent for …");
 *  - a description ("one source in the French military", "officials", "the ministry").
 * classifyPhrase tells which a span of tokens is; every reader of a speech cue's subject ends in it. The readers
 * live beside it: subject-before.ts (before the cue), subject-after.ts (after it, inverted order),
 * opening-subjects.ts (the subject opening a sentence or clause), subject-plausibility.ts (phrases that are pieces
 * of a clause, not who spoke); name runs in name-runs.ts, the word sets they share in subject-words.ts.
 */
import type { TextRange } from './sentences'
import type { Token } from './tokens'
import {
  COURTESY_TITLES,
  HONORIFICS,
  isOfficeTitle,
  isOrganisationName,
  PLAIN_COURTESY,
  ROLE_WORDS
} from './name-words'
import { classifyDescription, isKnownNoun, mayNameBodyIn, maySaySomeone } from './speaker-lexicon'
import { contractedPronoun, pronounSubject } from './subject-links'
import { isKnownFirstName } from './gender'
import { clergyArticle, nameRunEnd, ownedNameStart, trailingNameStart, trailingPairStart } from './name-runs'
import {
  FIRST_PERSON,
  MAX_SUBJECT_TOKENS,
  NAME_PREPOSITIONS,
  PLURALS_WITHOUT_S,
  PRONOUNS,
  RELATIVE_PRONOUNS
} from './subject-words'
import { packedMap } from '../packed-map'
import { documentSubject } from './document-subjects'
import { namedComplement, openingDescription, openingNoun, ownerOrDescription } from './opening-nouns'
import { titledPair } from './titled-pairs'

export type SubjectKind = 'pronoun' | 'name' | 'description'

export interface Subject {
  kind: SubjectKind
  /** The words naming the speaker here: "he", "Barotte", "Nicolas Barotte", "one source in …". */
  mention: TextRange
  /** Name as written (without a leading role such as "French President"), or the description text. */
  name: string
  /** Name words without courtesy titles, for surname matching ("Mr. Smith" → ["Smith"]). */
  nameWords: string[]
  description: string | null
  anonymous: boolean
  plural: boolean
  /** An organisation rather than a person ("the ministry", "Reuters"), the antecedent of "it". */
  group: boolean
  /** The mention as written, titles included ("Mrs. Ada Okafor"): a courtesy title tells "he" from "she". */
  written?: string
}

/**
 * A subject built by a spread ({ ...subject, name }) again as a literal with the Subject's keys in their one order.
 * Why: V8 gives what each spread site builds a hidden class of its own (a copy of its source's, shared with no
 * other site), so the readers of subjects met five or six classes and were deoptimised ("wrong map") and compiled
 * again in news-speed's timed passes; built here, every subject has the class classifyPhrase's have.
 */
export function subjectShaped(s: Subject): Subject {
  const { kind, mention, name, nameWords, description, anonymous, plural, group } = s
  const shaped: Subject = { kind, mention, name, nameWords, description, anonymous, plural, group }
  // Added after the literal, as classifyPhrase adds it, and only when the spread had it (a key never set stays unset).
  if ('written' in s) shaped.written = s.written
  return shaped
}

/**
 * Give a name the description in apposition to it. A noun phrase replaces a title split off the
 * name ("Dr Amara Whitfield, a water engineer …" → "a water engineer …"); a relative clause says
 * less, so the title stays in front ("Councillor Marcus Delaney, who chairs …" → "Councillor, who chairs …").
 */
export function withDescription(
  subject: Subject,
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  limit = MAX_SUBJECT_TOKENS
): Subject {
  if (to <= from || to - from > limit) return subject
  let description = text.slice(tokens[from].start, tokens[to - 1].end)
  // A relative clause says what the person does ("who chairs the committee"), not what they are.
  const relative = RELATIVE_PRONOUNS.has(tokens[from].lower)
  const extra = classifyDescription(description)
  if (subject.description && relative) description = `${subject.description}, ${description}`
  // "Dr Alys Pritchard, an ecologist at Bangor University": the body named is where a person works.
  const body = !relative && extra.group && !extra.person && !shownPerson(subject)
  return subjectShaped({ ...subject, description, group: subject.group || body })
}

/** "Dr Alys Pritchard", "Ada Okafor": a courtesy title or a known first name shows a person, never a body. */
function shownPerson(subject: Subject): boolean {
  if (subject.kind !== 'name') return false
  const first = (subject.written ?? subject.name).split(' ')[0]
  return COURTESY_TITLES.has(first) || (subject.nameWords.length >= 2 && isKnownFirstName(subject.nameWords[0]))
}

/**
 * Whether the lexicon reads name run [start, end) (`phrase`) as a body's name by its nouns ("Kestrel Water Company").
 * Most name runs hold no word it could read so ("Ada Okafor", "Clinton"): those are not asked, which spares a phrase
 * look-up for most of the names in every sentence (peopleIn reads them all).
 */
function namedByBodyNoun(tokens: readonly Token[], start: number, end: number, phrase: string): boolean {
  if (!mayNameBodyIn(tokens, start, end)) return false
  const kind = classifyDescription(phrase)
  return kind.group && !kind.person
}

/** Links opening a sentence, capitalised only for that: "But", "And", "Yet". */
const OPENING_LINKS = new Set(['But', 'And', 'Yet'])

/** Classify tokens [start, end) as a pronoun, a name (with any leading role split off) or a description. */
export function classifyPhrase(text: string, tokens: readonly Token[], start: number, end: number): Subject | null {
  const subject = classifyWords(text, tokens, start, end)
  // Every subject classifyWords returns is built for this call, so it takes the key itself (no copy: this runs
  // for every name in every sentence); as with a spread, a key already there keeps its place.
  if (subject) subject.written = text.slice(subject.mention.start, subject.mention.end)
  return subject
}

function classifyWords(text: string, tokens: readonly Token[], start: number, end: number): Subject | null {
  if (end <= start) return null
  const first = tokens[start]
  // "But the Office of Rail and Road, which regulates tolls, said": a link capitalised for opening the sentence
  // is no part of the phrase a reader took it into (readers of a plain subject skip it already); nor is the article
  // of a clergy title: "the Rev. Paul Amadi".
  if ((OPENING_LINKS.has(first.text) || clergyArticle(tokens, start)) && end - start >= 2 && tokens[start + 1].word)
    return classifyWords(text, tokens, start + 1, end)
  const mention = { start: first.start, end: tokens[end - 1].end }
  const phrase = text.slice(mention.start, mention.end)
  // "He’s claiming": the pronoun of a contraction with its auxiliary is the subject.
  // "“…,” I said": the writer, in first-person copy.
  const pronoun = PRONOUNS.has(first.lower) || first.text === FIRST_PERSON ? first.lower : contractedPronoun(first)
  if (end - start === 1 && pronoun) return pronounSubject(mention, pronoun)
  const run = nameRunEnd(tokens, start, end)
  // "Labour's Angela Rayner", "The Tories' Kemi Badenoch": the party or body owning the person is who they
  // are, no part of their name; only a known first name after the owner says a person follows it.
  const owned = ownedNameStart(tokens, start, end)
  if (owned > start) {
    const named = classifyWords(text, tokens, owned, end)
    const owner = text.slice(first.start, tokens[owned - 1].end)
    if (named?.kind === 'name' && !named.group)
      return subjectShaped({ ...named, mention, description: named.description ?? owner })
  }
  // "The Washington Post", "The Tax Policy Center": "The" before a name makes it a body's name.
  if (first.lower === 'the' && end - start >= 2 && nameRunEnd(tokens, start + 1, end) === end) {
    const words = packedMap(tokens.slice(start + 1, end), (t) => t.text)
    // "The Energy Minister, Dafydd Roberts, said": an office, not a body's name; the name beside it is who spoke.
    if (isOfficeTitle(words)) return officeDescription(mention, phrase)
    return {
      kind: 'name',
      mention,
      name: phrase,
      nameWords: words,
      description: null,
      anonymous: false,
      plural: false,
      group: true
    }
  }
  // "Mr. Grassley and Mr. Leahy", "Citizenship and Immigration Services": names joined by "and".
  // "Laredo, Texas and [explained]": an "and" with no name after it joins nothing.
  const second = run > start && tokens[run]?.lower === 'and' ? nameRunEnd(tokens, run + 1, end) : run
  const joined = second > run + 1 ? second : run
  if (joined === end && run < end) {
    const words = packedMap(
      tokens.slice(start, end).filter((t) => t.word && t.lower !== 'and' && !COURTESY_TITLES.has(t.text)),
      (t) => t.text
    )
    // Asked of the lexicon only when a word could make the run a body's (most joined runs are people's names).
    const organisation =
      isOrganisationName(words) || (mayNameBodyIn(tokens, start, end) && classifyDescription(phrase).group)
    return {
      kind: 'name',
      mention,
      name: phrase,
      nameWords: [],
      description: null,
      anonymous: false,
      plural: !organisation,
      group: organisation
    }
  }
  if (run === end) {
    // Job titles and honorifics before a full name are split off: "Councillor Marcus Delaney" → "Marcus Delaney".
    let role = -1
    for (let k = start; k < end - 1; k++) if (ROLE_WORDS.has(tokens[k].text) || HONORIFICS.has(tokens[k].text)) role = k
    const nameStart = role + 1 > start ? role + 1 : start
    const words = packedMap(
      tokens.slice(nameStart, end).filter((t) => t.word && !COURTESY_TITLES.has(t.text)),
      (t) => t.text
    )
    const multiWord = end - nameStart >= 2
    const name = multiWord ? text.slice(tokens[nameStart].start, mention.end) : phrase
    const titles = tokens.slice(start, nameStart)
    const informative = titles.some((t) => t.word && !PLAIN_COURTESY.has(t.text))
    const description = multiWord && informative ? text.slice(first.start, tokens[nameStart - 1].end) : null
    // "Bill Clinton", "Betty White": a known first name opening the name makes the word after it no
    // body's noun ("bill", "white"); a word naming an organisation still does ("Bill Hale Foundation").
    const person = words.length >= 2 && isKnownFirstName(words[0])
    const group = (!person && namedByBodyNoun(tokens, start, end, phrase)) || isOrganisationName(words)
    return { kind: 'name', mention, name, nameWords: words, description, anonymous: false, plural: false, group }
  }
  // "Ann Hale and former Mayor Tom Reyes": both people, not the last alone (titled-pairs.ts). "New figures from
  // Ofgem", "A Quinnipiac University poll released Tuesday": the owner, or the document alone.
  const pairOrDocument = titledPair(text, tokens, start, end) ?? documentSubject(text, tokens, start, end)
  if (pairOrDocument) return pairOrDocument
  const office = officeHolder(text, tokens, start, run, end)
  if (office) return office
  // "Former Secretary of State and party leader Ann Hale": an office before "of", a person's name closing the phrase.
  const titled = ROLE_WORDS.has(tokens[run - 1]?.text ?? '') && trailingNameStart(tokens, start, end) > run + 1
  if (run > start && run < end && NAME_PREPOSITIONS.has(tokens[run].lower) && !titled) {
    // "Figures from the Department for Education", "Analysts at Cornwall Insight": a noun capitalised only for
    // opening the sentence is no name; the document's owner, or the whole description, is who claims, also when
    // more than a name follows the link ("Members of the conservative Freedom Caucus", not "Members").
    if (run === start + 1 && openingNoun(tokens, start)) {
      if (namedComplement(tokens, run + 1, end)) return ownerOrDescription(text, tokens, start, end)
      const whole = openingDescription(text, tokens, start, end)
      if (whole) return whole
    }
    // "Jane Doe of the interior ministry": the name, then who she is.
    const named = classifyPhrase(text, tokens, start, run)
    if (named?.kind === 'name')
      return subjectShaped({ ...named, description: text.slice(tokens[run].start, mention.end) })
  }
  // "Democratic candidates Ann Lee and Bo Park": both people the role is said of, not the last one alone.
  const single = trailingNameStart(tokens, start, end)
  const trailing = single > start ? single : trailingPairStart(tokens, start, end)
  if (trailing > start) {
    // "farmer Aissata Traore", "Malian army spokesman Souleymane Dembele": role, then the name.
    // "Consumer group Fair Water Kestrel": a group noun in the role makes the name an organisation's.
    const named = classifyPhrase(text, tokens, trailing, end)
    if (named?.kind === 'name') {
      const role = text.slice(first.start, tokens[trailing - 1].end)
      const roleKind = classifyDescription(role)
      const group = named.group || (roleKind.group && !roleKind.person)
      return subjectShaped({ ...named, description: named.description ?? role, group })
    }
  }
  const words = tokens.slice(start, end).filter((t) => t.word)
  if (words.length === 0 || words.some((t) => t.lower === 'that' || t.lower === 'it')) return null
  if (!maySaySomeone(tokens, start, end, phrase)) return null
  const kind = classifyDescription(phrase)
  if (!kind.person && !kind.group && !kind.anonymous) return null
  // "…, regulator says": a headline drops the article; the one noun means "the regulator", and is named so.
  const bare =
    words.length === 1 &&
    phrase === first.lower &&
    isKnownNoun(phrase) &&
    !/s$/u.test(phrase) &&
    !PLURALS_WITHOUT_S.has(phrase)
  return descriptionSubject(
    mention,
    bare ? `the ${phrase}` : phrase,
    kind.anonymous,
    kind.plural,
    kind.group && !kind.person
  )
}

export function descriptionSubject(
  mention: TextRange,
  name: string,
  anonymous: boolean,
  plural: boolean,
  group: boolean
): Subject {
  const it: Subject = { kind: 'description', mention, name, nameWords: [], description: null, anonymous, plural, group }
  it.written = undefined // after the eight keys, as classifyPhrase adds it: one hidden class (withWritten says why)
  return it
}

/**
 * "Secretary of State John F. Kerry", "Former Secretary of State Ann Hale" (not "Former Secretary"): up to two words,
 * a role word, "of", the office, then the name (its last two words, three with an initial), the rest its description.
 */
function officeHolder(text: string, tokens: readonly Token[], start: number, run: number, end: number): Subject | null {
  const role = run > start && run - start <= 3 && ROLE_WORDS.has(tokens[run - 1].text)
  if (!role || tokens[run]?.lower !== 'of') return null
  if (nameRunEnd(tokens, run + 1, end) !== end || end - (run + 1) < 3) return null
  const initial = end - 3 > run + 1 && /^\p{Lu}\.$/u.test(tokens[end - 2].text)
  const nameStart = end - (initial ? 3 : 2)
  const named = classifyWords(text, tokens, nameStart, end)
  if (named?.kind !== 'name') return null
  const mention = { start: tokens[start].start, end: tokens[end - 1].end }
  return subjectShaped({ ...named, mention, description: text.slice(tokens[start].start, tokens[nameStart - 1].end) })
}

/** The office as a person's description: one person, not a body. */
function officeDescription(mention: TextRange, phrase: string): Subject {
  return descriptionSubject(mention, phrase, classifyDescription(phrase).anonymous, false, false)
}
