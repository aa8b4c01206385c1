/**
 * "Found himself", "has found itself": where someone ended up is no finding, so it gives a claim no claimant in
 * either cue reader (docs/FORMAT.md: plain actions are not claimants). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('finding oneself somewhere reports no finding', () => {
  it('"found herself", "has found itself" name no one; "the audit found that" and "found 23 spills" are findings', () => {
    expectClaimants(
      [
        'Three hours later, Okafor found herself defending the harbour levy in front of angry traders. The council has found itself at the centre of the dispute over the £40 million sea wall. The audit found that the council overspent on the sea wall by £4 million. Hale found 23 spills on days when the river was low.'
      ],
      [
        ['Three hours later, Okafor', null],
        ['The council has found itself', null],
        ['The audit found', ['The audit', 'The audit', 'found']],
        ['Hale found 23 spills', ['Hale', 'Hale', 'found']]
      ]
    )
  })
})
