/**
 * Readers of the phrase a claimant verb hangs on when the usual subject reader (subject-before.ts) finds
 * none: a pronoun, a relative pronoun's antecedent, the sentence's opening subject, or the plain noun phrase
 * before the verb ("new fundraising reports show"). The subject after a clause opener ("While Ramos said …")
 * and a coordinated verb's ("Obama met … and said") are read in coordinated-subjects.ts, the people an -ing
 * form is said of ("groups supporting the levy") in ing-subjects.ts, a relative "that"'s antecedent in
 * relative-that-subjects.ts.
 */
import { isCapitalised, tokenOf, type Token } from './tokens'
import type { TextRange } from './sentences'
import { cueAt } from './speech-cues'
import { claimantCueAt } from './claimant-cues'
import { MAX_OPENING_TOKENS, openingPhraseEnd } from './opening-phrase-ends'
import { classifyPhrase, type Subject, subjectShaped } from './subjects'
import { nameRunEnd } from './name-runs'
import { nounForPeople as holds, plausible, possessor } from './claimant-plausibility'
import { dashBefore } from './subject-asides'
import { isPeoplePlural } from './phrase-subjects'
import { writtenSubject } from './written-subjects'
import { subjectAfterOpener } from './claimant-subject-trims'

/** Pronouns that can stand for a claimant met earlier; "I", "we" and "you" speak only inside quotes. */
const CLAIMANT_PRONOUNS = new Set(['he', 'she', 'they', 'it'])
/** "he’s", "they’ve", "she'd": a pronoun with an auxiliary attached. */
const CONTRACTED_PRONOUN = /^(he|she|they|it)['’](?:s|ve|d|re|ll)$/u

/** Words opening a clause before its subject: "While Ramos said …", "… which officials said will …". */
// prettier-ignore
export const CLAUSE_OPENERS = new Set([
  'while', 'when', 'as', 'because', 'although', 'though', 'since', 'if', 'whereas', 'but', 'and', 'so', 'yet',
  'which', 'that', 'what', 'where', 'whom', 'after', 'before', 'until', 'unless', 'once'
])
/** Words joining a second verb to the sentence's subject: "Obama met the families and said …". */
export const COORDINATORS = new Set(['and', 'but'])

// prettier-ignore
export const SENTENCE_OPENERS = new Set([
  'but', 'and', 'so', 'yet', 'still', 'however', 'meanwhile', 'now', 'also', 'then'
])

/** Words that open a sentence with an adverbial before its subject: "In London, …", "After the vote, …". */
// prettier-ignore
export const ADVERBIAL_OPENERS = new Set([
  'in', 'on', 'at', 'after', 'before', 'during', 'for', 'with', 'by', 'since', 'when', 'while', 'as', 'although',
  'though', 'despite', 'following', 'like', 'unlike', 'under', 'over', 'last', 'earlier', 'later', 'still', 'yet',
  'once', 'throughout', 'having', 'amid', 'among', 'across', 'within', 'until', 'because', 'if', 'without', 'upon',
  'against', 'between', 'given', 'whether', 'from', 'back'
])

/**
 * The words from the last break to the verb, read as one noun phrase: "The reports show", "new
 * fundraising reports show", where a word spelt like a speech verb stopped the usual reading.
 */
export function phraseBefore(text: string, tokens: readonly Token[], end: number): Subject | null {
  let start = end
  while (start > 0 && end - start < MAX_OPENING_TOKENS && tokens[start - 1].word) start--
  if (start > 0 && tokens[start - 1].word) return null
  // "In March the union argued": an opening adverbial with no comma after it is no part of the subject.
  const opened = start < end ? subjectAfterOpener(tokens, start, end) : -1
  if (opened > 0) start = opened
  while (start < end && CLAUSE_OPENERS.has(tokens[start].lower)) start++
  const phrase = start < end ? classifyPhrase(text, tokens, start, end) : null
  return phrase && plausible(text, phrase) ? phrase : null
}

/** Where the words right before `end` start, at most MAX_OPENING_TOKENS of them. */
function wordsBackFrom(tokens: readonly Token[], end: number): number {
  let start = end
  while (start > 0 && end - start < MAX_OPENING_TOKENS && tokens[start - 1].word) start--
  return start
}

/** The antecedent of "who"/"which" at token `k`, named where the pronoun stands. */
export function relativeSubject(text: string, tokens: readonly Token[], k: number): Subject | null {
  // "Monsanto, which" and "Ruth Hale - who" (or "--"): a dash opens the relative clause as a comma does.
  const dash = dashBefore(tokens, k)
  const end = dash >= 0 ? dash : k > 0 && tokens[k - 1].text === ',' ? k - 1 : k
  const start = wordsBackFrom(tokens, end)
  const antecedent = relativeAntecedent(text, tokens, k, start, end)
  if (!antecedent || antecedent.kind === 'pronoun') return null
  return subjectShaped({ ...antecedent, mention: { start: tokens[k].start, end: tokens[k].end } })
}

/**
 * The antecedent of the relative at `k` in the words from `start` to `end` before it: a name, else a description.
 * The readings are in three functions, not one, for V8's sake: relativeSubject runs some 200 times a pass over 300
 * articles, and as one function of 600 bytes of bytecode it was first optimised in a timed pass of news-speed (a
 * 30-60 ms compile); each of the three stays below the count of bytes run at which V8 optimises it.
 */
function relativeAntecedent(text: string, tokens: readonly Token[], k: number, start: number, end: number) {
  const who = tokens[k].lower === 'who'
  // "… letters from those who said …": after a preposition the demonstrative is the whole antecedent, no one a later
  // "they" stands for ("a majority of those who", "voters and those who" are read whole, below).
  if (who && end === k && tokens[k - 1]?.lower === 'those' && THOSE_AFTER.has(tokens[k - 2]?.lower ?? ''))
    return writtenSubject(text, tokens[k - 1], { plural: false, group: false })
  let nameStart = end
  while (nameStart > start && isCapitalised(tokens[nameStart - 1])) nameStart--
  if (nameStart < end) {
    const person = who ? personBeforeOf(tokens, start, nameStart) : null
    const named = classifyPhrase(text, tokens, person?.start ?? nameStart, person?.end ?? end)
    if (named) return named
  }
  return describedAntecedent(text, tokens, k, start, end, who)
}

/** The antecedent of a relative read as a description, when no name stands right before it. */
function describedAntecedent(
  text: string,
  tokens: readonly Token[],
  k: number,
  start: number,
  end: number,
  who: boolean
): Subject | null {
  let antecedent: Subject | null = null
  if (clauseBeforeHead(tokens, start, end)) antecedent = headPhrase(text, tokens, start, end, who)
  if (!antecedent) {
    const phrase = classifyPhrase(text, tokens, start, end)
    antecedent = phrase && plausible(text, phrase) ? phrase : null
  }
  antecedent ??= headPhrase(text, tokens, start, end, who)
  // Only a restrictive "who": after a comma the relative is an aside, and the sentence's own reading ("That irritated
  // Ashton councillors, who had backed …": irritated) comes first.
  if (!antecedent && who && end === k) antecedent = nearestPeople(text, tokens, end)
  return antecedent
}

/** Prepositions after which "those who" is read alone: "letters from those who said", "among those who". */
const THOSE_AFTER = new Set(['from', 'among', 'to', 'with', 'by', 'for', 'between', 'against'])

/**
 * The person a "who" after "Senator Ruth Hale of Oregon, who" or "Ada Nash of the Pilots Union, who" stands for: the
 * name before "of", the place or body after it (the name run starting at `nameStart`) saying where they are from.
 * The token range of that name, or null when no name stands before "of". ("the Bank of Harbourton, which" is a
 * body named whole, left to the name reading.)
 */
function personBeforeOf(tokens: readonly Token[], start: number, nameStart: number): TextRange | null {
  let of = nameStart - 1
  if (tokens[of]?.lower === 'the') of--
  if (of - 1 < start || tokens[of].lower !== 'of' || !isCapitalised(tokens[of - 1])) return null
  let owner = of - 1
  while (owner > start && isCapitalised(tokens[owner - 1])) owner--
  return { start: owner, end: of }
}

/** Words that end a noun phrase read back from its head: "the quarter of [Democratic caucus voters] who". */
// prettier-ignore
export const PHRASE_BREAKS = new Set([
  'the', 'a', 'an', 'of', 'with', 'for', 'to', 'in', 'on', 'at', 'by', 'from', 'and', 'or', 'as', 'than', 'among',
  'including', 'like', 'is', 'are', 'was', 'were'
])

/**
 * The noun phrase just before a relative pronoun when its head is a noun for people or bodies:
 * "idealists who wanted …", "Democratic caucus voters who identify …" (the words before it being no
 * part of the antecedent). Before "who" a plural agent noun is one too ("drew criticism from dockers, who say"),
 * as "who" names people; before "which" it may be a thing ("the numbers, which").
 */
function headPhrase(text: string, tokens: readonly Token[], start: number, end: number, who: boolean): Subject | null {
  let s = end
  while (s > start && !PHRASE_BREAKS.has(tokens[s - 1].lower)) s--
  if (s === end) return null
  if (holds(tokens[end - 1].lower)) return classifyPhrase(text, tokens, s, end)
  if (who && isPeoplePlural(tokens[end - 1].lower)) {
    const mention = { start: tokens[s].start, end: tokens[end - 1].end }
    return classifyPhrase(text, tokens, s, end) ?? writtenSubject(text, mention, { plural: true, group: false })
  }
  // "critics on the left, who …", "voters in the region who …": the head before a short place or side.
  let p = s - 1
  while (p > start && PHRASE_BREAKS.has(tokens[p].lower) && !PLACE_PREPOSITIONS.has(tokens[p].lower)) p--
  if (p <= start || !PLACE_PREPOSITIONS.has(tokens[p].lower) || end - p > MAX_PLACE_TOKENS) return null
  let h = p
  while (h > start && !PHRASE_BREAKS.has(tokens[h - 1].lower)) h--
  return h < p && holds(tokens[p - 1].lower) ? classifyPhrase(text, tokens, h, end) : null
}
/** Prepositions of a place or side after an antecedent's head noun. */
const PLACE_PREPOSITIONS = new Set(['on', 'in', 'from', 'at', 'across', 'around'])
/** Longest place after the head, in tokens: "on the far left". */
const MAX_PLACE_TOKENS = 5

/**
 * "Ruiz met the ferry union, which said …", "the recommendations of a hearing officer who …": the words before the
 * antecedent's own noun phrase are a clause or another noun's phrase, not part of who the relative stands for, so the
 * antecedent is the phrase after the last break ("the", "of", "from"). Not so when the break joins two nouns for the
 * same people ("current and former officials who") or hangs a body on a person ("an adviser to the Cruz campaign who",
 * "officials in the Merkel government who"): the phrase is read whole, as before.
 */
function clauseBeforeHead(tokens: readonly Token[], start: number, end: number): boolean {
  let s = end
  while (s > start && !PHRASE_BREAKS.has(tokens[s - 1].lower)) s--
  if (s <= start + 1 || s === end) return false
  let p = s - 1
  while (p > start && PHRASE_BREAKS.has(tokens[p].lower)) {
    if (NOUN_JOINERS.has(tokens[p].lower)) return false
    p--
  }
  return !PHRASE_BREAKS.has(tokens[p].lower) && !holds(tokens[p].lower)
}
/** Breaks that join nouns for the same people: "current and former officials". */
export const NOUN_JOINERS = new Set(['and', 'or'])

/** The subject opening the sentence (after "In London," and the like), for a participle hung on its clause. */
export function openingSubject(text: string, tokens: readonly Token[], limit: number): Subject | null {
  let s = 0
  while (s < limit && (!tokens[s].word || SENTENCE_OPENERS.has(tokens[s].lower))) s++
  if (s < limit && (ADVERBIAL_OPENERS.has(tokens[s].lower) || timedClauseOpening(tokens, s, limit))) {
    const comma = tokens.findIndex((t, i) => i > s && i < limit && t.text === ',')
    if (comma < 0) return null
    s = comma + 1
  }
  if (s >= limit) return null
  const pronoun = pronounAt(text, tokens[s])
  if (pronoun) return pronoun
  const run = nameRunEnd(tokens, s, limit)
  if (run > s) {
    const named = classifyPhrase(text, tokens, s, run)
    return named && plausible(text, named) ? (possessor(named) ?? named) : null
  }
  const end = openingPhraseEnd(tokens, s, limit)
  if (end === s || end >= limit) return null
  const phrase = classifyPhrase(text, tokens, s, end)
  return phrase && plausible(text, phrase) ? phrase : null
}

/** "Two weeks after", "Shortly before", "Even as": words placing a clause in time before its subordinator. */
const TIME_BEFORE_SUBORDINATOR =
  /^(?:minutes?|hours?|days?|weeks?|months?|years?|moments|shortly|soon|just|even|right)$/u
/** Words a span of time opens on: "Two weeks", "A month and a half", "Only days", "Nearly 10 years". */
const TIME_SPAN_WORDS =
  /^(?:\p{N}+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|half|and|only|nearly|about|more|than|just|minutes?|hours?|days?|weeks?|months?|years?|moments|shortly|soon|even|right)$/u
/** Subordinators a span of time can stand before: "two weeks after the mayor resigned, …". */
const TIMED_SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'when', 'as', 'once'])

