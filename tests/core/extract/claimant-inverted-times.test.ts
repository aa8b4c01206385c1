/**
 * A time closing a subject read after its verb (subject-after.ts withoutClosingTime): "…, said the Port Authority on
 * Monday." is the Port Authority's, said on Monday. The speaker filter and the report listed "the Port Authority on
 * Monday" beside "The Port Authority" in a draft of mine. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('an inverted subject with a time after it', () => {
  it('is named without the time, a body or a description alike; the time stays out of the mention', () => {
    expectClaimants(
      [
        'Berth fees have not risen in eleven years, said the Port Authority on Monday.',
        'The rise will pay for dredging the channel, said the harbour board last week.',
        'Ferry fares will rise by 4 percent, said a spokesman for the operator on Friday night.'
      ],
      [
        ['Berth fees', ['the Port Authority', 'the Port Authority', 'said']],
        ['The rise will', ['the harbour board', 'the harbour board', 'said']],
        ['Ferry fares', ['a spokesman for the operator', 'a spokesman for the operator', 'said']]
      ]
    )
  })

  it('keeps a name whose last word is no time, and a person named before a time as before', () => {
    expectClaimants(
      ['Berth fees are fair, said Martin Reyes on Monday.', 'Berth fees are fair, said the Monday Club.'],
      [
        ['Berth fees are fair, said Martin', ['Martin Reyes', 'Martin Reyes', 'said']],
        ['Berth fees are fair, said the Monday', ['the Monday Club', 'the Monday Club', 'said']]
      ]
    )
  })
})
