/**
 * Who is speaking: read the subject of a speech cue from the tokens beside it.
 *
 * A subject is one of
 *  - a pronoun ("he", "they"), resolved later against the speakers met so far;
 *  - a name run ("Nicolas Barotte", "George W. Bush", "French President Emmanuel Macron"), maybe with
 *    an appositive description ("Nicolas Barotte, the defense correspondent for …");
 *  - a description ("one source in the French military", "officials", "the ministry").
 * Name runs are capitalised words with the usual lower-case particles (de, van, al-) between them.
 */
import type { TextRange } from './sentences'
import { isCapitalised, type Token } from './tokens'
import { cueAt, isVerbAdverb, lastCueIn } from './speech-cues'
import {
  classifyDescription,
  COURTESY_TITLES,
  HONORIFICS,
  isKnownNoun,
  isOrganisationName,
  NOT_NAMES,
  PLAIN_COURTESY,
  ROLE_WORDS
} from './speaker-lexicon'
import { contractedPronoun, pronounSubject, relativeSubject } from './subject-links'
import { ownerBeforeRole, placeAfterRoleName, relativeClauseAt } from './inverted-subjects'
import { gapStart, titleStart } from './subject-gaps'
import { isKnownFirstName } from './gender'

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

/** An age before a name, written as one hyphenated word: "81-year-old", "6-month-old". */
const AGE = /^\p{N}+-(?:year|month|week)s?-old$/u
/** Longest aside in brackets skipped between a subject and its verb: "(R-Ga.)", "(pictured)". */
const MAX_ASIDE_TOKENS = 8
/** Longest subject we accept, in tokens: attribution subjects are short. */
const MAX_SUBJECT_TOKENS = 14
/**
 * Longest description set off by commas before the verb: "Dr Amara Whitfield, a water engineer at
 * Coastal Institute of Technology who has studied treatment plants in the region, said" (16 words).
 * The commas bound it, so it may be longer than a bare subject.
 */
const MAX_APPOSITIVE_TOKENS = 40
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'ibn',
  'al',
  'el',
  'le',
  'la',
  'du',
  'dos',
  'das',
  'ter',
  'ten',
  'y'
])
const NAME_PREPOSITIONS = new Set(['of', 'at', 'from', 'for', 'with'])
/** Words after which a capitalised run is a place or body, not the speaker's name. */
const ROLE_LEADS_BLOCKED = new Set([
  'of',
  'at',
  'from',
  'for',
  'with',
  'in',
  'on',
  'to',
  'by',
  'the',
  'a',
  'an',
  'and',
  'or',
  'near',
  'inside',
  'outside',
  'around',
  'about',
  'across',
  'over',
  'under',
  'between',
  'into',
  'through',
  'against',
  'among',
  'toward',
  'towards',
  'during',
  'after',
  'before',
  'than',
  'like',
  'per',
  'via',
  'within',
  'without',
  'beyond',
  'behind',
  'along'
])
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whose', 'whom'])
/** Determiners opening a description a relative pronoun refers to: "the ministry, which". */
const DETERMINERS = new Set(['the', 'a', 'an'])
/** Longest such description, in words: "the state's election commission". */
const MAX_DESCRIPTION_WORDS = 5
/** Relative pronouns that may be the subject of the verb right after them. */
const SUBJECT_RELATIVES = new Set(['who', 'which'])
/** Relative pronouns that may be the object of the clause's verb, its subject following: "which the mayor said". */
const OBJECT_RELATIVES = new Set(['which', 'whom'])
/** Words opening a sentence before its subject: "But a city official said", "Meanwhile, the ministry said". */
const SENTENCE_LINKS = new Set([
  'both',
  'but',
  'and',
  'so',
  'yet',
  'still',
  'however',
  'meanwhile',
  'now',
  'also',
  'then',
  'instead',
  'indeed',
  'separately',
  'earlier',
  'later'
])
/**
 * Words opening a subordinate clause or an absolute phrase before its subject: "when she said",
 * "as one employee told the paper", "because they said", "with the union calling it …".
 */
