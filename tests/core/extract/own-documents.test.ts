/**
 * A document closing the sentence ("…, county election records show.") is its outer source, as "…, the
 * Herald reported." is: the verb inside ("rejected") was read first and claimed the sentence for "Voters".
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a document closing the sentence with its finding', () => {
  it('claims the sentence before the verb inside it', () => {
    expectClaimants(
      [
        'Voters rejected a similar transit levy in 2016 by 12 points, county election records show.',
        'The harbour trust lost £3 million on the ferry contract last year, court filings indicate.',
        'Rents in the city rose 9 percent in 2023, council figures suggest.',
        'Four of the seven members backed a rise to 5.5%, minutes of the meeting show.'
      ],
      [
        ['Voters rejected', ['county election records', 'county election records', 'show']],
        ['The harbour trust', ['court filings', 'court filings', 'indicate']],
        ['Rents in the city', ['council figures', 'council figures', 'suggest']],
        ['Four of the seven', ['minutes of the meeting', 'minutes of the meeting', 'show']]
      ]
    )
  })

  it('leaves a body’s own document, a clause and a singular noun to the other readers', () => {
    expectClaimants(
      [
        'The harbour trust spent £4 million on the quay, its accounts show.',
        'Mayor Ann Hale said fares rose 12 percent, as the records show.',
        'Ruth Berg said the levy would raise £2 million, and the plan show.'
      ],
      [
        ['The harbour trust', ['The harbour trust’s accounts', 'its accounts', 'show']],
        ['Mayor Ann Hale', ['Ann Hale', 'Mayor Ann Hale', 'said']],
        ['Ruth Berg', ['Ruth Berg', 'Ruth Berg', 'said']]
      ]
    )
  })

  it('names a source after "according to" with the body that owns it', () => {
    // "claimed by its analysis of Ofgem data" told a checker nothing about whose analysis it was.
    expectClaimants(
      [
        'The Resolution Foundation warned that arrears now stand at £3.7 billion, according to its analysis of Ofgem data.',
        'The unions say 4,000 jobs will go by 2027, according to their own survey of members.',
        'Rents rose 12% in the city last year, according to its annual housing survey.'
      ],
      [
        [
          'The Resolution Foundation',
          ['The Resolution Foundation’s analysis of Ofgem data', 'its analysis of Ofgem data', 'according to']
        ],
        ['The unions say', ['The unions’ own survey of members', 'their own survey of members', 'according to']],
        // "its" is the city's, which opens no sentence: the source stays as written.
        ['Rents rose', ['its annual housing survey', 'its annual housing survey', 'according to']]
      ]
    )
  })
})
