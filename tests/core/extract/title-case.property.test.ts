/** The title-case test with its character-code fast paths answers what the Unicode regex version answered. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isTitleCase } from '../../../src/core/extract/headline-claimants'
import { tokenize, type Token } from '../../../src/core/extract/tokens'

const MINOR = new Set('a an the of in on for to and or but at by with as from into vs'.split(' '))
/** The version before the fast paths, kept here as the reference. */
function byRegex(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.word && /\p{L}/u.test(t.text))
  if (words.length < 4) return false
  const content = words.filter((t) => !MINOR.has(t.lower) && t.text.length > 3)
  const capitalised = content.filter((t) => /^\P{L}*\p{Lu}/u.test(t.text)).length
  return content.length > 0 && capitalised / content.length >= 1
}

const PIECES = [
  ...'Harbour|Union|Backs|levy|On|of|the|The|Says|EXPERTS|DOUBT|Ferry|ferry|Élan|élan|Ωmega|ωmega|2026|31|O’Neill|’Tis|de|Über|über|İstanbul|ǅemal|x|Ab'.split(
    '|'
  )
]
const text = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', ' ', ', ', '-', "'", '')), { maxLength: 9 })
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''))

describe('isTitleCase', () => {
  it('answers as the regex version', () => {
    fc.assert(
      fc.property(text, (sentence) => {
        const tokens = tokenize(sentence, 0, sentence.length)
        expect(isTitleCase(tokens)).toBe(byRegex(tokens))
      }),
      { numRuns: 3000 }
    )
  })

  it.each([
    ['Harbour Union Backs Levy On Cruise Visitors', true],
    ['EXPERTS DOUBT FERRY TIMETABLE', true],
    ['Élan Über Ωmega Stays Put', true],
    ['The union backs the levy on visitors', false],
    ['Élan Über ωmega Stays Put', false]
  ])('%s: %s', (sentence, expected) => {
    expect(isTitleCase(tokenize(sentence, 0, sentence.length))).toBe(expected)
  })
})
