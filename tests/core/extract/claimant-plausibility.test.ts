/**
 * A claimant read as a clause of its own is no one (src/core/extract/claimant-plausibility.ts): a modal or a negated
 * verb inside the words read makes them a clause. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a clause is no claimant', () => {
  it('a negated verb inside the words read before the cue: no claimant rather than the clause', () => {
    expectClaimants(
      ['Port towns cast votes in May to pick the chair, even though those residents aren’t eligible to vote in June.'],
      [['Port towns cast votes', null]]
    )
  })

  it('a subject with no modal or negation is still read', () => {
    expectClaimants(
      ['Those tenants couldn’t vote for the levy, and the harbour board argued that the levy was fair.'],
      [['Those tenants', ['Those tenants', 'Those tenants', 'vote']]]
    )
  })
})
