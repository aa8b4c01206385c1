/**
 * Two people joined by "and", the second with a title the name run does not cover (titled-pairs.ts): both make
 * the claim, so the mention spans both and the name reads both, each without its title. Sentences written for
 * these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('two people joined by "and", the second titled', () => {
  it('names both, not the titled one alone', () => {
    expectClaimants(
      [
        'Ann Hale and former Mayor Tom Reyes pledged to cut the harbour levy by 2027.',
        'Former Harbour Secretary Ruth Berg and former Gov. Ian Marsh have pledged to scrap the toll by 2026.',
        'Tom Reyes and his wife Ann Hale said the levy raised 2 million pounds in 2019.',
        'Sens. Ann Hale of Leeds and Tom Reyes of Hull said the levy raised 3 million pounds in 2020.'
      ],
      [
        ['Ann Hale and former', ['Ann Hale and Tom Reyes', 'Ann Hale and former Mayor Tom Reyes', 'pledged']],
        [
          'Former Harbour',
          ['Ruth Berg and Ian Marsh', 'Former Harbour Secretary Ruth Berg and former Gov. Ian Marsh', 'pledged']
        ],
        ['Tom Reyes and his', ['Tom Reyes and Ann Hale', 'Tom Reyes and his wife Ann Hale', 'said']],
        ['Sens. Ann Hale', ['Ann Hale and Tom Reyes', 'Ann Hale of Leeds and Tom Reyes of Hull', 'said']]
      ]
    )
  })

  it('leaves a name beside a description, and a title with no name before "and", as they were', () => {
    expectClaimants(
      [
        'Hale and the council disagree about the levy, which raised 2 million pounds in 2019.',
        'Republican and billionaire candidate Tom Reyes said the levy raised 2 million pounds in 2019.',
        'Democratic candidates Ann Lee and Bo Park said the levy raised 4 million pounds in 2021.'
      ],
      [
        ['Hale and the council', ['Hale and the council', 'Hale and the council', 'disagree']],
        ['Republican and', ['Tom Reyes', 'Tom Reyes', 'said']],
        ['Democratic candidates', ['Ann Lee and Bo Park', 'Ann Lee and Bo Park', 'said']]
      ]
    )
  })
})