// prettier-ignore
const SUBORDINATORS = new Set([
  'when', 'as', 'because', 'if', 'while', 'after', 'before', 'since', 'though', 'although', 'once', 'until',
  'whereas', 'with', 'where'
])
const PRONOUNS = new Set(['he', 'she', 'they', 'it'])
const QUOTE_MARKS = new Set(['“', '”', '"', '«', '»', '„', '‘', '’'])
/** The writer speaking of themself: a subject like "he", resolved to the writer (speakers.ts). */
const FIRST_PERSON = 'I'
const CLAUSE_BREAKS = new Set([
  ',',
  ':',
  ';',
  '.',
  '—',
  '–',
  '(',
  ')',
  '[',
  ']',
  '“',
  '”',
  '"',
  '«',
  '»',
  '„',
  '!',
  '?'
])

const isLowerWord = (t: Token | undefined): boolean => t !== undefined && t.word && !isCapitalised(t)
const isBreak = (t: Token): boolean => !t.word && CLAUSE_BREAKS.has(t.text)

/** End (exclusive) of the name run starting at token `i`, or `i` when no name starts there. */
export function nameRunEnd(tokens: readonly Token[], i: number, limit: number): number {
  const first = tokens[i]
  if (!first || !isNameToken(first) || NOT_NAMES.has(first.text)) return i
  let j = i + 1
  while (j < limit) {
    const t = tokens[j]
    if (isNameToken(t)) j++
    else if (t.word && NAME_PARTICLES.has(t.lower) && j + 1 < limit && isNameToken(tokens[j + 1])) j += 2
    else break
  }
  return j
}

/**
 * Start of a name of two or more words closing the phrase after a role noun, or `start` when there
 * is none. After a preposition or determiner it is a place or an organisation ("an official at Le
 * Figaro"), not the speaker's name.
 */
function trailingNameStart(tokens: readonly Token[], start: number, end: number): number {
  let k = end
  while (k > start && (isNameToken(tokens[k - 1]) || tokens[k - 1].text === '-')) k--
  while (k < end && NOT_NAMES.has(tokens[k].text)) k++
  if (end - k < 2 || k <= start) return start
  const before = tokens[k - 1]
  if (!before.word || ROLE_LEADS_BLOCKED.has(before.lower)) return start
  // "310,000 homes around Kestrel Bay": a figure means a clause, not a role before a name; an age does
  // not ("81-year-old Tom Reyes", "the 35-year-old Ruth Hale").
  for (let r = start; r < k; r++) if (/\p{N}/u.test(tokens[r].text) && !AGE.test(tokens[r].text)) return start
  return nameRunEnd(tokens, k, end) === end ? k : start
}

function isNameToken(t: Token): boolean {
  return isCapitalised(t) || (t.word && /^(?:al|el|bin|ibn)-\p{Lu}/u.test(t.text))
}

