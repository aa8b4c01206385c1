/**
 * A cue verb in an infinitive after a ranked or counted group ("the first councillor to back", "one of 12 pilots
 * to oppose") is claimed by the subject said to belong to the group (controlled-infinitives.ts rankedInfinitiveSubject); a means or a thing
 * ranked so ("the only way to support") claims nothing. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('an infinitive after a ranked or counted group', () => {
  it('is claimed by the subject of the copula', () => {
    expectClaimants(
      [
        'Ruth Hale was the first councillor to back the 4 pound levy.',
        'Ruiz was among 25 councillors to vote against the 12 pound toll in 2019.',
        'Ada Ruiz spoke on Monday. She is one of 12 pilots to oppose the 4 pound levy.'
      ],
      [
        ['Ruth Hale was', ['Ruth Hale', 'Ruth Hale', 'back']],
        ['Ruiz was among', ['Ruiz', 'Ruiz', 'vote']],
        ['She is one', ['Ada Ruiz', 'She', 'oppose']]
      ]
    )
  })

  it('is no one when what is ranked is no person', () => {
    expectClaimants(['The new toll was the only way to support the 300 jobs at the port.'], [['The new toll', null]])
  })
})
