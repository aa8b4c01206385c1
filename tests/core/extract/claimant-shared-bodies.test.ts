/**
 * "according to Devon and Cornwall Police" named the claimant "Devon": the reader after the cue stopped at the
 * first name of a body two areas share. Sentences written for this test.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a body two areas share, after the cue', () => {
  it('is named whole after "according to"', () => {
    expectClaimants(
      ['Thefts from cars fell by 8% last year, according to Avon and Somerset Constabulary.'],
      [['Thefts from cars', ['Avon and Somerset Constabulary', 'Avon and Somerset Constabulary', 'according to']]]
    )
  })
})
