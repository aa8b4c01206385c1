/**
 * A newsroom's own knowing, closing a sentence as its attribution: "…, the Courier understands.", "…, the Herald has
 * learned.", "…, the BBC can reveal.". Papers source what they were told off the record so, British ones above all;
 * the paper is the claimant of all that comes before, as of "…, the Herald reported." (trailing-claimants.ts), and
 * outranks the verbs inside it: "The trust told staff it will cut 40 posts, the Courier has learned" is the
 * Courier's claim about what the trust told staff. Read only as a closing attribution after a comma: "She
 * understands the risks" and "has learned to cope" attribute nothing.
 */
import type { CueMatch } from './speech-cues'
import { wordsAt, type Token } from './tokens'

// prettier-ignore
const KNOWLEDGE_PHRASES: readonly (readonly string[])[] = [
  ['understands'], ['has', 'learned'], ['has', 'learnt'], ['have', 'learned'], ['have', 'learnt'], ['can', 'reveal'],
  ['can', 'confirm'], ['has', 'been', 'told'], ['have', 'been', 'told']
]
const FIRST_WORDS: ReadonlySet<string> = new Set(KNOWLEDGE_PHRASES.map((phrase) => phrase[0]))

/** The knowledge phrase starting at tokens[i], as a cue of a subject before it (never inverted), or null. */
export function knowledgeCueAt(tokens: readonly Token[], i: number): CueMatch | null {
  if (!FIRST_WORDS.has(tokens[i]?.lower ?? '')) return null
  const phrase = KNOWLEDGE_PHRASES.find((words) => wordsAt(tokens, i, words))
  return phrase ? { first: i, last: i + phrase.length - 1, kind: 'verb', invertible: false } : null
}
