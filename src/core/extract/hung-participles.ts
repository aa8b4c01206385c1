/**
 * The subject of the clause a participle after a comma hangs on: "The mayor hit back on Tuesday, accusing the
 * council of …", "Reyes turned to the budget, but Hale brought him back, asking …" (Hale: the clause after "but"),
 * "This year, she came to the defence of …, saying …" (past the time), "Former mayor Ruth Hale on Monday hit the
 * trail, calling …" (the name after its role), "the other councillor, former mayor Ruth Hale, drew a contrast,
 * saying …" (the name in apposition). When none is read here, the sentence's opening subject as before. The word
 * another -ing form takes its subject from (the spender's, a participle's before "and", a medium's maker) is read in
 * ing-hosts.ts.
 */
import { isCapitalised, type Token } from './tokens'
import { stateAbbreviationAt } from './subject-words'
import { classifyPhrase, type Subject, subjectShaped } from './subjects'
import { classifyDescription, isKnownNoun } from './speaker-lexicon'
import { nameRunEnd } from './name-runs'
import { plausible, possessor } from './claimant-plausibility'
import { ADVERBIAL_OPENERS, openingSubject, pronounAt, SENTENCE_OPENERS } from './claimant-subject-readers'

/** Most openers read past before the subject: "The day before, at a meeting in Leeds, Hale …". */
const MAX_OPENERS = 3
/** Longest opener before its comma, in tokens: "After the vote in the harbour hall on Friday". */
const MAX_OPENER_TOKENS = 14
/** Longest subject read, in tokens: "The harbour union’s general secretary". */
const MAX_HEAD_TOKENS = 8

/** The subject of the clause the participle after the comma at token `k` hangs on. */
export function hungSubject(text: string, tokens: readonly Token[], k: number): Subject | null {
  const clause = coordinatedClause(tokens, k)
  const coordinated = clause > 0 ? clauseSubject(text, tokens, clause, k) : null
  const subject = coordinated ?? clauseSubject(text, tokens, 0, k) ?? openingSubject(text, tokens, k)
  if (!subject || !mute(subject)) return subject
  // "The row erupted after the mayor entered the race with harsh words, calling them thieves": a happening says
  // nothing; the participle is the subject's of the clause after "after", "when" … if one stands before it.
  const j = tokens.findLastIndex((t, i) => i < k && t.start >= subject.mention.end && SUBORDINATORS.has(t.lower))
  const subordinate = j > 0 ? clauseSubject(text, tokens, j + 1, k) : null
  return subordinate && !mute(subordinate) ? subordinate : null
}

/** Words opening a clause set after the main one, whose subject a hung participle may be about. */
const SUBORDINATORS = new Set(['after', 'when', 'as', 'because', 'since', 'before', 'until', 'while'])

/**
 * Nouns for a happening or a state of affairs: "The row erupted …", "The picture was grim …". Written from general
 * English usage; the lexicon leaves many nouns for people unknown ("owners", "tycoon"), so only these are turned away.
 */
// prettier-ignore
const HAPPENINGS = new Set([
  'row', 'fracas', 'spat', 'feud', 'clash', 'dispute', 'controversy', 'uproar', 'furor', 'furore', 'outcry', 'scandal',
  'episode', 'incident', 'fight', 'battle', 'brawl', 'standoff', 'stand-off', 'exchange', 'flap', 'kerfuffle',
  'picture', 'outcome', 'situation', 'mood', 'trend', 'shift', 'rise', 'fall', 'drop', 'decline', 'surge', 'slide',
  'stakes'
])

/** A description headed by a happening ("The row", "the whole episode"): it says nothing. */
function mute(subject: Subject): boolean {
  return subject.kind === 'description' && HAPPENINGS.has(subject.name.split(' ').at(-1)?.toLowerCase() ?? '')
}

/** Words opening a second main clause after a comma or a semicolon: "…, but Hale brought him back, asking". */
const CLAUSE_COORDINATORS = new Set(['but', 'yet'])

/** Where the last clause joined by ", but" or ";" before token `k` starts, or -1. */
function coordinatedClause(tokens: readonly Token[], k: number): number {
  for (let j = k - 2; j > 0; j--) {
    if (tokens[j].text === ';') return j + 1
    if (CLAUSE_COORDINATORS.has(tokens[j].lower) && tokens[j - 1].text === ',') return j + 1
  }
  return -1
}

/** Focus words before a subject: "And even Hale tried …" ("both" and "all" are part of it: "Both parents"). */
const FOCUS = new Set(['even', 'only', 'just', 'also'])

