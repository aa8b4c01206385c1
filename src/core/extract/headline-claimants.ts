/**
 * Headlines written in title case capitalise their verbs too, so the cue readers, which take verbs
 * only in lower case (a capitalised "Says" is usually part of a name), find nothing in them:
 *
 *   Harbour Union Backs Levy On Cruise Visitors        → Harbour Union (Backs)
 *   Port Will Need New Dredger, Okafor Says            → Okafor (Says)
 *   EXPERTS DOUBT FERRY TIMETABLE                      → EXPERTS (DOUBT)
 *
 * In a title-case sentence each word is looked up in lower case; the words from the sentence's start
 * (or the last comma) to the first cue are its claimant, when they read as a name or a short phrase
 * of capitalised words with no verb among them.
 */
import type { TextRange } from './sentences'
import { tokenOf, type Token } from './tokens'
import { cueAt } from './speech-cues'
import { claimantCueAt } from './claimant-cues'
import { classifyPhrase, type Subject } from './subjects'
import { writtenSubject } from './written-subjects'
import { packedMap } from '../packed-map'

/** Fewest words for a sentence to be judged a title-case headline. */
const MIN_HEADLINE_WORDS = 4
/** Share of the content words that must be capitalised: all of them, as running text never does. */
const MIN_CAPITALISED_SHARE = 1
/** Longest claimant phrase before the cue, in tokens ("Former Harbour Master Piet Visser"). */
const MAX_SUBJECT_TOKENS = 6
/** Short words a title-case headline may leave in lower case. */
// prettier-ignore
const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'for', 'to', 'and', 'or', 'but', 'at', 'by', 'with', 'as', 'from', 'into', 'vs'
])
/** Capitalised words that make the words before a cue a clause, not its subject. */
// prettier-ignore
const NOT_IN_SUBJECT = new Set([
  'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'must', 'do', 'does', 'did', 'not', 'after', 'before', 'as', 'when', 'while', 'if', 'why', 'how', 'what', 'who',
  'to', 'for', 'of', 'on', 'in', 'with', 'about', 'that', 'this', 'it', 'its', 'got', 'gets', 'get', 'been', 'being'
])
/** Adverbs a headline puts between its subject and its verb: "Tom Ruiz Just Said …", "Port Chief Reportedly Backs …". */
// prettier-ignore
const HEADLINE_ADVERBS = new Set([
  'just', 'now', 'also', 'still', 'finally', 'reportedly', 'again', 'already', 'never', 'quietly', 'openly'
])

/**
 * Whether the sentence is a headline in title case (or in capitals). Asked of every sentence with no
 * claimant, so running text is turned down at its first lower-case content word, and the Unicode
 * tests run only on words with letters beyond ASCII.
 */
export function isTitleCase(tokens: readonly Token[]): boolean {
  let words = 0
  let content = 0
  let capitalised = 0
  for (const t of tokens) {
    if (!t.word || !hasLetter(t.text)) continue
    words++
    if (MINOR_WORDS.has(t.lower) || t.text.length <= 3) continue
    content++
    if (startsCapitalised(t.text)) capitalised++
    // With every content word required, one in lower case settles it.
    else if (MIN_CAPITALISED_SHARE === 1) return false
  }
  if (words < MIN_HEADLINE_WORDS) return false
  return content > 0 && capitalised / content >= MIN_CAPITALISED_SHARE
}

/** /\p{L}/u, with ASCII text read by its character codes. */
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 0x20
    if (code >= 97 && code <= 122) return true
    if (text.charCodeAt(i) >= 0x80) return /\p{L}/u.test(text)
  }
  return false
}

/** /^\P{L}*\p{Lu}/u (the first letter is a capital), with ASCII text read by its character codes. */
function startsCapitalised(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x80) return /^\P{L}*\p{Lu}/u.test(text)
    if (code >= 65 && code <= 90) return true
    if (code >= 97 && code <= 122) return false
  }
  return false
}

/** The claimant and cue of a title-case headline, or null. */
export function headlineAttribution(
  text: string,
  tokens: readonly Token[]
): { subject: Subject; cue: TextRange } | null {
  if (!isTitleCase(tokens)) return null
  // Each word as it would be written in running text, so the lexicons recognise the verb.
  const lowered = packedMap(tokens, (t) => tokenOf(t.start, t.end, t.lower, t.lower, t.word))
  let start = 0
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text === ',') start = i + 1
    if (i === start || !tokens[i].word) continue
    const cue = cueAt(lowered, i) ?? claimantCueAt(lowered, i)
    if (!cue || cue.kind === 'lead-in' || cue.kind === 'event') continue
    // "The Harbour Report Shows …": a cue word before another cue is the noun it is spelt as.
    if (cue.last === i && (cueAt(lowered, i + 1) ?? claimantCueAt(lowered, i + 1))) continue
    // "Harbour Campaign Reportedly Stalls": an adverb stands between the subject and its verb, so the word is a noun.
    if (cue.last === i && HEADLINE_ADVERBS.has(tokens[i + 1]?.lower ?? '')) continue
    const subject = headlineSubject(text, tokens, start, i)
    if (subject) return { subject, cue: { start: tokens[i].start, end: tokens[cue.last].end } }
  }
  return null
}

function headlineSubject(text: string, tokens: readonly Token[], start: number, until: number): Subject | null {
  let end = until
  while (end > start + 1 && HEADLINE_ADVERBS.has(tokens[end - 1].lower)) end--
  if (end - start > MAX_SUBJECT_TOKENS) return null
  const words = tokens.slice(start, end)
  if (words.some((t) => !t.word || NOT_IN_SUBJECT.has(t.lower) || /['’]s?$/u.test(t.lower))) return null
  const named = classifyPhrase(text, tokens, start, end)
  if (named && named.kind !== 'pronoun') return named
  // "31 Tenants", "EXPERTS": a short capitalised phrase is given as written.
  const mention = { start: words[0].start, end: words[words.length - 1].end }
  return writtenSubject(text, mention, { plural: /s$/iu.test(words[words.length - 1].text), group: false })
}
