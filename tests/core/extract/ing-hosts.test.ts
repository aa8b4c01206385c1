/**
 * The word an -ing form takes its subject from when no comma hangs it on its clause (ing-hosts.ts): the verb that
 * made the medium before it ("started a petition calling on …"), which speaks for its maker; with a mark between
 * the medium and the -ing form it is no host. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('an -ing form after a medium someone made', () => {
  it('is the maker’s: the subject of "started", "has run" before the medium', () => {
    expectClaimants(
      [
        'Senator Ruth Hale started a petition this week calling on the port board to cut fees by 10 percent.',
        'The Ashton Gazette, the county’s largest paper, has run a string of editorials pushing the £2 million levy.'
      ],
      [
        ['Senator Ruth Hale started', ['Ruth Hale', 'Senator Ruth Hale', 'calling']],
        ['The Ashton Gazette', ['The Ashton Gazette', 'The Ashton Gazette', 'pushing']]
      ]
    )
  })
})

describe('an -ing form after an occasion of speaking someone held', () => {
  it('is the speaker’s: "opened a rally", "delivered a speech"; an adjective "open" makes nothing', () => {
    expectClaimants(
      [
        'On Tuesday, the Ashton senator opened a harbour rally blasting the port board for cutting 300 jobs.',
        'Ruth Hale delivered a speech on Monday calling for a 10 percent cut in ferry fares.'
      ],
      [
        ['On Tuesday, the Ashton senator', ['the Ashton senator', 'the Ashton senator', 'blasting']],
        ['Ruth Hale delivered', ['Ruth Hale', 'Ruth Hale', 'calling']]
      ]
    )
  })
})