/** Subject written before the cue at `cue`, no earlier than token `floor`: "Barotte wrote", "Jane Doe, the mayor, said". */
export function subjectBefore(text: string, tokens: readonly Token[], cue: number, floor: number): Subject | null {
  let end = cue
  // "Cruz himself later said", "Hale last week told": adverbs, reflexives and phrases of time, in any order.
  for (let before = -1; before !== end;) {
    before = end
    while (end > floor && isVerbAdverb(tokens[end - 1])) end--
    end = gapStart(tokens, end, floor)
  }
  // "Gov. Ruth Hale (D-Ore.), said": a comma after the aside closes nothing.
  if (end - 1 > floor && tokens[end - 1].text === ',' && tokens[end - 2].text === ')') end--
  // "Sen. Ruth Hale (D-Ore.) said": a party and state, or any short aside, between the name and the verb.
  end = beforeAside(tokens, end, floor)
  if (end <= floor) return null
  // "Tom Reyes, the author of “Tides,” said": the appositive's comma stands inside the title's closing mark.
  const title = end - 2 > floor && tokens[end - 2].text === ',' ? titleStart(tokens, end - 1, floor) : -1
  if (tokens[end - 1].text === ',' || title > floor) {
    // Appositive: "Jane Doe, the mayor of Springfield, said".
    const descEnd = title > floor ? end : end - 1
    let comma = title > floor ? title - 1 : descEnd - 1
    // "Mitch Hale, R-Ky., said": the full stop of an abbreviation before the comma ends nothing.
    const abbreviation = (k: number): boolean => tokens[k].text === '.' && tokens[k + 1]?.text === ','
    while (comma > floor && tokens[comma].text !== ',') {
      // A title in quotation marks is read past whole: its marks and commas close nothing.
      const opening = titleStart(tokens, comma, floor)
      if (opening > floor) comma = opening - 1
      else if (isBreak(tokens[comma]) && !abbreviation(comma)) break
      else comma--
    }
    if (comma <= floor || tokens[comma].text !== ',') return null
    // "Rep. Jim Hale (R-Ohio), a panel member, said": the aside sits between the name and its description.
    const nameEnd = beforeAside(tokens, comma, floor)
    const name = phraseBack(tokens, nameEnd, floor)
    if (name === null) return null
    const subject = classifyPhrase(text, tokens, name, nameEnd)
    if (subject?.kind === 'name')
      return withDescription(subject, text, tokens, comma + 1, descEnd, MAX_APPOSITIVE_TOKENS)
    // "The commander, Ibrahim Toure, told": the role first, the name in apposition.
    const named = subject?.kind === 'description' ? classifyPhrase(text, tokens, comma + 1, descEnd) : null
    if (named?.kind === 'name' && subject) return { ...named, description: named.description ?? subject.name }
    // "The commander, who spoke by phone, said": a relative clause between subject and verb.
    if (subject && RELATIVE_PRONOUNS.has(tokens[comma + 1]?.lower ?? '')) return subject
    // "Tom Berg, the mayor of Leeds, a city in the north, said": a name before two descriptions.
    if (subject?.kind === 'pronoun') return null
    // "The two senators, both Republicans, said", "Local officials, including the mayor, said": with no name
    // before, a description built on a known noun keeps its aside, as a name does; not a clause opening on a
    // participle ("Boasting 108,000 residents who …, [with …,] called"). An aside that is itself a cue ("The
    // ministry, in a statement, described") is left to that cue's reading.
    const aside = cueAt(tokens, comma + 1) !== null
    const described = subject?.kind === 'description' && !aside && describes(subject) ? subject : null
    return namedBeforeCommas(text, tokens, comma, descEnd, floor) ?? described
  }
  // "A few days ago in an interview with the network he blasted …": a subject pronoun right before the
  // verb is its subject, however long the phrase before it.
  const last = tokens[end - 1].text
  if ((PRONOUNS.has(last) || last === FIRST_PERSON) && leadsToPronoun(tokens, end - 1, floor))
    return classifyPhrase(text, tokens, end - 1, end)
  const start = phraseBack(tokens, end, floor)
  // "… by an explosion that Mayor Bill de Blasio described": past a long clause, a name right before the verb.
  if (start === null) return trailingName(text, tokens, Math.max(floor, end - MAX_SUBJECT_TOKENS), end)
  let subjectStart = start
  // "… the committee, which met on Monday, said" is not a subject; a relative clause means the subject lies earlier.
  // "The Harbour Police, which on Friday reported": the relative pronoun is, and refers back;
  // "the letter, which the mayor said was …": the words after it are.
  if (RELATIVE_PRONOUNS.has(tokens[start].lower))
    return (
      relativeSubject(tokens, start, end, (at) => antecedentBefore(text, tokens, at, floor)) ??
      (OBJECT_RELATIVES.has(tokens[start].lower) ? classifyPhrase(text, tokens, start + 1, end) : null)
    )
  // "… turned to the Harbour Police Department which reported": a relative pronoun without a comma.
  const relative = tokens[end - 1].word && SUBJECT_RELATIVES.has(tokens[end - 1].lower) ? end - 1 : -1
  const related =
    relative > start ? relativeSubject(tokens, relative, end, (at) => antecedentBefore(text, tokens, at, floor)) : null
  if (related) return related
  while (subjectStart < end && !tokens[subjectStart].word) subjectStart++
  // "The crowd cheered when she said": the verb's subject follows the last subordinator.
  for (let k = end - 2; k > subjectStart; k--)
    if (SUBORDINATORS.has(tokens[k].lower) && tokens[k].lower !== 'with') {
      subjectStart = k + 1
      break
    }
  while (
    subjectStart + 1 < end &&
    (SENTENCE_LINKS.has(tokens[subjectStart].lower) || SUBORDINATORS.has(tokens[subjectStart].lower))
  )
    subjectStart++
  if (subjectStart >= end) return null
  subjectStart = relativeClauseStart(tokens, subjectStart, end)
  const subject = classifyPhrase(text, tokens, subjectStart, end)
  if (subject && (subject.kind !== 'description' || classifyDescription(subject.name).wellFormed)) return subject
  return trailingName(text, tokens, subjectStart, end) ?? subject
}

