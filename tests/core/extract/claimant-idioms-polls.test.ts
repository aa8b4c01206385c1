/**
 * Words of a cue in a phrase that reports nothing: "all told" (in total), and polls where votes are cast or
 * named inside a phrase of time. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('"all told" opening a clause is a total, not telling', () => {
  it('"All told, the union raised …" has no claimant; "the pilots all told the inquiry" does', () => {
    expectClaimants(
      [
        'All told, the ferry union raised $4 million in March. The pilots all told the inquiry that the radar had failed.'
      ],
      [
        ['All told', null],
        ['The pilots all told', ['The pilots', 'The pilots', 'told']]
      ]
    )
  })
})

describe('polls where votes are cast, or inside a phrase of time, are no poll', () => {
  it('"in the day after polls closed" names no source; "ahead in national polls" still does', () => {
    expectClaimants(
      [
        'The Okafor campaign raised $2 million in the day after polls closed in Leeds. Okafor is ahead in national polls.'
      ],
      [
        ['The Okafor campaign raised', null],
        ['Okafor is ahead', ['national polls', 'national polls', 'in']]
      ]
    )
  })
})
