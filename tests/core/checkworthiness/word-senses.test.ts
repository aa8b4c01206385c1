/**
 * Two readings of one word: "claims" the noun (insurance claims) is no speech cue, "wage" the verb
 * (wage war) is no statistic. One rule each, read from the neighbouring words, checked on the
 * rule itself, on the check-worthiness reasons and on the quote finder's cues.
 */
import { describe, expect, test } from 'vitest'
import { claimsIsNoun, wageIsVerb } from '../../../src/core/checkworthiness/word-senses'
import { extractHandFeatures } from '../../../src/core/checkworthiness/features'
import { tokenize } from '../../../src/core/checkworthiness/features-tokens'
import { cueAt } from '../../../src/core/extract/speech-cues'
import { tokenize as quoteTokens } from '../../../src/core/extract/tokens'

const fired = (sentence: string, id: string): string[] =>
  extractHandFeatures(sentence, tokenize(sentence), new Set())
    .filter((hit) => hit.id === id)
    .map((hit) => hit.match)

describe('"claims"', () => {
  test.each([
    ['insurance', 'rose', true],
    [null, 'from', true],
    ['expect', 'to', true],
    ['of', 'had', true],
    ['40,000', 'were', true],
    ['minister', 'that', false],
    ['he', 'the', false],
    ['rising', 'Smith', false]
  ])('before %j, after %j: noun %j', (before, after, noun) => {
    expect(claimsIsNoun(before, after === 'Smith' ? 'smith' : after)).toBe(noun)
  })

  test('insurance claims are no reported speech; a minister who claims is', () => {
    expect(fired('Insurers said flood claims had reached £40 million by Friday.', 'reportedSpeech')).toEqual(['said'])
    expect(fired('Claims from farmers alone made up a quarter of the total.', 'reportedSpeech')).toEqual([])
    expect(fired('Insurers expect claims to pass £40 million this winter.', 'reportedSpeech')).toEqual([])
    expect(fired('The minister claims that 5,000 homes were built last year.', 'reportedSpeech')).toEqual(['claims'])
  })

  test('the quote finder takes "claims" for a cue only as a verb', () => {
    const cue = (sentence: string): string | null => {
      const tokens = quoteTokens(sentence, 0, sentence.length)
      const at = tokens.findIndex((token) => token.lower === 'claims')
      return cueAt(tokens, at) ? 'cue' : null
    }
    expect(cue('“The bill will keep rising,” claims adjusters at the firm warned.')).toBeNull()
    expect(cue('Insurance claims rose by a third.')).toBeNull()
    expect(cue('“We built 5,000 homes,” claims the minister.')).toBe('cue')
    expect(cue('The minister claims that 5,000 homes were built.')).toBe('cue')
  })
})

describe('"wage"', () => {
  test.each([
    ['wage', 'to', 'war', true],
    ['wages', 'group', 'war', true],
    ['wage', 'will', 'a', true],
    ['wage', 'minimum', 'rose', false],
    ['wages', 'average', 'fell', false],
    ['wage', 'the', 'an', false],
    ['salary', 'to', 'war', false]
  ])('%s before %j, after %j: verb %j', (word, before, after, verb) => {
    expect(wageIsVerb(word, before, after)).toBe(verb)
  })

  test('"wage war" is no statistic word; the minimum wage is', () => {
    expect(fired('Retailers have vowed to wage war on rising prices across the town.', 'statisticWord')).toEqual([
      'prices'
    ])
    expect(fired('The rebels wage war from the hills.', 'statisticWord')).toEqual([])
    expect(fired('The minimum wage rose to £11.44 an hour in April.', 'statisticWord')).toEqual(['wage'])
  })
})
