/**
 * wordCharAt remembers its answer per character code: every code must still get what the Unicode test
 * (letters, marks, numbers) says, asked once and asked again, and a surrogate pair is read whole.
 */
import { describe, expect, it } from 'vitest'
import { wordCharAt } from '../../../src/core/extract/char-classes'

const WORD = /^[\p{L}\p{M}\p{N}]/u

describe('wordCharAt', () => {
  it('answers every code unit as the Unicode test does, the first time and the next', () => {
    for (let round = 0; round < 2; round++) {
      const wrong: number[] = []
      for (let code = 0; code < 0x10000; code++) {
        const text = `a${String.fromCharCode(code)}`
        if (wordCharAt(text, 1) !== WORD.test(text.slice(1))) wrong.push(code)
      }
      expect(wrong).toEqual([])
    }
  })

  it.each([
    ['’', false],
    ['“', false],
    ['—', false],
    ['é', true],
    ['Ж', true],
    ['²', true],
    ['\u0301', true],
    ['𝐀', true],
    ['😀', false]
  ])('%s', (char, word) => {
    expect(wordCharAt(`x${char}`, 1)).toBe(word)
    expect(wordCharAt(`x${char}`, 1)).toBe(word)
  })

  it('is false outside the text', () => {
    expect(wordCharAt('ab', -1)).toBe(false)
    expect(wordCharAt('ab', 2)).toBe(false)
  })
})
