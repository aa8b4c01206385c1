/**
 * Agencies whose names hold an "and" ("U.S. Customs and Border Protection", "Immigration and Customs Enforcement")
 * are one claimant after "according to", not the words before the "and". Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('an agency named across "and"', () => {
  it('is the whole name after "according to", closing the sentence or opening it', () => {
    expectClaimants(
      [
        'Agents recorded about 250,000 encounters at the southern border in December, according to U.S. Customs and Border Protection.',
        'According to Immigration and Customs Enforcement, 1,200 people were deported from the state in May.'
      ],
      [
        [
          'Agents recorded',
          ['U.S. Customs and Border Protection', 'U.S. Customs and Border Protection', 'according to']
        ],
        ['According to', ['Immigration and Customs Enforcement', 'Immigration and Customs Enforcement', 'According to']]
      ]
    )
  })

  it('leaves two names joined by "and" as they were read', () => {
    expectClaimants(
      ['Fares rose by 4 percent in May, according to Hale and Tom Reyes.'],
      [['Fares rose', ['Hale', 'Hale', 'according to']]]
    )
  })
})
