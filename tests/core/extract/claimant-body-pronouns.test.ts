/**
 * "It" opening a sentence after one claimed by a body that opened it is that body (body-pronouns.ts).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('an opening "It" after a body’s claim', () => {
  it('is the body that opened the sentence before, after a verb of publishing', () => {
    expectClaimants(
      [
        'The rail regulator published its review of the Kestrel line on Monday.',
        'It has not criticised the operator, but said fares had risen faster than wages since 2019.'
      ],
      [['It has not criticised', ['The rail regulator', 'It', 'criticised']]]
    )
  })

  it('is the body after a stated intention, with an auxiliary before its verb', () => {
    expectClaimants(
      [
        'The harbour board does not want to close the pier this winter.',
        'It now plans to raise mooring fees by 4 percent in April.'
      ],
      [['It now plans', ['The harbour board', 'It', 'plans']]]
    )
  })

  it('is nobody after a person’s claim or after a body that did not open the sentence', () => {
    expectClaimants(
      [
        'Ruth Hale does not want to close the pier this winter.',
        'It now plans to raise mooring fees by 4 percent in April.',
        'Under the new lease, the harbour board does not want to close the pier.',
        'It expects to raise mooring fees by 4 percent in April.'
      ],
      [
        ['It now plans', null],
        ['It expects', null]
      ]
    )
  })
})

describe('an opening "It" after a sentence a body opened without a claim', () => {
  it('is that body, not the last body quoted before it', () => {
    expectClaimants(
      [
        'The Builders Federation, which speaks for developers, argued that planning delays were to blame.',
        'The council will debate a new housing strategy in January.',
        'It says the plan will include a target of 1,000 new homes a year by 2030.'
      ],
      [['It says the plan', ['The council', 'It', 'says']]]
    )
  })

  it('is the body named by its full name, read past an owner’s verb', () => {
    expectClaimants(
      [
        'The Water Federation said its members had met every target.',
        'The Department for Rivers has refused to publish the inspection results.',
        'It has also declined to fine companies that missed their targets in 2024.'
      ],
      [['It has also declined', ['The Department for Rivers', 'It', 'declined']]]
    )
  })
})
