/**
 * The regex hand features of a sentence, trying only the patterns whose triggers it holds
 * (features-patterns.ts): one scan of the lower-cased sentence for every pattern's trigger words and
 * one test for a digit, then only those patterns. Same hits as trying every pattern, in the same order;
 * on news prose most sentences hold the triggers of a few patterns, so most of the twenty are skipped.
 */
import type { HandFeatureId } from './features-catalogue'
import { REGEX_FEATURES } from './features-patterns'

/** Patterns with no triggers: always tried. */
const ALWAYS = REGEX_FEATURES.map((feature) => feature.triggers === undefined)
/** Patterns a digit anywhere in the sentence may fire. */
const ON_DIGIT = REGEX_FEATURES.flatMap((feature, i) => (feature.triggers?.digit ? [i] : []))

/**
 * Trigger word → the patterns it may fire. A word that begins with another trigger word is folded
 * into the shorter one ('likely to' into 'likely'): wherever it occurs the shorter one does too, and
 * with no word the start of another, at most one word matches at any place, so one left-to-right scan
 * that restarts one character after each match finds every occurrence.
 */
const PATTERNS_OF = new Map<string, number[]>()
{
  const wordsOf = new Map<string, number[]>()
  REGEX_FEATURES.forEach((feature, i) => {
    for (const word of feature.triggers?.words ?? []) {
      if (word !== word.toLowerCase() || word === '') throw new Error(`trigger '${word}' must be lower case`)
      wordsOf.set(word, [...(wordsOf.get(word) ?? []), i])
    }
  })
  const words = [...wordsOf.keys()]
  for (const [word, patterns] of wordsOf) {
    const shortest = words.filter((other) => word.startsWith(other)).reduce((a, b) => (b.length < a.length ? b : a))
    PATTERNS_OF.set(shortest, [...new Set([...(PATTERNS_OF.get(shortest) ?? []), ...patterns])])
  }
}
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const TRIGGER_RE = new RegExp([...PATTERNS_OF.keys()].map(escape).join('|'), 'g')
const DIGIT_RE = /\d/

/** Per pattern: 1 when the current sentence holds one of its triggers. Reset per call. */
const triggered = new Uint8Array(REGEX_FEATURES.length)

/**
 * Every regex feature that fires on the sentence, with the text it matched, in REGEX_FEATURES order.
 * `lower` is sentence.toLowerCase().
 */
export function regexFeatureHits(
  sentence: string,
  lower: string,
  add: (id: HandFeatureId, match: string) => void
): void {
  triggered.fill(0)
  TRIGGER_RE.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = TRIGGER_RE.exec(lower)) !== null) {
    for (const i of PATTERNS_OF.get(m[0]) ?? []) triggered[i] = 1
    TRIGGER_RE.lastIndex = m.index + 1
  }
  if (DIGIT_RE.test(sentence)) for (const i of ON_DIGIT) triggered[i] = 1
  for (let i = 0; i < REGEX_FEATURES.length; i++) {
    if (!ALWAYS[i] && triggered[i] === 0) continue
    const match = REGEX_FEATURES[i].find(sentence)
    if (match !== null) add(REGEX_FEATURES[i].id, match)
  }
}
