/**
 * A quote's claim carries the quote's cue, except where that cue is a state of mind ("expected", "hoped") and the
 * same person, named at the same words, said the sentence first: the claim is what they said (issue 11).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('the cue of a claim holding a partial quote after a belief verb', () => {
  it('"said … and expected “…”" and "said … and hoped “…”" are claimed at "said"', () => {
    expectClaimants(
      [
        'A spokeswoman said the council pays the operator £2 million a year and expected “a proper conversation” before any change.',
        'Ms Osei said the levy was fair and hoped it would be “the end of the matter”.'
      ],
      [
        ['A spokeswoman said', ['A spokeswoman', 'A spokeswoman', 'said']],
        ['Ms Osei said', ['Ms Osei', 'Ms Osei', 'said']]
      ]
    )
  })

  it('a verb of saying after a judgement keeps the quote’s cue: "attacked …, saying “…”"', () => {
    expectClaimants(
      ['Mr Hale attacked the plan, saying it was “a tax on visitors”.'],
      [['Mr Hale attacked', ['Mr Hale', 'Mr Hale', 'saying']]]
    )
  })

  it('a belief verb with no verb of saying before it stays the cue', () => {
    expectClaimants(
      ['The harbour board expected “a long winter” for the ferry line.'],
      [['The harbour board expected', ['The harbour board', 'The harbour board', 'expected']]]
    )
  })
})
