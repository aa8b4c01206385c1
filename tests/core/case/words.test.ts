import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isWordChar, nearestWordStart, snapToWords, wordEnds, wordStarts } from '../../../src/core/case/words'
import { TEXT } from './sahel-case'

describe('word edges', () => {
  it('lists the starts and ends of words, keeping "5,000" and "don’t" whole', () => {
    const text = 'We don’t send 5,000 troops.'
    const words = wordStarts(text).map((s, i) => text.slice(s, wordEnds(text)[i]))
    expect(words).toEqual(['We', 'don’t', 'send', '5,000', 'troops'])
  })

  it('finds the word start nearest to an offset, never the item’s own start', () => {
    const text = 'one two three four'
    expect(nearestWordStart(text, 9, 0, text.length)).toBe(8)
    expect(nearestWordStart(text, 0, 0, text.length)).toBe(4)
    expect(nearestWordStart('single', 3, 0, 6)).toBeNull()
  })

  it('any selection on any text snaps to whole words inside the text, or to nothing', () => {
    const text = fc.oneof(fc.string({ maxLength: 80 }), fc.constant(TEXT))
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const span = snapToWords(t, a % (t.length + 1), b % (t.length + 1))
        if (span === null) return
        expect(span.start).toBeGreaterThanOrEqual(0)
        expect(span.end).toBeLessThanOrEqual(t.length)
        expect(span.start).toBeLessThan(span.end)
        expect(/\s/.test(t[span.start]) || /\s/.test(t[span.end - 1])).toBe(false)
        expect(isWordChar(t, span.start) && isWordChar(t, span.start - 1)).toBe(false)
        expect(isWordChar(t, span.end - 1) && isWordChar(t, span.end)).toBe(false)
      })
    )
  })
})
