/**
 * Votes cast for or against something (claimant-phrasal-cues.ts), speaking for a cause as its voice or campaigner
 * (state-cues.ts), and words spelt like a cue that are the noun of their phrase (cue-nouns.ts): "remarks by …",
 * "the primary contest,". Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('claimants of votes cast and causes spoken for', () => {
  it('casting a vote or a ballot for or against something is a stance', () => {
    expectClaimants(
      [
        'The dock workers cast their ballots against the 4 pound levy in May. Most councillors cast a vote for the 2 million pound sea wall.'
      ],
      [
        ['The dock workers', ['The dock workers', 'The dock workers', 'cast their ballots against']],
        ['Most councillors', ['Most councillors', 'Most councillors', 'cast a vote for']]
      ]
    )
  })

  it('being the voice of a cause or campaigning for it is a stance of whoever is', () => {
    expectClaimants(
      [
        'Ruth Hale became a voice for the dock workers after the 2019 storm. Tom Bell is a tireless campaigner against the 4 pound levy.'
      ],
      [
        ['Ruth Hale became', ['Ruth Hale', 'Ruth Hale', 'became a voice for']],
        ['Tom Bell is', ['Tom Bell', 'Tom Bell', 'is a tireless campaigner against']]
      ]
    )
  })

  it('losing a voice or casting ballots in a contest holds no view', () => {
    expectClaimants(
      [
        'Ruth Hale lost her voice for 2 days in May. In May, about 40 percent of voters cast ballots in the primary contest, which Hale won.'
      ],
      [
        ['Ruth Hale lost', null],
        ['In May, about 40 percent', null]
      ]
    )
  })
})

describe('words spelt like a cue that are the noun of their phrase', () => {
  it('remarks by someone are theirs, not the adjective before them', () => {
    expectClaimants(
      ['Harsh remarks by Tom Bell angered the 12 dock workers.'],
      [['Harsh remarks', ['Tom Bell', 'Tom Bell', 'remarks']]]
    )
  })
})
