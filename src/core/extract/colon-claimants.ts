/**
 * Headline-style attributions: "Okafor: the scheme will fail", "Poll: most tenants back the levy".
 * A short name (or a document noun) opening the sentence and followed by a colon is the claimant of
 * what follows. Kickers that label the piece instead ("Analysis:", "Exclusive:", "Update:") are not.
 */
import type { TextRange } from './sentences'
import { isCapitalised, type Token } from './tokens'
import { classifyPhrase, type Subject } from './subjects'

/** Longest name before the colon, in tokens ("Former Senate Leader Tom Arden"). */
const MAX_NAME_TOKENS = 5
/** Fewest words after the colon: "Okafor: No." is a reply, not a claim. */
const MIN_CLAIM_WORDS = 3
/** Labels that open a headline or a line without naming who claims anything. */
// prettier-ignore
const KICKERS = new Set([
  'analysis', 'exclusive', 'update', 'updated', 'breaking', 'watch', 'opinion', 'editorial', 'live', 'video', 'photos',
  'photo', 'review', 'correction', 'read', 'related', 'source', 'sources', 'note', 'explainer', 'timeline', 'factbox',
  'q', 'a', 'interview', 'podcast', 'listen', 'comment', 'commentary', 'perspective', 'column', 'letters', 'fact',
  'check', 'warning', 'advertisement', 'sponsored', 'also', 'more', 'see', 'next', 'previously', 'background',
  'context', 'why', 'what', 'how', 'where', 'when', 'who', 'the', 'this', 'today', 'yesterday', 'tomorrow',
  'revealed', 'exposed', 'busted', 'bombshell', 'confirmed', 'leaked', 'shocking', 'remember'
])
/**
 * Prepositions that a name keeps in lower case ("Bank of England") but a title-case slogan capitalises ("Storm Over
 * Harbour"): capitalised after the first word, the words before the colon are a headline's phrase, not a speaker.
 */
const SLOGAN_PREPOSITIONS = new Set(['over', 'under', 'with', 'from', 'into', 'against', 'about', 'for', 'after'])
/** Fewest comma-separated names after the colon that make it a list ("Kent: Ann Hale, Tom Berg, Ruth Pryce"). */
const MIN_LISTED_NAMES = 3
/** The name before a headline colon, and the colon as the cue; null when the sentence has none. */
export function colonAttribution(text: string, tokens: readonly Token[]): { subject: Subject; cue: TextRange } | null {
  const colon = colonWithin(tokens, MAX_NAME_TOKENS)
  if (colon <= 0) return null
  const name = tokens.slice(0, colon)
  if (name.some((t) => !t.word || !isCapitalised(t)) || KICKERS.has(name[0].lower)) return null
  if (name.some((t, i) => i > 0 && SLOGAN_PREPOSITIONS.has(t.lower))) return null
  const after = tokens.slice(colon + 1)
  if (after.filter((t) => t.word).length < MIN_CLAIM_WORDS || isNameList(after)) return null
  // "Poll: …" and "Report: …" read as names here: a capitalised document noun speaks for its makers.
  const subject = classifyPhrase(text, tokens, 0, colon)
  return subject?.kind === 'name' ? { subject, cue: { start: tokens[colon].start, end: tokens[colon].end } } : null
}

/** The index of a colon among the first `most` + 1 tokens, or -1: the walk stops there, not at the sentence's end. */
function colonWithin(tokens: readonly Token[], most: number): number {
  for (let i = 0; i <= most && i < tokens.length; i++) if (tokens[i].text === ':') return i
  return -1
}

/**
 * Whether the words after the colon are only names set out as a list: every comma-separated item capitalised words
 * (full stops of initials and the closing one allowed), at least MIN_LISTED_NAMES of them. Nobody claims a list of names.
 */
function isNameList(after: readonly Token[]): boolean {
  let items = 1
  let inItem = false
  for (const t of after) {
    if (t.text === ',') {
      if (!inItem) return false
      items++
      inItem = false
    } else if (isCapitalised(t)) inItem = true
    else if (t.text !== '.') return false
  }
  return inItem && items >= MIN_LISTED_NAMES
}
