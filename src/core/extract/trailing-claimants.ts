/**
 * An attribution closing the sentence after a comma claims everything before it, whatever cues that
 * holds: the article puts the whole sentence in that source's mouth (docs/FORMAT.md, the outer one).
 *
 *   Organisers added 160 stewards along the route, the Herald reported.   → the Herald
 *   The mayor backs the levy, which she calls fair, a spokesman said Monday. → a spokesman
 *   Rents will rise, said Ana Ruiz, an economist at the bank.               → Ana Ruiz
 *   The board cut 40 jobs in 2019, as the Herald reported.                   → the Herald
 *
 * Only a speech verb counts ("said", "reported", "told reporters"), with nothing after it but a time
 * or a place ("on Monday", "in a statement"): "…, though she conceded it would cost jobs" goes on to
 * a clause of its own and is the second of two claims side by side, not the outer one.
 *
 * Also here, as they read the same opening subject: a closing "it said" or "she said" with no one met before
 * and a possessive pronoun owning a noun of saying ("Sanders is lending his support to …"); a body's own
 * document ("…, its accounts show") is own-documents.ts.
 */
import type { TextRange } from './sentences'
import { isCapitalised, wordsEnd, type Token } from './tokens'
import { cueAt } from './speech-cues'
import { knowledgeCueAt } from './knowledge-cues'
import { spelledAsNoun } from './cue-nouns'
import { participleWithBy } from './passive-agents'
import { classifyPhrase, type Subject, subjectShaped } from './subjects'
import { body, openingBody, pluralBody } from './opening-nouns'
import { openingSubjectOf } from './opening-subjects'
import { openingSubject } from './claimant-subject-readers'
import { SENTENCE_LINKS, stateAbbreviationAt, SUBORDINATORS } from './subject-words'
import { asideStart } from './subject-asides'
import { closingDocument } from './own-documents'
import { leadInSource } from './according-to'
import { subjectBefore } from './subject-before'
import { phraseSubject } from './phrase-subjects'
import { plausible } from './claimant-plausibility'
import { classifyDescription, isKnownNoun } from './speaker-lexicon'
import { genderOf, pronounGender, type Gender } from './gender'

/** Longest attribution after the comma, in tokens: "a spokesman for the port authority said on Monday". */
const MAX_TAIL_TOKENS = 14
/** Longest tail after the comma when its verb is inverted: "said an official who was briefed on …". */
const MAX_INVERTED_TAIL_TOKENS = 24
/** Commas looked back over from the end: ", said Ana Ruiz, an economist" puts the cue before the last one. */
const MAX_COMMAS = 2
/** Longest stretch after the verb when it is a time or a place: "in a statement on Monday night". */
const MAX_AFTER_VERB_TOKENS = 7

/** Longest object of "told" closing the sentence: "told the Harbour Herald". */
const MAX_TOLD_OBJECT_TOKENS = 4

/** Words opening what may follow the verb: a time, a place, the channel. */
// prettier-ignore
const AFTER_VERB_OPENERS = new Set([
  'on', 'in', 'at', 'during', 'last', 'this', 'earlier', 'later', 'late', 'yesterday', 'today', 'tonight', 'recently',
  'previously', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'by', 'via', 'after',
  'before', 'told', 'to', 'when', 'while', 'through', 'from', 'over', 'under'
])
/** Words after the comma that open a clause of its own: "…, though she conceded …", "…, which she said …". */
// prettier-ignore
const CLAUSE_OPENERS = new Set([
  'though', 'although', 'while', 'whereas', 'but', 'and', 'or', 'so', 'yet', 'as', 'because', 'since', 'if', 'when',
  'which', 'who', 'whom', 'whose', 'that', 'where', 'after', 'before', 'until', 'unless', 'even', 'including',
  // "…, something that Trump mocked.": the clause before, summed up, with a reaction to it, as after "which"
  'something'
])

export interface TrailingAttribution {
  subject: Subject
  cue: TextRange
}

/** A lower-case -ing form opening the phrase after a comma: "citing", "quoting", "pointing to". */
const PARTICIPLE_TAIL = /^[a-z]{2,}ing$/u
/** Words in -ing that open a noun phrase instead: "…, nothing the mayor disputed", "…, polling shows". */
// prettier-ignore
const ING_NOUNS = new Set([
  'nothing', 'anything', 'everything', 'morning', 'evening', 'meeting', 'building', 'ruling', 'funding', 'spending',
  'polling', 'hearing', 'briefing', 'finding', 'thing', 'king', 'spring', 'string', 'wording'
])

