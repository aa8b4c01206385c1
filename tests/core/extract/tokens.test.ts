/**
 * The prose readers' tokenizer. A checker saw "Claimed by 000 homes around Kestrel Bay" under the sample
 * article's standfirst: the comma inside "301,000" was read as a clause break before "says".
 */
import { describe, expect, it } from 'vitest'
import { tokenize, wordsEnd } from '../../../src/core/extract/tokens'
import { expectClaimants } from './expect-claimants'

const words = (text: string): string[] => tokenize(text, 0, text.length).map((token) => token.text)

describe('tokenize', () => {
  it('keeps a number with thousands separators as one word', () => {
    expect(words('supplies 301,000 homes and 1,250,000 litres')).toEqual([
      'supplies',
      '301,000',
      'homes',
      'and',
      '1,250,000',
      'litres'
    ])
  })

  it('still splits at a comma after a word or before a space', () => {
    expect(words('In 2019, 40 homes, said Ana')).toEqual(['In', '2019', ',', '40', 'homes', ',', 'said', 'Ana'])
    expect(words('rooms,000')).toEqual(['rooms', ',', '000'])
  })
})

describe('claimants across a number with thousands separators', () => {
  it('the subject before the number makes the claim', () => {
    expectClaimants(
      [
        'The water board that serves 212,000 homes around Marrow Point says repairs will take two years.',
        'A union representing 14,500 dock workers said wages had fallen 3% since 2020.'
      ],
      [
        ['The water board', ['The water board', 'The water board', 'says']],
        [
          'A union representing',
          ['A union representing 14,500 dock workers', 'A union representing 14,500 dock workers', 'said']
        ]
      ]
    )
  })

  it("finds where a sentence's words end, past its closing stop and quote marks", () => {
    const last = (text: string): string | undefined => {
      const tokens = tokenize(text, 0, text.length)
      return tokens[wordsEnd(tokens) - 1]?.text
    }
    expect(last('Voters rejected it in 2016, county records show.')).toBe('show')
    expect(last('“We will appeal,” she said.”')).toBe('said')
    expect(last('Rates rose?!')).toBe('rose')
    expect(last('…')).toBeUndefined()
  })
})
