/**
 * What one sentence of prose says about who speaks: the subject of its first speech verb (reported speech: "X
 * said that …", "officials told …"), else a full name opening the sentence ("Health minister Jane Doe visited
 * the ward."). Read alone, without the registry: prose-speakers.ts feeds these readings to the speaker registry in
 * step with the quotes, and tests read single sentences here.
 */
import { ownedByBody } from './it-antecedents'
import { withoutDateline } from './datelines'
import type { TextRange } from './sentences'
import { isCapitalised, sentenceTokens, type Token } from './tokens'
import { cueAt, CUE_FIRST_WORDS } from './speech-cues'
import { coordinatedSubject } from './opening-subjects'
import { nameRunEnd } from './name-runs'
import { plausibleSubject } from './subject-plausibility'
import { leadInSource } from './according-to'
import { subjectBefore } from './subject-before'
import { type Subject } from './subjects'
import { classifyDescription } from './speaker-lexicon'
import { spelledAsNoun } from './cue-nouns'
import { passiveAt } from './prose-mentions'

/** How many speech verbs in one sentence are tried for a subject, in reading order. */
const MAX_CUES = 3
/** Longest description set off by commas after a sentence-opening name. */
const MAX_APPOSITIVE_TOKENS = 30
/** Lower-case role words allowed between capitalised parts of an opening subject ("Health minister Jane Doe"). */
const MAX_ROLE_WORDS = 2
/** After a name, these start a longer subject or a phrase, not the verb: "Jane Doe and John Roe visited". */
const NOT_VERBS = new Set([
  'and',
  'or',
  'nor',
  'of',
  'in',
  'on',
  'at',
  'for',
  'from',
  'with',
  'to',
  'by',
  'as',
  'than',
  'de',
  'van',
  'von'
])

/** Mentions that are relative pronouns standing for a phrase before them. */
const RELATIVE_MENTIONS = new Set(['who', 'which'])

/** What a sentence of prose says about who speaks: the subject, and the speech cue when it is reported speech. */
export interface ProseReading {
  subject: Subject
  /** The speech verb whose subject it is; null for a name that merely opens the sentence. */
  cue: TextRange | null
}

/** The speaker candidate a sentence introduces or refers to, or null. */
export function proseSubject(text: string, range: TextRange): Subject | null {
  return readProse(text, range)?.subject ?? null
}

/** `tokens`: the sentence's sentenceTokens(), when the caller has them already. */
export function readProse(
  text: string,
  range: TextRange,
  tokens: readonly Token[] = sentenceTokens(text, range)
): ProseReading | null {
  const speech = speechSubject(text, tokens)
  if (speech) return speech
  // "CARROW, Wessex (Reuters) - Ada Okafor met …": the name opening the sentence proper, after its dateline.
  const opening = openingSubject(text, withoutDateline(tokens))
  return opening ? { subject: opening, cue: null } : null
}

/** Subject of the first speech verb that has one: "X, who chairs …, said the rise …". */
export function speechSubject(text: string, tokens: readonly Token[]): ProseReading | null {
  let tries = 0
  for (let i = 0; i < tokens.length && tries < MAX_CUES; i++) {
    // cueAt's own first test, made here: 96% of the words start no cue, and are turned away without the call.
    if (!tokens[i].word || !CUE_FIRST_WORDS.has(tokens[i].lower)) continue
    const cue = cueAt(tokens, i)
    if (!cue) continue
    // "the Paris attacks were", "a firm called Ledgerwise": spelt like a speech verb, read as a noun.
    if (cue.first === cue.last && spelledAsNoun(tokens, i, false)) continue
    const lead = cue.kind === 'lead-in'
    if (lead || (cue.kind === 'verb' && !passiveAt(tokens, i))) {
      tries++
      // "according to the ministry" names its source after the cue; a verb's subject stands before it.
      const subject = lead
        ? leadInSource(text, tokens, cue.last + 1)
        : (subjectBefore(text, tokens, i, 0) ?? coordinatedSubject(text, tokens, i))
      // "… backed by the guild, which argued …": a relative pronoun's antecedent is left to the claimant
      // reading (claimants.ts), which weighs it against the sentence's other verbs.
      if (
        subject &&
        trustworthy(subject) &&
        !RELATIVE_MENTIONS.has(text.slice(subject.mention.start, subject.mention.end).toLowerCase())
      )
        // "Its leader confirmed …": the leader of the body named just before (it-antecedents.ts).
        return {
          subject: ownedByBody(text, subject) ?? subject,
          cue: { start: tokens[cue.first].start, end: tokens[cue.last].end }
        }
    }
    i = cue.last
  }
  return null
}

/** A full name opening the sentence and followed by its verb, maybe with a description between commas. */
function openingSubject(text: string, tokens: readonly Token[]): Subject | null {
  let end = nameRunEnd(tokens, 0, tokens.length)
  if (end === 0) return null
  // "Health minister Jane Doe", "Consumer group Fair Water Kestrel": a role between capitalised parts.
  for (let k = end; k < end + MAX_ROLE_WORDS && k < tokens.length && tokens[k].word && !isCapitalised(tokens[k]); k++) {
    const after = nameRunEnd(tokens, k + 1, tokens.length)
    // Only words with a name after them may be a role: most are the opening name's verb ("Hale toured"), not asked.
    if (after === k + 1) continue
    const role = classifyDescription(
      tokens
        .slice(end, k + 1)
        .map((t) => t.text)
        .join(' ')
    )
    if (role.person || role.group) {
      end = after
      break
    }
  }
  const nameEnd = end
  // A full name takes two words, so two tokens: "Hale toured" is never read as one, and subjectBefore is not asked.
  if (nameEnd < 2) return null
  let verb = end
  if (tokens[end]?.text === ',') {
    let close = end + 1
    while (close < tokens.length && close <= end + MAX_APPOSITIVE_TOKENS && tokens[close].text !== ',') close++
    verb = close + 1
    if (tokens[close]?.text !== ',') return null
  }
  const next = tokens[verb]
  if (!next || !next.word || isCapitalised(next) || NOT_VERBS.has(next.lower)) return null
  const subject = subjectBefore(text, tokens, verb, 0)
  if (!subject || subject.kind !== 'name' || subject.group || subject.nameWords.length < 2) return null
  // The subject must be the opening name itself, not something read further back.
  return subject.mention.end === tokens[nameEnd - 1].end && trustworthy(subject) ? subject : null
}

/**
 * Prose is less careful than an attribution, so only clear candidates count: a pronoun, a name that
 * is not a possessive ("France’s lukewarm …"), or a noun phrase built on a known noun.
 */
export function trustworthy(subject: Subject): boolean {
  if (subject.kind === 'pronoun') return true
  if (!plausibleSubject(subject)) return false
  return subject.kind === 'name' ? !possessiveLast(subject.nameWords) : classifyDescription(subject.name).wellFormed
}

/** Whether a name's last word is a possessive ("Hale's"). */
function possessiveLast(nameWords: readonly string[]): boolean {
  return /['’]s$/u.test(nameWords[nameWords.length - 1] ?? '')
}