/** The attribution closing the sentence after a comma, or null. */
export function trailingAttribution(text: string, tokens: readonly Token[]): TrailingAttribution | null {
  // "…, county election records show.": a document's finding closing the sentence (own-documents.ts).
  const end = wordsEnd(tokens)
  const document = closingDocument(text, tokens, end)
  if (document) return document
  let commas = 0
  let placed = false
  for (let c = end - 1; c > 0 && end - c <= MAX_INVERTED_TAIL_TOKENS && commas < MAX_COMMAS; c--) {
    if (tokens[c].text !== ',') continue
    // "…, Mr. Pavlov, now retired in Eugene, Ore., said": the commas around a state's abbreviation belong to the place,
    // which describes the subject at length as a relative clause does.
    if (stateAbbreviationAt(tokens, c + 1) || (tokens[c - 1].text === '.' && stateAbbreviationAt(tokens, c - 2))) {
      placed = true
      continue
    }
    commas++
    // "…, said an official who was briefed on the talks and spoke on condition of anonymity": only an inverted
    // verb's subject, described at length, runs past the usual tail.
    if (end - c > MAX_TAIL_TOKENS && !cueAt(tokens, c + 1)?.invertible && !placed) continue
    // "…, as the Herald reported.": the source the clause before is told on, as "As the Herald reported, …" is.
    if (tokens[c + 1]?.lower === 'as' && tokens[c + 2]?.word) return asReported(text, tokens, c + 1, end)
    if (CLAUSE_OPENERS.has(tokens[c + 1]?.lower ?? '')) return null
    // "…, she said, citing Treasury estimates.": a participle's phrase says how the clause's speaker spoke; its
    // words ("Treasury estimates") are an object, not a subject and its verb. The attribution is before it.
    const next = tokens[c + 1]?.text ?? ''
    if (PARTICIPLE_TAIL.test(next) && !ING_NOUNS.has(next)) continue
    const found = attributionAfter(text, tokens, c, end)
    if (found) return found
  }
  return null
}

/** "…, the Herald reported", "…, said Ana Ruiz": the cue in tokens (c, end) with its subject after the comma. */
function attributionAfter(text: string, tokens: readonly Token[], c: number, end: number): TrailingAttribution | null {
  for (let j = c + 1; j < end; j++) {
    const speech = cueAt(tokens, j)
    // "…, the Courier understands.": a newsroom's own knowing closes the sentence as its saying would.
    const cue = speech ?? knowledgeCueAt(tokens, j)
    if (cue?.kind !== 'verb') continue
    // "…, an analysis of council reports shows": an -s form before a verb is the noun it is spelt as.
    if (speech && cue.first === cue.last && spelledAsNoun(tokens, j, false)) continue
    const inverted = j === c + 1
    // "…, said Ana Ruiz": only the verbs that invert, with their subject closing the sentence or its clause.
    if (inverted && !cue.invertible) return null
    // "Even the port's critics, like Hale, say …": the comma closes an aside after the verb's subject; no inversion.
    if (inverted && asideStart(tokens, c) >= 0) return null
    if (!inverted && !afterVerbFits(tokens, cue.last + 1, end)) return null
    // "…, a call echoed by the pilots": a participle with "by" is said of the noun before it, which did not say it.
    if (!inverted && participleWithBy(tokens, cue.last)) return null
    const read = inverted ? leadInSource(text, tokens, j + 1) : subjectBefore(text, tokens, j, c + 1)
    // "…, said two officials who were briefed on the plan": the relative clause describes the subject named before it.
    const subject = inverted && read ? (beforeRelative(text, tokens, read) ?? read) : read
    if (!subject || subject.mention.start < tokens[c].end || !plausible(text, subject)) return null
    if (inverted && !closes(tokens, subject.mention.end, end) && !relativeTail(tokens, subject.mention.end, end))
      return null
    // "Ada Berg, 59, who watched it, said the event …": a name opening the sentence is the verb's subject. Its asides
    // may hold commas of their own ("Ada Berg, 59, of Ashton, Md., …") that the short reader stops at; a pronoun after
    // the verb ("…, said he and other pilots were …") is what was said, as a description is.
    const opening =
      inverted && (subject.kind === 'description' || subject.kind === 'pronoun')
        ? (subjectBefore(text, tokens, j, 0) ?? phraseSubject(text, tokens, j, false))
        : null
    if (opening?.kind === 'name' && opening.mention.start === tokens.find((t) => t.word)?.start) return null
    return { subject, cue: { start: tokens[cue.first].start, end: tokens[cue.last].end } }
  }
  return null
}