/** Words naming a stretch of time, which make a short phrase before a comma a time: "This year,", "The day before,". */
// prettier-ignore
const TIME_WORDS = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'morning', 'afternoon', 'evening', 'night',
  'before', 'later', 'earlier', 'ago', 'weekend', 'hours', 'minutes', 'moments', 'time'
])
/** Longest such time phrase, in tokens. */
const MAX_TIME_TOKENS = 4
/** Words after an opening participle that show it is one ("Arriving at the harbour,"), not a name ("Beijing has"). */
// prettier-ignore
const PARTICIPLE_FOLLOWERS = new Set([
  'at', 'upon', 'on', 'in', 'to', 'from', 'with', 'after', 'before', 'about', 'for', 'by', 'the', 'a', 'an', 'his',
  'her', 'their', 'its', 'back', 'out', 'up', 'through', 'into', 'over', 'under'
])
/** Prepositions whose phrase may run into the subject without a comma: "By Sunday afternoon she had …". */
const RUN_ON_OPENERS = new Set(['by', 'in', 'on', 'at', 'during', 'throughout', 'within', 'last', 'earlier', 'later'])
/** Most words between such a preposition and the pronoun it runs into. */
const MAX_RUN_ON_WORDS = 4

/** Whether tokens [s, comma) open the clause as an adverbial to read past: a preposition, a participle, a time. */
function isOpener(tokens: readonly Token[], s: number, comma: number): boolean {
  const word = tokens[s]
  if (ADVERBIAL_OPENERS.has(word.lower)) return true
  if (/^[a-z]{3,}(?:ing|ed)$/u.test(word.lower) && PARTICIPLE_FOLLOWERS.has(tokens[s + 1]?.lower ?? '')) return true
  if (comma - s > MAX_TIME_TOKENS) return false
  const words = tokens.slice(s, comma)
  return words.every((t) => t.word) && words.some((t) => TIME_WORDS.has(t.lower))
}

