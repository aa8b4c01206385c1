/**
 * The hand features' word lists as bits of one number per word (features.ts reads them), so a token
 * costs one look-up for every list at once; the scorer finds a token's bits in its word table
 * (known-terms.ts), read in the same look-up as the model's numbers for the word.
 */
import {
  CHANGE_VERBS,
  FIRST_PERSON,
  IRREGULAR_PAST,
  LEGAL_WORDS,
  NOT_PAST_ED,
  NUMBER_WORDS,
  REPORTING_VERBS,
  SECOND_PERSON,
  STATISTIC_WORDS
} from './features-lexicon'
import type { HandFeatureId } from './features-catalogue'

/** Each list fires its feature on its first word in a sentence; bit i is list i. */
export const LISTS = [
  ['numberWord', NUMBER_WORDS],
  ['statisticWord', STATISTIC_WORDS],
  ['changeVerb', CHANGE_VERBS],
  ['lawOrRule', LEGAL_WORDS],
  ['reportedSpeech', REPORTING_VERBS],
  ['firstPerson', FIRST_PERSON],
  ['secondPerson', SECOND_PERSON]
] as const satisfies readonly (readonly [HandFeatureId, ReadonlySet<string>])[]
export const IRREGULAR_PAST_BIT = 1 << LISTS.length
export const NOT_PAST_ED_BIT = 1 << (LISTS.length + 1)
export const NUMBER_WORD_BIT = 1
export const FIRST_PERSON_INDEX = LISTS.findIndex(([id]) => id === 'firstPerson')
export const SECOND_PERSON_INDEX = LISTS.findIndex(([id]) => id === 'secondPerson')
export const REPORTED_SPEECH_BIT = 1 << LISTS.findIndex(([id]) => id === 'reportedSpeech')
export const STATISTIC_WORD_BIT = 1 << LISTS.findIndex(([id]) => id === 'statisticWord')
export const LAW_OR_RULE_BIT = 1 << LISTS.findIndex(([id]) => id === 'lawOrRule')
export const CHANGE_VERB_BIT = 1 << LISTS.findIndex(([id]) => id === 'changeVerb')

/** Lower-case word → its list bits (absent: none). */
export const WORD_FLAGS = new Map<string, number>()
const flag = (words: ReadonlySet<string>, bit: number): void =>
  words.forEach((w) => WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | bit))
LISTS.forEach(([, words], i) => flag(words, 1 << i))
flag(IRREGULAR_PAST, IRREGULAR_PAST_BIT)
flag(NOT_PAST_ED, NOT_PAST_ED_BIT)
// The word table files every number under "0" (known-terms.ts), so no list may hold a word that starts with a digit.
for (const word of WORD_FLAGS.keys())
  if (/^\d/.test(word)) throw new Error(`word list entry '${word}' starts with a digit`)