/**
 * "Two weeks after the mayor resigned, Hale broke her silence by asking …": a clause opening the sentence on a
 * span of time and a subordinator is no subject; the sentence's own opens after its comma.
 */
function timedClauseOpening(tokens: readonly Token[], s: number, limit: number): boolean {
  for (let j = s; j < limit && j <= s + 5 && TIME_SPAN_WORDS.test(tokens[j].lower); j++)
    if (TIMED_SUBORDINATORS.has(tokens[j + 1]?.lower ?? '')) return TIME_BEFORE_SUBORDINATOR.test(tokens[j].lower)
  return false
}

export function pronounAt(text: string, token: Token): Subject | null {
  if (CLAIMANT_PRONOUNS.has(token.lower)) return classifyPhrase(text, [token], 0, 1)
  const contracted = CONTRACTED_PRONOUN.exec(token.lower)
  if (!contracted) return null
  const length = contracted[1].length
  const pronoun = tokenOf(token.start, token.start + length, token.text.slice(0, length), contracted[1], token.word)
  return classifyPhrase(text, [pronoun], 0, 1)
}

/** Verbs, auxiliaries and pronouns that end the noun phrase read back from "who": "has angered [ferry captains] who". */
const NOT_IN_ANTECEDENT =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|should|must|do|does|did|that|this|these|those|them|him|her|us|me|you|it|[a-z]+ed)$/u
/** Nouns of time that end no antecedent: "… elected Ruiz this year who …" is no "year" of people. */
const TIME_NOUNS = new Set(['year', 'years', 'week', 'weeks', 'month', 'months', 'day', 'days', 'time', 'night'])
/** Longest noun phrase read back from "who" when no other reading found it, in tokens: "the 40 angry ferry captains". */
const MAX_NEAREST_TOKENS = 5

/**
 * "The levy has angered 40 ferry captains who argue …": the words right before "who", back to a break, a verb or a
 * pronoun, named as the article writes them; "who" names people, whatever the lexicon knows of the noun. Not "who"
 * after a verb ("jockeying to see who can …", "asked who would …"), a question's word, nor after a time.
 */
function nearestPeople(text: string, tokens: readonly Token[], end: number): Subject | null {
  const head = tokens[end - 1]
  if (!head?.word || TIME_NOUNS.has(head.lower) || tokens[end - 2]?.lower === 'to') return null
  if (cueAt(tokens, end - 1) || claimantCueAt(tokens, end - 1)) return null
  let s = end
  while (s > 0 && end - s < MAX_NEAREST_TOKENS && tokens[s - 1].word && !NOT_IN_ANTECEDENT.test(tokens[s - 1].lower)) {
    s--
    if (PHRASE_BREAKS.has(tokens[s].lower)) break
  }
  if (s < end && PHRASE_BREAKS.has(tokens[s].lower) && !/^(?:the|a|an)$/u.test(tokens[s].lower)) s++
  if (s >= end) return null
  const mention = { start: tokens[s].start, end: head.end }
  return writtenSubject(text, mention, { plural: /s$/u.test(head.lower), group: false })
}
