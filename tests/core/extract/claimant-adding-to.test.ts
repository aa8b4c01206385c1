/**
 * "…, adding to her lead": adding to something is increasing it, not a remark; "…, adding that …" and "added to
 * reporters" still report words. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('"adding to" something', () => {
  it('names no claimant', () => {
    expectClaimants(
      [
        'Ruth Hale won the harbour ward on Tuesday, adding to her run of victories in the county.',
        'Tom Berg is adding to his lead over Hale after wins in Leeds and Hull.'
      ],
      [
        ['Ruth Hale won', null],
        ['Tom Berg is adding', null]
      ]
    )
  })

  it('adding what was said is still a remark', () => {
    expectClaimants(
      ['Hale thanked the dockers, adding that the levy would be scrapped by May.'],
      [['Hale thanked', ['Hale', 'Hale', 'thanked']]]
    )
  })
})
