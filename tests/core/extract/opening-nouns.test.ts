/**
 * The one reader of "the" and a few words ending on a body's noun opening a sentence (opening-nouns.ts openingBody),
 * shared by the "It" after an unclaimed sentence and a closing "it said". Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { openingBody } from '../../../src/core/extract/opening-nouns'
import { tokenize } from '../../../src/core/extract/tokens'

const bodyOf = (sentence: string, from = -1): string | null => {
  const tokens = tokenize(sentence, 0, sentence.length)
  return openingBody(sentence, tokens, tokens.length, from)?.name ?? null
}

describe('openingBody', () => {
  it('reads a noun of the lexicon and one of the bodies kept beside it alike', () => {
    expect(bodyOf('The city council will cut 300 jobs.')).toBe('The city council')
    expect(bodyOf('The ferry operator carried 3 million passengers.')).toBe('The ferry operator')
    expect(bodyOf('The ministries spent £4 million.')).toBe('The ministries')
  })

  it('wants a word in lower case after the noun, and "the" first unless told where the phrase opens', () => {
    expect(bodyOf('The harbour authority Portwise raised fees.')).toBeNull()
    expect(bodyOf('A city council will cut 300 jobs.')).toBeNull()
    expect(bodyOf('But a city council will cut 300 jobs.', 1)).toBe('a city council')
  })
})
