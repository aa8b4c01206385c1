/**
 * A share put again as a figure between commas before the verb ("About two-thirds, 67 percent, say …") is one
 * subject with its figure (quantity-subjects.ts restatedShare), as "67 percent say" is. Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a share and its figure between commas', () => {
  it('claim what they say together', () => {
    expectClaimants(
      [
        'Among likely harbour voters, about two-thirds, 67 percent, say they will vote for Okafor. A third of tenants, 33%, say the levy is unfair.'
      ],
      [
        ['Among likely harbour voters', ['about two-thirds, 67 percent', 'about two-thirds, 67 percent', 'say']],
        ['A third of tenants', ['A third of tenants, 33%', 'A third of tenants, 33%', 'say']]
      ]
    )
  })

  it('leaves a body with a count between commas as it was', () => {
    expectClaimants(
      ['The harbour board, 12 members, said the levy was fair.'],
      [['The harbour board', ['The harbour board', 'The harbour board', 'said']]]
    )
  })
})