/**
 * Whether the subject ending at `at` closes the sentence, is followed by its description after a comma, or by a
 * short time, place or affiliation closing it: "…, said Ana Ruiz in May.", "…, said Ana Ruiz of the ferry union.".
 */
function closes(tokens: readonly Token[], at: number, end: number): boolean {
  const next = tokens.findIndex((t) => t.start >= at)
  if (next < 0 || next >= end || tokens[next].text === ',') return true
  return (tokens[next].lower === 'of' || afterVerbFits(tokens, next, end)) && endsShortly(tokens, next, end)
}

/** Relative words opening a clause that describes the subject before them: "a spokesman who asked …". */
const RELATIVE_WORDS = new Set(['who', 'that', 'whose'])

/** The subject read short of a relative clause inside it ("two officials who were briefed …" → two officials). */
function beforeRelative(text: string, tokens: readonly Token[], subject: Subject): Subject | null {
  const from = tokens.findIndex((t) => t.start >= subject.mention.start)
  const relative = tokens.findIndex((t, k) => k > from && t.end <= subject.mention.end && RELATIVE_WORDS.has(t.lower))
  return relative > from ? classifyPhrase(text, tokens, from, relative) : null
}

/** Whether a relative clause of no comma or quotation runs from offset `at` to the sentence's end. */
function relativeTail(tokens: readonly Token[], at: number, end: number): boolean {
  const next = tokens.findIndex((t) => t.start >= at)
  return (
    next >= 0 &&
    RELATIVE_WORDS.has(tokens[next].lower) &&
    !tokens.slice(next, end).some((t) => !t.word && t.text !== '-' && t.text !== '’' && t.text !== "'")
  )
}

/** Whether tokens[from, end) are a short phrase of no clause: no comma, no "that", at most MAX_AFTER_VERB_TOKENS. */
function endsShortly(tokens: readonly Token[], from: number, end: number): boolean {
  return (
    end - from <= MAX_AFTER_VERB_TOKENS && !tokens.slice(from, end).some((t) => t.text === ',' || t.lower === 'that')
  )
}

/** Nothing, or a short time or place, after the verb: "said on Monday", "reported in a statement". */
function afterVerbFits(tokens: readonly Token[], from: number, end: number): boolean {
  if (from >= end) return true
  if (end - from > MAX_AFTER_VERB_TOKENS) return false
  // "…, a spokesman told reporters": whom it was said to.
  if (/^(?:told|tells|tell)$/u.test(tokens[from - 1].lower) && end - from <= MAX_TOLD_OBJECT_TOKENS) return true
  return AFTER_VERB_OPENERS.has(tokens[from].lower) && !tokens.slice(from, end).some((t) => t.lower === 'that')
}

/**
 * "The operator carried 1.2 million passengers last year, it said.": a closing "it" or "they" with no one
 * met before to refer to stands for the sentence's own subject when that subject is a body (an
 * organisation, a council, a ministry), and "Nadia Osei cut 300 jobs, she said." a closing "he" or "she" for
 * its own person; the claimant is the subject as named, its mention the pronoun at the cue. Null when the
 * pronoun is another word, or the opening subject is a pronoun or not of the pronoun's kind (a person under
 * "it", a body or a woman under "he").
 */
export function ownSubjectFor(text: string, tokens: readonly Token[], trailing: TrailingAttribution): Subject | null {
  const pronoun = trailing.subject
  if (pronoun.kind !== 'pronoun') return null
  const comma = tokens.findLastIndex((t) => t.text === ',' && t.end <= pronoun.mention.start)
  if (comma <= 0) return null
  const opening = openingSubjectOf(text, tokens, 0, comma)
  if (pronoun.name === 'he' || pronoun.name === 'she') {
    if (
      !opening ||
      !person(opening) ||
      genderOf(opening.written ?? opening.name, opening.description) === other(pronoun)
    )
      return null
    return subjectShaped({ ...opening, mention: pronoun.mention })
  }
  if (pronoun.name !== 'it' && pronoun.name !== 'they') return null
  const own = opening && body(opening) ? opening : openingBody(text, tokens, comma)
  if (!own || own.kind === 'pronoun' || !body(own)) return null
  // "it" is one body; "they" may be one ("the council … they said") or several ("the ministries").
  return pronoun.name === 'it' && pluralBody(own) ? null : subjectShaped({ ...own, mention: pronoun.mention })
}

