/**
 * "It is possible that …", "It's impossible to …": an "it" before a verb of being and an adjective that goes on to
 * "that" or "to" stands for nothing, so it is no claimant, not even the body the sentence before named. An "it"
 * that is someone ("It is expected to vote", "It has said …") still is. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('an empty "it"', () => {
  it('"It is possible that" and "It’s impossible to" name no claimant', () => {
    expectClaimants(
      [
        'The harbour board met on Monday. It is possible that Judge Hale played a role in pushing Judge Berg to the left.',
        'The port inquiry reported in May. Among its findings: the board underestimated the risks of the storm. ' +
          'Did the inquiry find reasons to question the board? Sure. ' +
          "It's impossible to spend a year and £2 million probing the board and not find fault."
      ],
      [
        ["It's impossible", null],
        ['It is possible', null]
      ]
    )
  })

  it('an "it" that stands for a body before a participle or a verb of saying is the body', () => {
    expectClaimants(
      ['The harbour board met on Monday. It is expected to endorse the levy in May.'],
      [['It is expected', ['The harbour board', 'It', 'endorse']]]
    )
  })
})
