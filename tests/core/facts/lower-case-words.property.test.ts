/** The one-pass reader of an article's lower-case words finds what the regex it replaced found. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lowerCaseWords } from '../../../src/core/facts/lower-case-words'

const BY_REGEX = /(?<![A-Za-z\u00C0-\u024F'’-])[a-z\u00DF-\u00FF]+/g
const byRegex = (text: string): string[] => [...new Set(text.match(BY_REGEX) ?? [])].sort()

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

describe('lowerCaseWords', () => {
  it('reads the words the regex reads', () => {
    const text = fc.array(
      fc.oneof(
        fc.constantFrom(...CHARS),
        fc.constantFrom('don', "'t", 'e-mail', 'McDonald', 'Critics', 'critics', 'straße')
      ),
      { maxLength: 40 }
    )
    fc.assert(
      fc.property(text, (parts) => {
        const joined = parts.join('')
        expect([...lowerCaseWords(joined)].sort()).toEqual(byRegex(joined))
      }),
      { numRuns: 3000 }
    )
  })

  it('counts a word only where it starts one', () => {
    expect([...lowerCaseWords("Critics don't e-mail McDonald; straße, ÉTÉ été")].sort()).toEqual([
      'don',
      'e',
      'straße',
      'été'
    ])
  })
})