/** A description built on a known noun that opens like a noun phrase, not on a participle ("Boasting …"). */
function describes(subject: Subject): boolean {
  return (
    classifyDescription(subject.name).wellFormed && plausibleSubject(subject) && !OPENING_PARTICIPLE.test(subject.name)
  )
}
const OPENING_PARTICIPLE = /^\p{Lu}\p{Ll}+ing\s/u

/** Words after which "the" or "a" goes on the same phrase: "head of the union", "all the members". */
// prettier-ignore
const BEFORE_INNER_DETERMINER = new Set([
  'of', 'and', 'or', 'all', 'both', 'half', 'twice', 'by', 'to', 'for', 'with', 'from', 'in', 'on', 'at', 'as', 'like',
  'about', 'than', 'among', 'including', 'into', 'over', 'under', 'against', 'between', 'without', 'within', 'not',
  'if', 'whether', 'that', 'when', 'while', 'because', 'so', 'but', 'since', 'though', 'although', 'where', 'what',
  'how', 'why', 'once', 'until', 'unless', 'after', 'before', 'during', 'is', 'are', 'was', 'were', 'be', 'been'
])

/**
 * "…, work the authority expects to take", "jobs the union says will go": a lone noun opening the
 * phrase before "the" or "a" heads a relative clause without "that" and is no part of its subject,
 * which begins at the determiner.
 */
function relativeClauseStart(tokens: readonly Token[], start: number, end: number): number {
  const noun = tokens[start]
  // Only a phrase standing on its own, after a comma or opening the sentence: "both oppose a formula called".
  if (start > 0 && tokens[start - 1].text !== ',') return start
  if (start + 2 >= end || !DETERMINERS.has(tokens[start + 1].lower)) return start
  if (!noun.word || noun.text !== noun.lower || BEFORE_INNER_DETERMINER.has(noun.lower)) return start
  // "creating a commission", "chose the plan": a verb form before the determiner takes it as its object.
  return /(?:ed|ing)$/u.test(noun.lower) || /\p{N}/u.test(noun.text) ? start : start + 1
}

/**
 * The phrase a relative pronoun at token `at` refers to: a name with its descriptions between
 * commas ("Tom Berg, now the council leader, who"), else the name right before it ("Harbour Police
 * Department" in "the Harbour Police Department, which"), else a short description opened by a determiner ("the ministry, which").
 */
