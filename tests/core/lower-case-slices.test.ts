import { describe, expect, it } from 'vitest'
import { lowerCaseSlices } from '../../src/core/lower-case-slices'

/** Every slice [start, end) of `text`, lower-cased both ways. */
function expectEverySliceSame(text: string): void {
  const lowerCased = lowerCaseSlices(text)
  for (let start = 0; start <= text.length; start++)
    for (let end = start; end <= text.length; end++)
      expect(lowerCased(start, end)).toBe(text.slice(start, end).toLowerCase())
}

describe('lowerCaseSlices', () => {
  it('gives each slice lower-cased, in a draft with curly quotes and dashes', () => {
    expectEverySliceSame('“Fares Will Rise,” said Councillor Ana Ruiz — TWICE.')
  })

  it('gives the same where lower-casing a slice alone would differ from the text’s', () => {
    // "İ" lower-cases to two code units; a capital sigma to "σ" or "ς" by the letters beside it.
    expectEverySliceSame('İSTANBUL and Kİrk said so.')
    expectEverySliceSame('ΟΔΟΣ ΑΘΗΝΑΣ, said the sign.')
    expectEverySliceSame('The 𐐀 and 🚢 FERRY left.')
  })
})
