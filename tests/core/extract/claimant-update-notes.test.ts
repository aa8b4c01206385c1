/**
 * An editor's update note ("This story has been updated to include comments from Hale.") is the publisher's: the
 * comments it names are not in it, and a correction it reports ("updated to reflect that Hale conceded") is the
 * piece's own. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('an update note', () => {
  it('names no claimant, whoever’s comments or deeds it mentions', () => {
    expectClaimants(
      [
        'This story has been updated to include comments from Ruth Hale and from the harbour board.',
        'This post was updated with comments from the mayor’s office.',
        'This article was updated to reflect that Okafor was declared the winner and that Hale conceded.'
      ],
      [
        ['This story', null],
        ['This post', null],
        ['This article', null]
      ]
    )
  })

  it('a sentence about a story that is no note still has its claimant', () => {
    expectClaimants(
      ['The story has changed since Hale said the levy was fair.'],
      [['The story has changed', ['Hale', 'Hale', 'said']]]
    )
  })
})
