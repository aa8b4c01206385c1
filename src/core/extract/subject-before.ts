/**
 * The subject written before a speech cue: "Barotte wrote", "Jane Doe, the mayor, said", "Sen. Ruth Hale
 * (D-Ore.) said", "the Harbour Police, which on Friday reported". The longest reader: it walks back over
 * adverbs, asides, appositives and relative clauses to the phrase that names who spoke.
 */
import type { Token } from './tokens'
import { cueAt, isVerbAdverb } from './speech-cues'
import { NOT_NAMES } from './name-words'
import { classifyDescription } from './speaker-lexicon'
import { inscribedThat, relativeSubject } from './subject-links'
import { gapStart, reflexiveObject, titleStart } from './subject-gaps'
import { classifyAbbreviation } from './abbreviations'
import { insideRemitList, isNameToken } from './name-runs'
import { classifyPhrase, withDescription, type Subject, subjectShaped } from './subjects'
import { describes } from './subject-plausibility'
import { dashBefore, withTag } from './subject-asides'
import { subjectAfterOpener } from './claimant-subject-trims'
import {
  exampleGroup,
  groupHead,
  namedBeforeCommas,
  officeHolder,
  openingName,
  pairAfterAsides,
  trailingName
} from './subject-appositives'
import {
  DETERMINERS,
  FIRST_PERSON,
  focusWordAt,
  isBreakAt,
  MAX_APPOSITIVE_TOKENS,
  MAX_ASIDE_TOKENS,
  MAX_DESCRIPTION_WORDS,
  MAX_SUBJECT_TOKENS,
  OBJECT_RELATIVES,
  PRONOUNS,
  RELATIVE_PRONOUNS,
  SENTENCE_LINKS,
  stateAbbreviationAt,
  SUBJECT_RELATIVES,
  SUBORDINATORS
} from './subject-words'
import { zeroRelative } from './zero-relatives'
import { leadsOn } from './phrase-subjects'

