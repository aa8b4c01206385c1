/**
 * The regex hand features of a sentence, trying only the patterns whose triggers it holds
 * (features-patterns.ts): one scan of the lower-cased sentence for every pattern's trigger words and
 * one test for a digit, then only those patterns. Same hits as trying every pattern, in the same order;
 * on news prose most sentences hold the triggers of a few patterns, so most of the twenty are skipped.
 */
import type { HandFeatureId } from './features-catalogue'
import { REGEX_FEATURES } from './features-patterns'
import { TriggerWords } from './trigger-words'

/** Patterns with no triggers: always tried. */
const ALWAYS = REGEX_FEATURES.map((feature) => feature.triggers === undefined)
/** Patterns a digit anywhere in the sentence may fire. */
const ON_DIGIT = REGEX_FEATURES.flatMap((feature, i) => (feature.triggers?.digit ? [i] : []))

/** Patterns whose matches also hold one of a second list of words (`also`). */
const ALSO = REGEX_FEATURES.map((feature) => feature.triggers?.also !== undefined)
const ALSO_LIST = REGEX_FEATURES.length

/**
 * The patterns' trigger words, list i for pattern i (empty for a pattern with none, or only a digit), then their
 * `also` words, list ALSO_LIST + i for pattern i.
 */
const TRIGGERS = new TriggerWords([
  ...REGEX_FEATURES.map((feature) => feature.triggers?.words ?? []),
  ...REGEX_FEATURES.map((feature) => feature.triggers?.also ?? [])
])
const DIGIT_RE = /\d/

/** Per list of TRIGGERS: 1 when the current sentence holds one of its words. Reset per call. */
const triggered = new Uint8Array(REGEX_FEATURES.length * 2)

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
  TRIGGERS.mark(lower, triggered)
  if (DIGIT_RE.test(sentence)) for (const i of ON_DIGIT) triggered[i] = 1
  for (let i = 0; i < REGEX_FEATURES.length; i++) {
    if ((!ALWAYS[i] && triggered[i] === 0) || (ALSO[i] && triggered[ALSO_LIST + i] === 0)) continue
    const match = REGEX_FEATURES[i].find(sentence)
    if (match !== null) add(REGEX_FEATURES[i].id, match)
  }
}
