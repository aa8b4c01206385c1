/**
 * "Hale's support among women": the backing a candidate has in a poll, not a stance of Hale's. An owner's support
 * is the owner's stance only when it goes on to what is backed ("Hale's support for the levy"); an approval rating is
 * a poll's figure. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('an owner’s support in a poll', () => {
  it('support the owner holds against a rival or as a share, or an approval rating, is no claimant’s', () => {
    expectClaimants(
      [
        'Across the county, Hale’s support against Okafor trails his own rating by four points.',
        'Okafor’s 34 percent support is lower than the mayor’s rating.',
        'Berg may be drawing much of his new support from Pryce, whose numbers have fallen.',
        'On average, Hale’s approval rating is three points higher than Okafor’s support.'
      ],
      [
        ['Across the county', null],
        ['Okafor’s 34 percent', null],
        ['Berg may be drawing', null],
        ['On average', null]
      ]
    )
  })

  it('support for something, or from a body with no owner before it, still names who backs it', () => {
    expectClaimants(
      ['Hale’s support for the levy surprised the dockers.', 'The plan won support from harbour traders in May.'],
      [
        ['Hale’s support', ['Hale', 'Hale', 'support']],
        ['The plan won', ['harbour traders', 'harbour traders', 'support']]
      ]
    )
  })
})
