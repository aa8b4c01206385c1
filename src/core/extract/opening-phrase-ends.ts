/**
 * Where a description opening a sentence ends, read forward from its first word: "The city council | will …",
 * "Officials in the region | warned …". openingSubject (claimant-subject-readers.ts) reads its subject this far when
 * no name or pronoun opens the sentence.
 */
import type { Token } from './tokens'
import { cueAt } from './speech-cues'
import { claimantCueAt } from './claimant-cues'
import { spelledAsNoun } from './cue-nouns'
import { STAFF_NOUNS } from './cue-noun-words'

/** Longest phrase read as a relative pronoun's antecedent or a sentence's opening subject, in tokens. */
export const MAX_OPENING_TOKENS = 8

/** Lower-case words that end an opening subject: the verb or its auxiliary. */
// prettier-ignore
const VERB_STARTS = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'did', 'does', 'do', 'may',
  'might', 'should', 'must', 'also', 'then', 'later', 'again', 'never', 'not'
])

/**
 * Where a description opening at `s` ends: before a verb, a cue or an -ed form, at most MAX_OPENING_TOKENS words. Its
 * own function because openingSubject runs only some 175 times a pass over 300 articles: with this loop in it, V8
 * first optimised it in a timed pass of news-speed (a 30 ms compile); without, it stays below the count.
 */
export function openingPhraseEnd(tokens: readonly Token[], s: number, limit: number): number {
  let end = s
  while (end < limit && end - s < MAX_OPENING_TOKENS && tokens[end].word && !VERB_STARTS.has(tokens[end].lower)) {
    if (end > s && (claimantCueAt(tokens, end) || cueAt(tokens, end) || /ed$/u.test(tokens[end].lower))) {
      if (!nounOfThePhrase(tokens, end)) break
      // "The Hale campaign sent …", "the Rubio campaign risks …": that noun is the phrase's head, the verb comes
      // next; a noun for its staff goes on ("The Hale campaign manager said").
      if (!STAFF_NOUNS.has(tokens[end + 1]?.lower ?? '')) return end + 1
    }
    end++
  }
  return end
}

/**
 * "The Hale campaign sent out a mailer … and accused …": a one-word cue spelt as a noun here ("campaign" after "The
 * Hale", before a past verb) is the phrase's own head, not its verb; the phrase goes on to the verb after it.
 */
function nounOfThePhrase(tokens: readonly Token[], i: number): boolean {
  const cue = claimantCueAt(tokens, i)
  return cue !== null && cue.first === cue.last && !cueAt(tokens, i) && spelledAsNoun(tokens, i, cue.bare)
}
