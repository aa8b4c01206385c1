/**
 * An office written as capitalised words without "the" ("Labour MP for Gateshead Central", "Mayor of Leeds"), then
 * its holder's name in commas: the holder speaks and claims, the office describes them. Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest'
import { expectQuotes } from './quote-expectations'
import { expectClaimants } from './expect-claimants'
import { paragraphs } from '../../helpers/builders'

describe('an office, then its holder in commas', () => {
  it('gives the quote to the holder, not to the office', () => {
    expectQuotes(
      paragraphs(
        'But Labour MP for Gateshead Central, Anna Whitby, said ministers were “living in a different world”.'
      ),
      [{ text: 'living in a different world', speaker: 'Anna Whitby', mention: 'Anna Whitby', cue: 'said' }]
    )
  })

  it('gives the claim to the holder of a mayoralty', () => {
    expectClaimants(
      ['Mayor of Leeds, Tom Reyes, said the tram line would cost £2.1bn.'],
      [['Mayor of Leeds', ['Tom Reyes', 'Tom Reyes', 'said']]]
    )
  })

  it('keeps a titled name with a description after it as the speaker', () => {
    expectClaimants(
      ['Senator Ann Lee, the chair of the panel, said the bill would cost $4 billion.'],
      [['Senator Ann Lee', ['Ann Lee', 'Senator Ann Lee', 'said']]]
    )
  })
})
