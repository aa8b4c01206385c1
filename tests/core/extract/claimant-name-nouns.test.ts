/**
 * A bare form spelt like a cue after a name ("campaign", "plan") is the name's noun when a verb of saying, a noun for
 * staff or, after a determiner, an auxiliary follows it: no bare verb after its subject takes a second verb. The
 * claim's cue is the verb after it ("the Rivers campaign said"), its claimant the campaign or the staff member named
 * ("Rivers campaign manager Tom Reyes"). A plural people before a bare verb keeps it ("the Greens campaign for …").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a bare form after a name, before a verb or a staff noun', () => {
  it("is the name's noun, not the cue", () => {
    expectClaimants(
      [
        'The Rivers campaign said the count in the harbour ward was unfair. Rivers campaign manager Tom Reyes argued that the count was late. The Rivers campaign was running radio ads all week. The Greens campaign for lower ferry fares every winter.'
      ],
      [
        ['The Rivers campaign said', ['The Rivers campaign', 'The Rivers campaign', 'said']],
        ['Rivers campaign manager', ['Tom Reyes', 'Tom Reyes', 'argued']],
        ['The Rivers campaign was', null],
        ['The Greens campaign', ['The Greens', 'The Greens', 'campaign']]
      ]
    )
  })

  it('is the noun of a name in -s before a plain past verb ("spent"), so the claim has no claimant from it', () => {
    expectClaimants(
      [
        'The Rivers campaign spent 2 million pounds on radio ads in 2019. The Rivers campaign hired 40 new organisers in May. The Greens campaign hard in the harbour towns. The Germans announce new harbour levies every year.'
      ],
      [
        ['The Rivers campaign spent', null],
        ['The Rivers campaign hired', null],
        ['The Greens campaign', ['The Greens', 'The Greens', 'campaign']],
        ['The Germans', ['The Germans', 'The Germans', 'announce']]
      ]
    )
  })
})