function antecedentBefore(text: string, tokens: readonly Token[], at: number, floor: number): Subject | null {
  const end = tokens[at - 1]?.text === ',' ? at - 1 : at
  if (end <= floor) return null
  if (end < at) {
    const described = subjectBefore(text, tokens, at, floor)
    if (described?.kind === 'name') return described
  }
  let start = end
  while (start > floor && isNameToken(tokens[start - 1]) && end - start < MAX_SUBJECT_TOKENS) start--
  if (start < end && !NOT_NAMES.has(tokens[start].text)) {
    const named = classifyPhrase(text, tokens, start, end)
    return named?.kind === 'name' ? named : null
  }
  for (let s = end - 1; s >= floor && end - s <= MAX_DESCRIPTION_WORDS; s--) {
    if (!tokens[s].word) return null
    // "critics who say": a bare plural noun is a description of its own.
    const bare = s === end - 1 && classifyDescription(tokens[s].text).plural
    if (!bare && !DETERMINERS.has(tokens[s].lower)) continue
    const described = classifyPhrase(text, tokens, s, end)
    return described && classifyDescription(described.name).wellFormed ? described : null
  }
  return null
}

/** Words opening a reported clause: a pronoun after them belongs to the speech of a verb before. */
const COMPLEMENTIZERS = new Set(['that', 'whether', 'if', 'because'])

/**
 * True when the words before the pronoun at `at` are a phrase leading into its clause ("In an
 * interview on Monday he said"), not the reported speech of an earlier verb ("She added that she
 * thinks", "He said, however, that he hopes"), where the earlier verb's subject is the speaker.
 */
function leadsToPronoun(tokens: readonly Token[], at: number, floor: number): boolean {
  for (let k = at - 1; k >= floor; k--) {
    const t = tokens[k]
    if (cueAt(tokens, k) || COMPLEMENTIZERS.has(t.lower)) return false
    if (isBreak(t)) return true
  }
  return true
}

/** Where a short bracketed aside ending at `end` begins ("(D-Ore.)", "(pictured)"), else `end`. */
function beforeAside(tokens: readonly Token[], end: number, floor: number): number {
  if (end <= floor || tokens[end - 1].text !== ')') return end
  let open = end - 2
  while (open > floor && open >= end - MAX_ASIDE_TOKENS && tokens[open].text !== '(') open--
  return open > floor && tokens[open].text === '(' ? open : end
}

/**
 * A name before several commas: "Donna Reyes, 59, of Ashton, Md., who watched from the Mall, said",
 * "President Obama, opening the museum on Saturday, said". The segments between the name and the
 * verb are its description, as long as they stay within MAX_APPOSITIVE_TOKENS.
 */
function namedBeforeCommas(
  text: string,
  tokens: readonly Token[],
  comma: number,
  descEnd: number,
  floor: number
): Subject | null {
  for (let at = comma; at > floor && descEnd - at <= MAX_APPOSITIVE_TOKENS;) {
    let previous = at - 1
    while (previous > floor && tokens[previous].text !== ',' && !isBreak(tokens[previous])) previous--
    const start = previous > floor || (previous === floor && tokens[floor].text === ',') ? previous + 1 : floor
    const subject = at - start <= MAX_SUBJECT_TOKENS ? classifyPhrase(text, tokens, start, at) : null
    // A surname alone only where the sentence opens on it: "Clinton, 35, the daughter of …, said".
    if (subject?.kind === 'name' && (subject.nameWords.length >= 2 || (start === floor && !subject.group)))
      return withDescription(subject, text, tokens, at + 1, descEnd, MAX_APPOSITIVE_TOKENS)
    if (previous <= floor || tokens[previous].text !== ',') return null
    at = previous
  }
  return null
}

/**
 * "In a meeting with the editorial board Trump said": when the words before the verb are no
 * subject as a whole, a name standing right before the verb is, after a lower-case word.
 */
function trailingName(text: string, tokens: readonly Token[], start: number, end: number): Subject | null {
  let k = end
  // "Bill de Blasio": a particle between two parts of the name.
  const particle = (i: number): boolean =>
    NAME_PARTICLES.has(tokens[i].lower) && i > start && isNameToken(tokens[i - 1])
  while (k > start && (isNameToken(tokens[k - 1]) || (k < end && particle(k - 1)))) k--
  if (k === end || k === start || !tokens[k - 1].word || isCapitalised(tokens[k - 1]) || NOT_NAMES.has(tokens[k].text))
    return null
  if (ROLE_LEADS_BLOCKED.has(tokens[k - 1].lower) && tokens[k - 1].lower !== 'in') return null
  return classifyPhrase(text, tokens, k, end)
}

