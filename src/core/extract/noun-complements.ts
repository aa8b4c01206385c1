/**
 * What a noun of saying goes on to: its content ("claim that", "criticism of", "statements deploring"), and when
 * the noun has an owner and "that" opens what was said, the verbs after "that" are the content's own, never the
 * claim's cue.
 *
 *   It was Hale’s suggestion that the dockers would not back him that angered the board.
 *     → Hale (suggestion), not "the dockers" (back)
 *   The union’s claim that Ruiz wanted to close the pier was repeated in May.   → the union (claim), not Ruiz
 *   Berg’s contention was that the mayor is courting the harbour lobby.         → Berg (contention)
 *
 * A verb of saying before the noun, or after a comma closing the content, is still read first ("Ruiz said Hale’s
 * claim that … was false" is Ruiz's).
 * A noun with no owner ("the claim that …") or with content opened by anything but "that" ("her criticism of the
 * levy, which the board endorsed") leaves the verbs as they are.
 */
import type { TextRange } from './sentences'
import type { Token } from './tokens'
import type { Subject } from './subjects'

/**
 * Words that go on from a noun of saying to what was said or what it is about: "claim that",
 * "criticism of", "support for", "swipes at", "his response was that", "statements deploring".
 */
// prettier-ignore
const CONTENT_OPENERS = new Set([
  'that', 'of', 'on', 'about', 'for', 'to', 'against', 'over', 'at', 'with', 'was', 'is', 'were', 'are', ':', ',', '—',
  '–', '-'
])

/** Whether the noun of saying at token `noun` goes on to its content; "her remarks came a day after …" does not. */
export function hasContent(tokens: readonly Token[], noun: number): boolean {
  const next = tokens[noun + 1]
  if (!next) return false
  // "statements deploring …", "a report charging …": a participle says what the noun says.
  if (CONTENT_OPENERS.has(next.lower)) return true
  return (
    next.word && next.text === next.lower && /[a-z]{3}ing$/u.test(next.lower) && !ING_NOT_PARTICIPLES.has(next.lower)
  )
}
/** Words in -ing after a noun that say nothing of its content: "remarks during the visit", "a statement this morning". */
// prettier-ignore
const ING_NOT_PARTICIPLES = new Set([
  'during', 'including', 'following', 'morning', 'evening', 'meeting', 'briefing', 'hearing', 'thing', 'something',
  'nothing', 'anything', 'everything', 'spring', 'building', 'ring', 'king', 'wing'
])

/** Verbs joining the noun to its "that": "Berg's contention was that …", "her view is that …". */
const COPULAS = new Set(['was', 'is', 'were', 'are'])

/** Marks that close what the "that" opened: "Despite Hale’s insistence that …, the board argued …". */
const CLOSERS = new Set([',', ';', ':', '—', '–', '(', ')'])

/**
 * Whether the cue at token `cue` lies in what the noun's "that" opened: after it, with no mark closing the content
 * between ("Despite Hale’s insistence that the pier was safe, the board argued …" leaves "argued" the board's).
 */
export function insideComplement(tokens: readonly Token[], that: number, cue: number): boolean {
  if (cue <= that) return false
  for (let k = that + 1; k < cue; k++) if (CLOSERS.has(tokens[k].text)) return false
  return true
}

/** The noun attribution (nounAttribution) whose "that" opens what was said, and the index of that "that". */
export function nounComplement(
  tokens: readonly Token[],
  noun: { subject: Subject; cue: TextRange } | null
): { subject: Subject; cue: TextRange; that: number } | null {
  if (!noun) return null
  const at = tokens.findIndex((t) => t.start === noun.cue.start)
  if (at < 0) return null
  const next = COPULAS.has(tokens[at + 1]?.lower ?? '') ? at + 2 : at + 1
  return tokens[next]?.lower === 'that' ? { ...noun, that: next } : null
}
