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