function phraseBack(tokens: readonly Token[], end: number, floor: number): number | null {
  let start = end
  while (start > floor && !isBreak(tokens[start - 1]) && !cueAt(tokens, start - 1)) start--
  if (end - start > MAX_SUBJECT_TOKENS || start === end) return null
  return start
}

/** Subject written after the cue (inverted order): "wrote Nicolas Barotte, the defense correspondent …". */
export function subjectAfter(text: string, tokens: readonly Token[], from: number, limit: number): Subject | null {
  let i = from
  if (tokens[i]?.text === ',') i++
  if (i >= limit || !tokens[i].word) return null
  if (PRONOUNS.has(tokens[i].text)) return classifyPhrase(text, tokens, i, i + 1)
  const run = nameRunEnd(tokens, i, limit)
  if (run > i) {
    // "said Hale’s deputy campaign manager, Rich Beeson": an owner's name opens a description.
    const owned = ownerBeforeRole(tokens, run) ? descriptionAfter(text, tokens, i, limit) : null
    if (owned) return owned
    const subject = classifyPhrase(text, tokens, i, run)
    if (subject && tokens[run]?.text === ',' && tokens[run + 1]?.word && !cueAt(tokens, run + 1)) {
      return withDescription(subject, text, tokens, run + 1, clauseEnd(tokens, run + 1, limit))
    }
    return subject
  }
  return descriptionAfter(text, tokens, i, limit)
}

/** A subject after the cue that does not open on a name: "the minister of defence, Jane Doe", "a data analyst who …". */
function descriptionAfter(text: string, tokens: readonly Token[], i: number, limit: number): Subject | null {
  const clause = clauseEnd(tokens, i, limit)
  const relative = relativeClauseAt(tokens, i, clause)
  // A short relative clause is part of the description ("two officials who declined to be named").
  const whole =
    clause - i <= MAX_SUBJECT_TOKENS && relative !== clause - 1
      ? (classifyPhrase(text, tokens, i, clause) ?? roleNameBeforePlace(text, tokens, i, clause))
      : null
  let end = clause
  let subject = whole
  if (!whole && relative < clause) {
    // "said a longtime data analyst who has worked for one of …": the noun phrase ends where its relative
    // clause starts, and the clause describes it.
    end = relative
    if (end - i > MAX_SUBJECT_TOKENS) return null
    subject = classifyPhrase(text, tokens, i, end) ?? roleNameBeforePlace(text, tokens, i, end)
    if (subject) return withDescription(subject, text, tokens, end, clause)
  }
  if (end - i > MAX_SUBJECT_TOKENS) return null
  if (subject?.kind !== 'description') return subject
  // "said the minister of defence, Jane Doe." — the name follows the role.
  if (tokens[end]?.text === ',') {
    const nameEnd = nameRunEnd(tokens, end + 1, limit)
    if (nameEnd > end + 1 && (nameEnd >= limit || isBreak(tokens[nameEnd]))) {
      const named = classifyPhrase(text, tokens, end + 1, nameEnd)
      if (named?.kind === 'name') return { ...named, description: subject.name }
    }
  }
  return subject
}

/** "voter Ana Ruiz of Derry": the role and the name, read without where she is from. */
function roleNameBeforePlace(text: string, tokens: readonly Token[], from: number, end: number): Subject | null {
  const place = placeAfterRoleName(tokens, from, end)
  const named = place > 0 ? classifyPhrase(text, tokens, from, place) : null
  return named?.kind === 'name' ? named : null
}

function clauseEnd(tokens: readonly Token[], from: number, limit: number): number {
  let j = from
  while (j < limit && !isBreak(tokens[j]) && !(j > from && cueAt(tokens, j)?.kind === 'verb')) j++
  return j
}

