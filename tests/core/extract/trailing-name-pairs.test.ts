/**
 * A role before two names joined by "and" ("Democratic candidates Ann Lee and Bo Park said …") is said of both
 * people, who are the claimant together, not the last name alone (name-runs.ts trailingPairStart, subjects.ts).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a role before two names joined by "and"', () => {
  it('both named people are the claimant', () => {
    expectClaimants(
      [
        'Democratic candidates Ann Lee and Bo Park said the levy would cost small firms £5 million.',
        'Labour councillors Tom Reyes and Maria Costa argue that the harbour lost £3 million last year.',
        'Republican presidential hopefuls Dana Whitfield and Carl Okonjo said tariffs would bring back 200,000 jobs.'
      ],
      [
        ['Democratic candidates', ['Ann Lee and Bo Park', 'Ann Lee and Bo Park', 'said']],
        ['Labour councillors', ['Tom Reyes and Maria Costa', 'Tom Reyes and Maria Costa', 'argue']],
        ['Republican presidential', ['Dana Whitfield and Carl Okonjo', 'Dana Whitfield and Carl Okonjo', 'said']]
      ]
    )
  })

  it('a name after a preposition is no one the role is said of', () => {
    expectClaimants(
      ['Supporters of Ann Lee and Bo Park said the levy would cost small firms £5 million.'],
      [['Supporters of Ann Lee', ['Supporters of Ann Lee and Bo Park', 'Supporters of Ann Lee and Bo Park', 'said']]]
    )
  })
})
