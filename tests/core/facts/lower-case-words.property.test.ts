/** The search for one lower-case word finds it exactly where the regex that defines the words reads it. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { writesInLowerCase } from '../../../src/core/facts/lower-case-words'

const BY_REGEX = /(?<![A-Za-z\u00C0-\u024F'’-])[a-z\u00DF-\u00FF]+/g
const byRegex = (text: string): Set<string> => new Set(text.match(BY_REGEX) ?? [])

// The characters at the edges of both classes, Latin and not, and the ones that block a word.
const CHARS = [
  ..."aezAZ09 -’'_.,\n",
  '\u00BF',
  '\u00C0',
  '\u00D7',
  '\u00DE',
  '\u00DF',
  '\u00F7',
  '\u00FF',
  '\u0100',
  '\u024F',
  '\u0250',
  '\u2018',
  '\uD83D',
  '\uDE00'
]
const PARTS = ['don', "'t", 'e-mail', 'McDonald', 'Critics', 'critics', 'straße']

describe('writesInLowerCase', () => {
  it('finds a word where the regex reads it, and only there', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...CHARS), fc.constantFrom(...PARTS)), { maxLength: 40 })
    const word = fc.oneof(
      fc.constantFrom('don', 't', 'e', 'mail', 'critics', 'onald', 'straße', 'a', 'ae', 'z', '', 'Critics', "don't"),
      fc.string({ unit: fc.constantFrom('a', 'e', 'z', '\u00DF', '\u00FF'), minLength: 1, maxLength: 3 })
    )
    fc.assert(
      fc.property(text, word, (parts, asked) => {
        const joined = parts.join('')
        expect(writesInLowerCase(joined, asked)).toBe(byRegex(joined).has(asked))
      }),
      { numRuns: 5000 }
    )
  })

  it('counts a word only where it starts one', () => {
    const text = "Critics don't e-mail McDonald; straße, ÉTÉ été"
    expect(['don', 'e', 'straße', 'été'].filter((w) => writesInLowerCase(text, w))).toEqual([
      'don',
      'e',
      'straße',
      'été'
    ])
    expect(['critics', 't', 'mail', 'onald', 'tt', 'ét'].filter((w) => writesInLowerCase(text, w))).toEqual([])
  })
})