/**
 * "Sanders is lending his support to …", "The unions renewed their call for …": a possessive pronoun owning a
 * noun of saying inside its sentence stands for the sentence's own subject when that subject can be what the
 * pronoun names ("his" or "her" a person the pronoun's gender does not rule out, "its" a body, "their" a body or
 * several): English binds such a pronoun to its clause's subject before anyone met earlier. That subject is
 * returned as the sentence names it ("Trump’s aversion to … his opposition": Trump’s). `free` when the
 * pronoun opens the sentence ("His criticism of …") or the sentence opens on a pronoun ("He stepped up his
 * attacks"): it is resolved as it stands. `unbound` when the sentence's subject is none the pronoun can name
 * or none is read ("The spot links his support for …"): whose words they are is not in the sentence. A subject
 * pronoun (`owned` false: "a fight it expects to last") is bound only to a subject read strictly before its verb.
 */
export function pronounBinding(
  text: string,
  tokens: readonly Token[],
  owner: Subject,
  noSubject: (opening: Subject) => boolean,
  owned = true
): Subject | 'free' | 'unbound' {
  const at = tokens.findIndex((t) => t.start === owner.mention.start)
  if (owner.kind !== 'pronoun' || at < 0 || !tokens.slice(0, at).some((t) => t.word && !SENTENCE_LINKS.has(t.lower)))
    return 'free'
  // "As the unions met, they proposed …": the subject after a subordinator opening the sentence.
  const first = tokens.findIndex((t) => t.word && !SENTENCE_LINKS.has(t.lower))
  const from = SUBORDINATORS.has(tokens[first]?.lower ?? '') ? first + 1 : 0
  const opening = openingSubjectOf(text, tokens, from, at) ?? (owned ? openingSubject(text, tokens, at) : null)
  // "Even the day after …": a word capitalised for opening the sentence (`noSubject`) is not read as its subject.
  if (!opening || opening.kind === 'pronoun' || noSubject(opening) || !plausible(text, opening)) return 'free'
  // "Democratic front-runner Hillary Clinton …", "The Clinton campaign …": a name read short of its noun is a
  // modifier, not the subject; the pronoun is resolved as it stands.
  const at2 = tokens.findIndex((t) => t.start >= opening.mention.end)
  const next = tokens[at2]
  const modifier =
    next?.word && (isKnownNoun(next.text) || (next.text === next.lower && isCapitalised(tokens[at2 + 1])))
  if (opening.kind === 'name' && modifier) return 'free'
  // "You’ll see … his plans": a contraction opening the sentence is a pronoun and its verb, no name.
  if (/['’](?:ll|re|ve|d|m)$/u.test(opening.name)) return 'unbound'
  const agrees =
    owner.name === 'he' || owner.name === 'she'
      ? person(opening) && genderOf(opening.written ?? opening.name, opening.description) !== other(owner)
      : owner.name === 'it'
        ? body(opening) && !pluralBody(opening)
        : body(opening) || opening.plural
  return agrees ? opening : 'unbound'
}

/** One person named or described: "Nadia Osei", "Mrs Hale", "The finance director"; not a body or several. */
const person = (subject: Subject): boolean =>
  !subject.group &&
  !subject.plural &&
  (subject.kind === 'name' || (subject.kind === 'description' && classifyDescription(subject.name).person))
/** The gender "he" or "she" rules out. */
const other = (pronoun: Subject): Gender => (pronounGender(pronoun.name) === 'male' ? 'female' : 'male')

/** Forms of "be" before a participle: "…, as it was called" names something, no one says it. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])
/** What may follow the verb of a closing "as …" clause: a time or the medium ("on Monday", "in a statement"). */
const AS_TAIL_OPENERS = new Set(['on', 'in', 'last', 'earlier', 'this', 'at', 'yesterday', 'today', 'recently'])

/**
 * "…, as police have said.", "…, as the Herald reported on Monday.": a closing "as" clause that is only a subject and
 * its verb of saying, a time at most after it; not "…, as it was called" (a name given), nor "…, as rival Ruiz
 * continues to gain support" (a clause of its own).
 */
function asReported(text: string, tokens: readonly Token[], as: number, end: number): TrailingAttribution | null {
  const found = attributionAfter(text, tokens, as, end)
  if (!found) return null
  const first = tokens.findIndex((t) => t.start >= found.cue.start)
  const after = tokens.findIndex((t) => t.start >= found.cue.end)
  if (BE_FORMS.has(tokens[first - 1]?.lower ?? '')) return null
  return after < 0 || after >= end || AS_TAIL_OPENERS.has(tokens[after].lower) ? found : null
}