/**
 * Give a name the description in apposition to it. A noun phrase replaces a title split off the
 * name ("Dr Amara Whitfield, a water engineer …" → "a water engineer …"); a relative clause says
 * less, so the title stays in front ("Councillor Marcus Delaney, who chairs …" → "Councillor, who chairs …").
 */
function withDescription(
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
  return { ...subject, description, group: subject.group || (!relative && extra.group && !extra.person) }
}

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
  const mention = { start: first.start, end: tokens[end - 1].end }
  const phrase = text.slice(mention.start, mention.end)
  // "He’s claiming": the pronoun of a contraction with its auxiliary is the subject.
  // "“…,” I said": the writer, in first-person copy.
  const pronoun = PRONOUNS.has(first.lower) || first.text === FIRST_PERSON ? first.lower : contractedPronoun(first)
  if (end - start === 1 && pronoun) return pronounSubject(mention, pronoun)
  const run = nameRunEnd(tokens, start, end)
  // "The Washington Post", "The Tax Policy Center": "The" before a name makes it a body's name.
  if (first.lower === 'the' && end - start >= 2 && nameRunEnd(tokens, start + 1, end) === end) {
    const words = tokens.slice(start + 1, end).map((t) => t.text)
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
    const words = tokens
      .slice(start, end)
      .filter((t) => t.word && t.lower !== 'and' && !COURTESY_TITLES.has(t.text))
      .map((t) => t.text)
    const organisation = isOrganisationName(words) || classifyDescription(phrase).group
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
    const words = tokens
      .slice(nameStart, end)
      .filter((t) => t.word && !COURTESY_TITLES.has(t.text))
      .map((t) => t.text)
    const multiWord = end - nameStart >= 2
    const name = multiWord ? text.slice(tokens[nameStart].start, mention.end) : phrase
    const titles = tokens.slice(start, nameStart)
    const informative = titles.some((t) => t.word && !PLAIN_COURTESY.has(t.text))
    const description = multiWord && informative ? text.slice(first.start, tokens[nameStart - 1].end) : null
    const kind = classifyDescription(phrase)
    // "Bill Clinton", "Betty White": a known first name opening the name makes the word after it no
    // body's noun ("bill", "white"); a word naming an organisation still does ("Bill Hale Foundation").
    const person = words.length >= 2 && isKnownFirstName(words[0])
    const group = (kind.group && !kind.person && !person) || isOrganisationName(words)
    return { kind: 'name', mention, name, nameWords: words, description, anonymous: false, plural: false, group }
  }
  const office = officeHolder(text, tokens, start, run, end)
  if (office) return office
  if (run > start && run < end && NAME_PREPOSITIONS.has(tokens[run].lower)) {
    // "Jane Doe of the interior ministry": the name, then who she is.
    const named = classifyPhrase(text, tokens, start, run)
    if (named?.kind === 'name') return { ...named, description: text.slice(tokens[run].start, mention.end) }
  }
  const trailing = trailingNameStart(tokens, start, end)
  if (trailing > start) {
    // "farmer Aissata Traore", "Malian army spokesman Souleymane Dembele": role, then the name.
    // "Consumer group Fair Water Kestrel": a group noun in the role makes the name an organisation's.
    const named = classifyPhrase(text, tokens, trailing, end)
    const role = text.slice(first.start, tokens[trailing - 1].end)
    const roleKind = classifyDescription(role)
    const group = named?.group === true || (roleKind.group && !roleKind.person)
    if (named?.kind === 'name') return { ...named, description: named.description ?? role, group }
  }
  const words = tokens.slice(start, end).filter((t) => t.word)
  if (words.length === 0 || words.some((t) => t.lower === 'that' || t.lower === 'it')) return null
  const kind = classifyDescription(phrase)
  if (!kind.person && !kind.group && !kind.anonymous) return null
  return {
    kind: 'description',
    mention,
    name: phrase,
    nameWords: [],
    description: null,
    anonymous: kind.anonymous,
    plural: kind.plural,
    group: kind.group && !kind.person
  }
}

