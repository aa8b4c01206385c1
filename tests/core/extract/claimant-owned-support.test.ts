/**
 * An owner's "support" (src/core/extract/claimant-cues.ts ownedSaying): the backing a candidate has is no stance of
 * theirs; the owner's own support goes on to what is backed. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('an owner’s support', () => {
  it('names no one for the support a candidate has: it fell, it rose', () => {
    expectClaimants(['Hale’s support fell by four points since March.'], [['Hale’s support', null]])
    expectClaimants(['Ruiz’s support rose sharply in May.'], [['Ruiz’s support', null]])
  })

  it('keeps the owner’s stance when it says what is backed', () => {
    expectClaimants(['Hale’s support for the levy is well known.'], [['Hale’s support', ['Hale', 'Hale', 'support']]])
    expectClaimants(
      ['The union’s support of the levy surprised the council.'],
      [['The union’s support', ['The union', 'The union', 'support']]]
    )
  })
})