/** The subject of the clause opening at token `from`, read past its links, focus words and openers. */
function clauseSubject(text: string, tokens: readonly Token[], from: number, k: number): Subject | null {
  let s = from
  for (let openers = 0; ; openers++) {
    while (s < k && (!tokens[s].word || SENTENCE_OPENERS.has(tokens[s].lower) || FOCUS.has(tokens[s].lower))) s++
    if (s >= k) return null
    const comma = tokens.findIndex((t, i) => i > s && i < k && t.text === ',')
    // "By Sunday afternoon she had cancelled a rally in Kestrel Bay, Wis., citing": the pronoun after the phrase,
    // however far the first comma.
    const runOn = RUN_ON_OPENERS.has(tokens[s].lower) ? runOnPronoun(text, tokens, s, comma < 0 ? k : comma) : null
    if (runOn) return runOn
    // "at a rally in Beaumont, Tex., Mr. Trump was …": a state closing the place of the opener before.
    const state = openers > 0 && comma === s + 2 && stateAbbreviationAt(tokens, s)
    if (comma < 0 || comma - s > MAX_OPENER_TOKENS || !(state || isOpener(tokens, s, comma))) break
    if (openers >= MAX_OPENERS) return null
    s = comma + 1
  }
  const pronoun = pronounAt(text, tokens[s])
  if (pronoun) return pronoun
  const end = headEnd(tokens, s, k)
  const head = end > s ? classifyPhrase(text, tokens, s, end) : null
  // "the other councillor on the panel, former mayor Ruth Hale, drew", "Hale’s deputy, Tom Reyes, threw": the name
  // in apposition after a description, described by it; a name's own aside ("Lindsey Graham, R-S.C.,") is not one.
  const owned = head?.kind === 'name' && /['’]s?$/u.test(tokens[end - 1].text)
  const named =
    head?.kind !== 'name' || owned ? appositiveName(text, tokens, s, end > s ? end : s + 1, k, end > s) : null
  if (named) return named
  if (!head || !plausible(text, head)) return null
  return possessor(head) ?? head
}

/** A subject pronoun among the first words after a preposition opening tokens [s, comma) and before its verb. */
function runOnPronoun(text: string, tokens: readonly Token[], s: number, comma: number): Subject | null {
  for (let j = s + 1; j < comma && j - s <= MAX_RUN_ON_WORDS + 1; j++) {
    const pronoun = pronounAt(text, tokens[j])
    if (pronoun && tokens[j + 1]?.word && !isCapitalised(tokens[j + 1])) return pronoun
  }
  return null
}

/**
 * Where the subject opening at `s` ends: a name run followed by its verb ("Hale brought"), else a phrase ending on
 * a known noun before a word that is none ("Many unpaid volunteers [try]", "Former mayor Ruth Hale [on Monday]").
 */
function headEnd(tokens: readonly Token[], s: number, k: number): number {
  let run = nameRunEnd(tokens, s, k)
  // "Rubio and Christie -- seeking …": two names joined by "and" are one subject.
  const second = run > s && tokens[run]?.lower === 'and' ? nameRunEnd(tokens, run + 1, k) : -1
  if (second > run + 1) run = second
  // "Hale brought", "Ruth Hale was": a name and its verb; not "Former mayor" or "Hale’s deputy".
  if (run > s && !/['’]s?$/u.test(tokens[run - 1].text) && !isKnownNoun(tokens[run]?.text ?? '')) return run
  for (let e = s + 1; e <= k && e - s <= MAX_HEAD_TOKENS; e++) {
    const last = tokens[e - 1]
    if (!last.word) return -1
    // "The first taste the Mexican audience gets": a determiner inside the phrase, not after a preposition, opens
    // a clause ("of the board" is part of the phrase).
    if (e - 1 > s && INNER_DETERMINERS.has(last.lower) && !TAIL_PREPOSITIONS.has(tokens[e - 2].lower)) return -1
    const next = tokens[e]
    const nounNext = next?.word === true && (isKnownNoun(next.text) || isCapitalised(next))
    // "Former mayor Ruth Hale": a name closing a role of people; not "The Republican [nominee]", "the Mexican [crowd]".
    if (isCapitalised(last) && e > s + 1 && !nounNext && afterRole(tokens, s, e)) return e
    if (!isKnownNoun(last.text) || nounNext) continue
    // The head noun says whether the phrase names people or a body ("Hale’s deputy", "unpaid volunteers").
    const kind = classifyDescription(last.text)
    if (kind.person || kind.group) return e
  }
  return -1
}

/** Determiners that open a phrase of their own. */
const INNER_DETERMINERS = new Set(['the', 'a', 'an'])

/** Whether the capitalised run ending at `e` follows a noun for people: "mayor [Ruth Hale]", "candidate [Lee]". */
function afterRole(tokens: readonly Token[], s: number, e: number): boolean {
  let r = e - 1
  while (r > s && isCapitalised(tokens[r - 1])) r--
  return r > s && classifyDescription(tokens[r - 1].text).person
}

/** Longest name in apposition, in tokens: "former Secretary of State Hillary Clinton". */
const MAX_APPOSITIVE_NAME_TOKENS = 8
/** Prepositions opening the phrase between a head and the comma of its appositive. */
const TAIL_PREPOSITIONS = new Set(['of', 'on', 'at', 'in', 'for', 'from', 'with'])
/** Longest phrase between a head and the comma of its appositive: "on the panel". */
const MAX_HEAD_TAIL_TOKENS = 5

/**
 * "…, former mayor Ruth Hale, drew": a name between commas after the head [s, end), then a lower-case verb; the
 * words before its comma describe it. With no head read (`headed` false), any words before the comma may.
 */
function appositiveName(
  text: string,
  tokens: readonly Token[],
  s: number,
  end: number,
  k: number,
  headed: boolean
): Subject | null {
  let open = end
  while (open < k && open - end <= MAX_HEAD_TAIL_TOKENS && tokens[open].word) open++
  // Only a phrase of place or body between the head and its comma ("the other candidate on the stage, …"); not a
  // clause ("Hale stood at his pulpit in Burlington, Iowa, and …", where the commas close a place).
  if (tokens[open]?.text !== ',' || (headed && open > end && !TAIL_PREPOSITIONS.has(tokens[end].lower))) return null
  let close = open + 1
  while (close < k && close - open <= MAX_APPOSITIVE_NAME_TOKENS && tokens[close].word) close++
  if (tokens[close]?.text !== ',' || close === open + 1 || !tokens[close + 1]?.word || isCapitalised(tokens[close + 1]))
    return null
  // "former Secretary of State Hillary Clinton": a lower-case word before the office is read past.
  const lower = !isCapitalised(tokens[open + 1]) && close > open + 2
  let named = classifyPhrase(text, tokens, open + 1, close)
  if (named?.kind !== 'name' && lower) named = classifyPhrase(text, tokens, open + 2, close)
  if (named?.kind !== 'name') return null
  return subjectShaped({
    ...named,
    description: named.description ?? text.slice(tokens[s].start, tokens[open - 1].end)
  })
}
