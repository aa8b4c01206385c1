/**
 * A word spelt like a claimant cue inside a noun phrase names no one: an -s form after a people's, a party's or a
 * creed's adjective is the noun it describes (cue-nouns.ts), a participle on a domain adverb ("emotionally
 * charged") an adjective, and "most recently" an adverb's phrase, not a share of people (claimant-verb-words.ts).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('cue words read inside a noun phrase', () => {
  it('name no claimant, and leave the sentence to its own verb of saying', () => {
    expectClaimants(
      [
        'In three solidly Democratic states, like Ohio and Maine, the mayor said turnout fell by 12 percent.',
        'Hale and her Islamophobic remarks loomed over the 2019 vote on the levy.',
        "For the mayor, Harbourton's emotionally charged revolt against the 4 pound levy is a test.",
        'The group, most recently known to its 300 members as Fair Fares, closed in May.'
      ],
      [
        ['In three solidly', ['the mayor', 'the mayor', 'said']],
        ['Hale and her', null],
        ['For the mayor', null],
        ['The group', null]
      ]
    )
  })

  it('keep the verbs of a people noun, a manner adverb and a share of people', () => {
    expectClaimants(
      [
        'A Republican argues that the 4 pound levy cost 300 jobs.',
        'One Canadian wants to cut the levy by 4 pounds.',
        'Hale publicly charged that the levy cost 300 jobs.',
        'Hale, who most recently defended the levy, cut 12 jobs.',
        'Most strongly backed the 4 pound levy in 2019.'
      ],
      [
        ['A Republican', ['A Republican', 'A Republican', 'argues']],
        ['One Canadian', ['One Canadian', 'One Canadian', 'wants']],
        ['Hale publicly', ['Hale', 'Hale', 'charged']],
        ['Hale, who', ['Hale', 'who', 'defended']],
        ['Most strongly', ['Most', 'Most', 'backed']]
      ]
    )
  })
})
