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
})
