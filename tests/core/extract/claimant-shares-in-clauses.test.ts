/**
 * A share of people opening a clause inside the sentence ("an electorate in which 67 percent of voters say", "a ward
 * where 60% of traders think") is that clause's claimant, as it is after a comma; a share after a bare "which" is
 * the relative's object ("the survey, which 40 percent of traders answered, found"). Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a share opening a clause inside the sentence', () => {
  it('is the claimant after "in which" or "where"; not after a bare "which"', () => {
    expectClaimants(
      [
        'Okafor goes into the spring facing a harbour electorate in which 67 percent of voters say she cannot be trusted. It is a port town where 60 percent of traders think the levy is unfair. The survey, which 40 percent of traders answered, found that fares rose.'
      ],
      [
        ['Okafor goes into the spring', ['67 percent of voters', '67 percent of voters', 'say']],
        ['It is a port town', ['60 percent of traders', '60 percent of traders', 'think']],
        ['The survey, which', ['The survey', 'The survey', 'found']]
      ]
    )
  })
})
