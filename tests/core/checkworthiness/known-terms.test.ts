import { describe, expect, it } from 'vitest'
import weights from '../../../src/core/checkworthiness/checkworthiness-weights.json'
import fastTextWeights from '../../../src/core/checkworthiness/fasttext-weights.json'
import { bagOfWordsTerms, tokenize } from '../../../src/core/checkworthiness/features-tokens'
import { WORD_FLAGS } from '../../../src/core/checkworthiness/word-flags'
import { entryAt, fastTextAt, flagsAt, knownTerms } from '../../../src/core/checkworthiness/known-terms'

// knownTerms() looks words up in its own hashed table: it must find exactly what the weights files hold.
const TERM_ID = new Map(weights.terms.map((term, id) => [term, id]))
const FAST_TEXT = new Map(fastTextWeights.words.map((word, i) => [word, fastTextWeights.wordWeights[i]]))

describe('knownTerms', () => {
  it.each([
    'Unemployment rose to 7.8 percent in 2009, the highest since 1983.',
    'The ferry’s owners said they would not comment on the constructor’s toString.',
    'Zqxw flurbed the vlorp; nobody knows what a glimbet is.',
    'So, well, in the end the minister said “no” to 5,000 new homes.',
    ''
  ])('finds the terms and words of the weights files: %s', (sentence) => {
    const tokens = tokenize(sentence)
    const { found, places } = knownTerms(tokens)
    const expected = [...new Set(bagOfWordsTerms(tokens).flatMap((term) => TERM_ID.get(term) ?? []))]
    expect(found).toEqual(expected)
    expect(places).toHaveLength(tokens.length)
    tokens.forEach((token, i) => {
      if (/^\d/.test(token.lower)) return
      expect(fastTextAt(places[i])).toBe(FAST_TEXT.get(token.lower))
      expect(entryAt(places[i])?.fastText).toBe(FAST_TEXT.get(token.lower))
      expect(entryAt(places[i])?.unigram).toBe(TERM_ID.get(token.lower))
      expect(flagsAt(places[i])).toBe(WORD_FLAGS.get(token.lower) ?? 0)
    })
  })
})
