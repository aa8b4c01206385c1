/** The check-worthiness tokenizer's character loop gives the tokens of the regex it replaced. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenize } from '../../../src/core/checkworthiness/features-tokens'

const LETTER =
  'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u052F\\u0531-\\u1FFF\\u2C00-\\u2DFF\\u3040-\\uD7FF\\uF900-\\uFDFF\\uFE70-\\uFFDC'
const TOKEN_RE = new RegExp(
  `[${LETTER}][\\u0300-\\u036F${LETTER}'’-]*[\\u0300-\\u036F${LETTER}]|[${LETTER}]|\\d[\\d,.]*\\d|\\d`,
  'g'
)
const spans = (sentence: string): [number, number][] =>
  [...sentence.matchAll(TOKEN_RE)].map((m) => [m.index, m.index + m[0].length])

// Both sides of every range's edges, marks, joiners, digits, separators, surrogates and the letters whose
// lower case changes length ('İ').
const EDGES = [
  0x40, 0x41, 0x5a, 0x5b, 0x60, 0x61, 0x7a, 0x7b, 0xa9, 0xaa, 0xab, 0xb5, 0xba, 0xbf, 0xc0, 0xd6, 0xd7, 0xd8
]
  .concat([
    0xf6, 0xf7, 0xf8, 0x2af, 0x2b0, 0x2ff, 0x300, 0x36f, 0x370, 0x3ff, 0x400, 0x52f, 0x530, 0x531, 0x1fff, 0x2000
  ])
  .concat([0x2bff, 0x2c00, 0x2dff, 0x2e00, 0x303f, 0x3040, 0xd7ff, 0xd800, 0xdfff, 0xf8ff, 0xf900, 0xfdff, 0xfe00])
  .concat([0xfe6f, 0xfe70, 0xffdc, 0xffdd, 0x130, 0x2019, 0x2018])
const CHARS = [...EDGES.map((c) => String.fromCharCode(c)), ..."aZ09 ,.'-’_\t", 'Mali’s', 'nine-year', '5,000.', '12.4']

describe('check-worthiness tokens', () => {
  it('are the regex tokens, with the same fields', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 30 }), (parts) => {
        const sentence = parts.join('')
        const tokens = tokenize(sentence)
        expect(tokens.map((t) => [t.start, t.end])).toEqual(spans(sentence))
        for (const t of tokens) expect(t.text).toBe(sentence.slice(t.start, t.end))
      }),
      { numRuns: 5000 }
    )
  })

  it('keep inner apostrophes, hyphens and separators', () => {
    expect(tokenize("Mali’s nine-year 5,000. 12.4 don't-").map((t) => t.text)).toEqual([
      'Mali’s',
      'nine-year',
      '5,000',
      '12.4',
      "don't"
    ])
  })
})