/**
 * "Secretary of State John F. Kerry", "Governor of Oregon Ruth Hale": a role word, "of" and the office,
 * then the name (its last two words, three with a middle initial), the role and office its description.
 */
function officeHolder(text: string, tokens: readonly Token[], start: number, run: number, end: number): Subject | null {
  if (run !== start + 1 || !ROLE_WORDS.has(tokens[start].text) || tokens[run]?.lower !== 'of') return null
  if (nameRunEnd(tokens, run + 1, end) !== end || end - (run + 1) < 3) return null
  const initial = end - 3 > run + 1 && /^\p{Lu}\.$/u.test(tokens[end - 2].text)
  const nameStart = end - (initial ? 3 : 2)
  const named = classifyWords(text, tokens, nameStart, end)
  if (named?.kind !== 'name') return null
  const mention = { start: tokens[start].start, end: tokens[end - 1].end }
  return { ...named, mention, description: text.slice(tokens[start].start, tokens[nameStart - 1].end) }
}

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
const LEADING_PREPOSITIONS = new Set(['of', 'to', 'by', 'on', 'in', 'at', 'for', 'from', 'as', 'into'])

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

/** Words joining a second verb to the sentence's subject: "Schultz backed the plan, and said …". */
const COORDINATORS = new Set(['and', 'but'])

/**
 * The subject opening the sentence, for a verb coordinated with its first one: "The mayor
 * criticised the plan and said …", "He backed the bill but warned …". Tokens start at the sentence.
 */
export function coordinatedSubject(text: string, tokens: readonly Token[], cue: number): Subject | null {
  let k = cue - 1
  while (k > 0 && isVerbAdverb(tokens[k])) k--
  if (k <= 0 || !COORDINATORS.has(tokens[k].lower)) return null
  let clause = k - 1
  while (clause > 0 && !isBreak(tokens[clause - 1])) clause--
  // "When her mother mentioned it, I laughed and said …": a verb of saying in an earlier clause is not
  // the one coordinated; the subject opening this clause is.
  const earlier = lastCueIn(tokens, 0, k)
  const opening = clause > 0 && earlier && earlier.first < clause ? openingSubjectOf(text, tokens, clause, k) : null
  if (opening) return opening
  // "In an interview, the senator criticised the plan and said …": the first verb's subject.
  if (earlier && earlier.kind === 'verb') {
    const subject = subjectBefore(text, tokens, earlier.first, 0)
    if (subject) return subject
  }
  // The clause holding the first verb ("With help from X, the actor held … and asked"), else the sentence.
  return (clause > 0 ? openingSubjectOf(text, tokens, clause, k) : null) ?? openingSubjectOf(text, tokens, 0, k)
}

/** True when ", who" or ", which" follows at token `at` (before `k`): a relative clause on the words before. */
function relativeAfter(tokens: readonly Token[], at: number, k: number): boolean {
  return at + 1 < k && tokens[at].text === ',' && SUBJECT_RELATIVES.has(tokens[at + 1].lower)
}

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
  // The name must be followed by its verb: "Hastily, …" and "WASHINGTON —" are no subjects. A relative
  // clause may come between: "Ruth Hale, who spoke to the board, did not name the mayor but told …".
  if (end > first)
    return isLowerWord(tokens[end]) || relativeAfter(tokens, end, k) ? classifyPhrase(text, tokens, first, end) : null
  // "The Harbour Council on Friday made …": a body's name after "The".
  if (tokens[first].lower === 'the') {
    const body = nameRunEnd(tokens, first + 1, k)
    const named =
      body > first + 1 && body < k && isLowerWord(tokens[body]) ? classifyPhrase(text, tokens, first, body) : null
    // "The Wisconsin Republican" describes a person: the description reading below keeps it one.
    if (named && !classifyDescription(named.name).person) return named
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
