/**
 * Claimants of a speech event named by a noun after "in", the cue claimant-cues.ts calls an event:
 *
 *   In a CNN poll, she led by six points.         → the poll, a document that speaks for itself
 *   In a statement, the ministry denied …         → the ministry, the clause's own subject
 *   The ministry, in a statement on Monday, said  → the ministry, before the cue
 *
 * A poll, a survey or an audit reports its own findings, so it is the claimant when nobody else in
 * the clause is; a statement, an interview or a speech is only where someone spoke, so the claimant
 * is that someone, the subject of the clause around the phrase. The cue is the word "in" for a
 * document and the whole phrase for an event.
 */
import { isCapitalised, type Token } from './tokens'
import { classifyPhrase, type Subject } from './subjects'
import { subjectBefore } from './subject-before'
import { writtenSubject } from './written-subjects'
import { pronounAt } from './claimant-subject-readers'
import { MAX_OPENING_TOKENS } from './opening-phrase-ends'
import { averagedPolls } from './poll-names'

/** Documents that speak for themselves after "in": "in a CNN poll", "in the audit released Monday". */
// prettier-ignore
const DOCUMENT_NOUNS = new Set([
  'poll', 'polls', 'survey', 'surveys', 'study', 'report', 'analysis', 'filing', 'lawsuit', 'memo', 'ruling', 'audit',
  'census', 'data', 'average', 'averages'
])
/** Words after which a noun is no longer the head of the phrase "in" opens. */
const HEAD_ENDS = new Set(['of', 'to'])
/** Past participles that go on naming the document: "a poll released Monday", "the report issued this month". */
const DOCUMENT_PARTICIPLE_WORDS = 3

/** "In an early-October CBS poll, she led …", "… ahead in the latest poll": the document is the claimant. */
export function documentSubject(text: string, tokens: readonly Token[], cue: number): Subject | null {
  const end = joinedPhraseEnd(tokens, cue)
  let noun = cue + 1
  while (noun < end && !DOCUMENT_NOUNS.has(tokens[noun].lower)) noun++
  if (noun === end) return null
  // An op-ed, a letter or a book "in" a sentence is its writer's speech, not a document's finding.
  let last = noun
  // "in the Courier average of Leeds polls": named with the polls it averages (poll-names.ts).
  const polls = averagedPolls(tokens, noun)
  if (polls > noun) last = polls
  else if (tokens[noun + 1]?.word && /ed$/u.test(tokens[noun + 1].lower)) last = participleEnd(tokens, noun, end)
  return writtenSubject(text, { start: tokens[cue + 1].start, end: tokens[last].end }, { plural: false, group: true })
}

/**
 * The last word of the participle naming a document at tokens[noun + 1] ("a poll released Sunday"): at most
 * DOCUMENT_PARTICIPLE_WORDS words, none of them the sentence's own verb ("in a Herald poll released Sunday is …").
 */
function participleEnd(tokens: readonly Token[], noun: number, end: number): number {
  let last = noun + 1
  while (last + 1 < end && last < noun + DOCUMENT_PARTICIPLE_WORDS && !FINITE_VERBS.has(tokens[last + 1].lower)) last++
  return last
}
/** Auxiliaries and verbs of showing: the clause's own verb after a document's participle, never part of its name. */
// prettier-ignore
const FINITE_VERBS = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must',
  'does', 'did', 'shows', 'showed', 'found', 'finds', 'suggests', 'suggested'
])

/**
 * Where the phrase opened by "in" at token `cue` ends, read on past a slash joining two names ("in a Herald/Courier
 * poll": a poll by both), each part as long as inPhraseEnd allows. Apart from inPhraseEnd, which stays small.
 */
function joinedPhraseEnd(tokens: readonly Token[], cue: number): number {
  let end = inPhraseEnd(tokens, cue)
  while (tokens[end]?.text === '/') end = inPhraseEnd(tokens, end)
  return end
}

/**
 * Where the phrase opened by "in" at token `cue` ends. A function of its own, under 81 bytes of bytecode, so that V8
 * compiles it at its first tick, and documentSubject (run by the hundred a pass, most finding no document) runs too
 * few bytes of its own to be compiled late in a warm run (with this loop in it, the fourth pass).
 */
function inPhraseEnd(tokens: readonly Token[], cue: number): number {
  let end = cue + 1
  for (; end < tokens.length && end - cue <= MAX_OPENING_TOKENS; end++) {
    const token = tokens[end]
    // "in the wake of polls", "in the run-up to the report": a noun after "of" or "to" is not what "in" opens.
    if (!token.word || HEAD_ENDS.has(token.lower)) break
  }
  return end
}

/** "In a statement, the ministry denied …", "Hale, in an interview, said …": the clause's own subject. */
export function clauseSubject(text: string, tokens: readonly Token[], cue: number, last: number): Subject | null {
  // Before the cue: "The ministry, in a statement on Monday, …".
  if (cue > 0 && tokens[cue - 1].text === ',') {
    const before = subjectBefore(text, tokens, cue - 1, 0)
    if (before) return before
  }
  // After the event phrase: the first subject standing before a verb.
  for (let k = last + 1; k < tokens.length; k++) {
    if (tokens[k].text !== ',') continue
    const start = k + 1
    const pronoun = tokens[start] ? pronounAt(text, tokens[start]) : null
    if (pronoun) return pronoun
    for (let j = start + 1; j < tokens.length && j < start + 8; j++) {
      if (!tokens[j].word) break
      if (!tokens[j].word || isCapitalised(tokens[j])) continue
      const subject = classifyPhrase(text, tokens, start, j)
      return subject && subject.kind !== 'description' ? subject : null
    }
    return null
  }
  return null
}