/** Subject written before the cue at `cue`, no earlier than token `floor`: "Barotte wrote", "Jane Doe, the mayor, said". */
export function subjectBefore(text: string, tokens: readonly Token[], cue: number, floor: number): Subject | null {
  let end = cue
  // "Cruz himself later said", "Hale last week told": adverbs, reflexives and phrases of time, in any order.
  for (let before = -1; before !== end;) {
    before = end
    while (end > floor && isVerbAdverb(tokens[end - 1])) end--
    end = gapStart(tokens, end, floor)
  }
  // "The firm found itself criticised": a reflexive object (subject-gaps.ts); the participle has no subject.
  if (end > floor && reflexiveObject(tokens, end - 1)) return null
  // "Gov. Ruth Hale (D-Ore.), said": a comma after the aside closes nothing.
  if (end - 1 > floor && tokens[end - 1].text === ',' && tokens[end - 2].text === ')') end--
  // "Sen. Ruth Hale (D-Ore.) said": a party and state, or any short aside, between the name and the verb.
  const asideEnd = end
  end = beforeAside(tokens, end, floor)
  if (end <= floor) return null
  // "Tom Reyes, the author of “Tides,” said": the appositive's comma stands inside the title's closing mark.
  const title = end - 2 > floor && tokens[end - 2].text === ',' ? titleStart(tokens, end - 1, floor) : -1
  if (tokens[end - 1].text === ',' || title > floor) {
    // Appositive: "Jane Doe, the mayor of Springfield, said".
    const descEnd = title > floor ? end : end - 1
    let comma = title > floor ? title - 1 : descEnd - 1
    // "Mitch Hale, R-Ky., said": the full stop of an abbreviation before the comma ends nothing; nor one after a
    // title or a number's prefix inside the description ("the No. 2 Democrat", "the Rev. Tom Bell").
    const abbreviation = (k: number): boolean =>
      tokens[k].text === '.' && (tokens[k + 1]?.text === ',' || continuesAfterDot(tokens[k - 1]))
    while (comma > floor && tokens[comma].text !== ',') {
      // A title in quotation marks is read past whole: its marks and commas close nothing.
      const opening = titleStart(tokens, comma, floor)
      if (opening > floor) comma = opening - 1
      else if (isBreakAt(tokens, comma) && !abbreviation(comma)) break
      else comma--
    }
    if (comma <= floor || tokens[comma].text !== ',') return null
    // "Rep. Jim Hale (R-Ohio), a panel member, said": the aside sits between the name and its description.
    const tagStart = beforeAside(tokens, comma, floor)
    let nameEnd = tagStart
    // "Ann Hale, 59, of Ashton, Md., who watched …, said": a state's abbreviation, its full stop before the comma,
    // is part of the aside after the name opening the sentence (and is read only as that).
    const abbreviated = nameEnd - 2 > floor && stateAbbreviationAt(tokens, nameEnd - 2)
    if (abbreviated) nameEnd--
    const name = phraseBack(tokens, nameEnd, floor)
    if (name === null) return null
    // "Patients such as Margaret Doyle, 71, said": the group its one example, with an aside, illustrates.
    const examples = exampleListStart(tokens, name, nameEnd)
    if (examples > 0) return classifyPhrase(text, tokens, name, examples)
    // "Critics of the plan, like Senators Ann Lee, of Maine, and Bo Park, of Utah, say": the group, not Bo Park;
    // "Ann Lee, of Maine, and Bo Park, of Utah, say": both of them.
    const group = exampleGroup(text, tokens, name, floor) ?? pairAfterAsides(text, tokens, name, nameEnd, floor)
    if (group) return group
    // "… her leadership, who, on a call Friday, criticized": a relative pronoun, an aside in commas, then its verb.
    if (nameEnd - name === 1 && SUBJECT_RELATIVES.has(tokens[name].lower))
      return relativeSubject(tokens, name, nameEnd, (at) => antecedentBefore(text, tokens, at, floor))
    const subject = withTag(classifyPhrase(text, tokens, name, nameEnd), text, tokens, tagStart, comma)
    // "Ada Berg, who lost her job in Leeds, Yorkshire, in May, said": a name or phrase inside the commas after the
    // name opening the sentence is part of its aside; the opening name is the subject.
    const inAside = subject !== null && subject.kind !== 'pronoun' && tokens[name - 1]?.text === ','
    // "Ada Nash, the editor of the city's paper, the Herald, said": a name after the opening name's description
    // names what that description is about.
    const opening = inAside
      ? openingName(text, tokens, floor, name, subject.kind === 'description' || abbreviated)
      : null
    if (opening) return opening
    if (abbreviated) return null
    if (subject?.kind === 'name')
      return (
        officeHolder(text, tokens, name, nameEnd, comma + 1, descEnd) ??
        withDescription(subject, text, tokens, comma + 1, descEnd, MAX_APPOSITIVE_TOKENS)
      )
    // "The commander, Ibrahim Toure, told": the role first, the name in apposition.
    const named = subject?.kind === 'description' ? classifyPhrase(text, tokens, comma + 1, descEnd) : null
    if (named?.kind === 'name' && subject && !leadsOn(tokens, comma + 1, named.mention.start))
      return subjectShaped({ ...named, description: named.description ?? subject.name })
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
  const relative = SUBJECT_RELATIVES.has(tokens[end - 1].lower) || inscribedThat(tokens, end - 1) ? end - 1 : -1
  const related =
    relative > start ? relativeSubject(tokens, relative, end, (at) => antecedentBefore(text, tokens, at, floor)) : null
  if (related) return related
  while (subjectStart < end && !tokens[subjectStart].word) subjectStart++
  // "Last week the union said", "After the vote the board said": an opening adverbial with no comma after it.
  const opened = subjectAfterOpener(tokens, subjectStart, end)
  if (opened > 0) subjectStart = opened
  // "Critics such as Ruth Hale say", "Unions like the dockers argue": the group is the subject, its examples are not.
  const examples = exampleListStart(tokens, subjectStart, end)
  if (examples > 0) end = examples
  // "The crowd cheered when she said": the verb's subject follows the last subordinator.
  for (let k = end - 2; k > subjectStart; k--)
    if (SUBORDINATORS.has(tokens[k].lower) && tokens[k].lower !== 'with') {
      subjectStart = k + 1
      break
    }
  while (
    subjectStart + 1 < end &&
    (SENTENCE_LINKS.has(tokens[subjectStart].lower) ||
      SUBORDINATORS.has(tokens[subjectStart].lower) ||
      focusWordAt(tokens, subjectStart, end))
  )
    subjectStart++
  if (subjectStart >= end) return null
  subjectStart = relativeClauseStart(tokens, subjectStart, end)
  // "…, a move nurses said would add six weeks": the nurses said it, not "a move nurses" (zero-relatives.ts).
  const reporter = zeroRelative(tokens, subjectStart)
  if (reporter > 0 && reporter < end) subjectStart = reporter
  const subject = withTag(classifyPhrase(text, tokens, subjectStart, end), text, tokens, end, asideEnd)
  if (subject && (subject.kind !== 'description' || classifyDescription(subject.name).wellFormed)) return subject
  return trailingName(text, tokens, subjectStart, end) ?? subject
}

/**
 * Where an example list after a group of people starts ("critics such as Ruth Hale", "unions like the dockers",
 * "groups including the union"), or -1: the word before it must be a noun for people or bodies.
 */
function exampleListStart(tokens: readonly Token[], start: number, end: number): number {
  for (let k = start + 1; k < end - 1; k++) {
    const such = tokens[k].lower === 'such' && tokens[k + 1].lower === 'as'
    if (!such && tokens[k].lower !== 'like' && tokens[k].lower !== 'including') continue
    return groupHead(tokens[k - 1].text) ? k : -1
  }
  return -1
}

/** Words after which "the" or "a" goes on the same phrase: "head of the union", "all the members". */
// prettier-ignore
const BEFORE_INNER_DETERMINER = new Set([
  'of', 'and', 'or', 'all', 'both', 'half', 'twice', 'by', 'to', 'for', 'with', 'from', 'in', 'on', 'at', 'as', 'like',
  'about', 'than', 'among', 'including', 'into', 'over', 'under', 'against', 'between', 'without', 'within', 'not',
  'if', 'whether', 'that', 'when', 'while', 'because', 'so', 'but', 'since', 'though', 'although', 'where', 'what',
  'how', 'why', 'once', 'until', 'unless', 'after', 'before', 'during', 'is', 'are', 'was', 'were', 'be', 'been'
])

/**
 * "…, work the authority expects to take", "jobs the union says will go", "a promise the institute has called
 * 'very hard to meet'": a lone noun opening the phrase (after "a" or "an" at most) before "the" or "a" heads a
 * relative clause without "that" and is no part of its subject, which begins at the determiner.
 */
function relativeClauseStart(tokens: readonly Token[], start: number, end: number): number {
  // Only a phrase standing on its own, after a comma or opening the sentence: "both oppose a formula called".
  if (start > 0 && tokens[start - 1].text !== ',') return start
  // "…, a promise the institute has called …": the noun may have its own "a" before it.
  const article = INDEFINITE.has(tokens[start].lower) && start + 3 < end ? 1 : 0
  const noun = tokens[start + article]
  if (start + article + 2 >= end || !DETERMINERS.has(tokens[start + article + 1].lower)) return start
  if (!noun.word || noun.text !== noun.lower || BEFORE_INNER_DETERMINER.has(noun.lower)) return start
  // "creating a commission", "chose the plan": a verb form before the determiner takes it as its object.
  return /(?:ed|ing)$/u.test(noun.lower) || /\p{N}/u.test(noun.text) ? start : start + article + 1
}

/** The articles a noun heading such a relative clause may have: "a promise the institute has called". */
const INDEFINITE = new Set(['a', 'an'])

/**
 * The phrase a relative pronoun at token `at` refers to: a name with its descriptions between
 * commas ("Tom Berg, now the council leader, who"), else the name right before it ("Harbour Police
 * Department" in "the Harbour Police Department, which"), else a short description opened by a determiner ("the ministry, which").
 */
function antecedentBefore(text: string, tokens: readonly Token[], at: number, floor: number): Subject | null {
  // "Tom Berg, who" and "Tom Berg - who" (or "--"): a dash opens the relative clause as a comma does.
  const dash = dashBefore(tokens, at)
  const end = dash >= 0 ? dash : tokens[at - 1]?.text === ',' ? at - 1 : at
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
    if (isBreakAt(tokens, k)) return true
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

function phraseBack(tokens: readonly Token[], end: number, floor: number): number | null {
  let start = end
  // "The Department for Environment, Food and Rural Affairs said": a remit list's commas are inside the name.
  while (
    start > floor &&
    (!isBreakAt(tokens, start - 1) || insideRemitList(tokens, start - 1)) &&
    !cueAt(tokens, start - 1)
  )
    start--
  if (end - start > MAX_SUBJECT_TOKENS || start === end) return null
  return start
}

/** A word whose full stop marks an abbreviation the phrase goes on after: "No.", "Rev.", "Gen.", an initial. */
function continuesAfterDot(word: Token | undefined): boolean {
  const kind = word?.word ? classifyAbbreviation(word.text) : null
  return kind === 'title' || kind === 'number-prefix' || kind === 'name-continuing'
}
