/**
 * A relative clause between dashes ("Ruth Hale - who previously said …") reads as one between commas
 * (claimant-subject-readers.ts, subject-before.ts, subject-links.ts, claimant-verb-subjects.ts). Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a dash before "who" opens a relative clause, as a comma does', () => {
  it('the person before the dash makes the claim of the relative clause; the dash and "who" are not their name', () => {
    expectClaimants(
      [
        'Mayor Ruth Hale - who previously said the 4 pound levy was fair - is now against it. Harbour chief Tom Berg — who once backed the levy — wants it scrapped by 2027.'
      ],
      [
        ['Mayor Ruth Hale', ['Ruth Hale', 'who', 'said']],
        ['Harbour chief Tom Berg', ['Tom Berg', 'who', 'backed']]
      ]
    )
  })

  it('a name after an inverted verb may be described after a dash', () => {
    expectClaimants(
      ['The 4 pound levy cost the port 300 jobs, said Tom Berg - who previously backed it.'],
      [['The 4 pound levy', ['Tom Berg', 'Tom Berg', 'said']]]
    )
  })

  it('a focus word before a plural noun alone is still left out', () => {
    expectClaimants(
      ['Even critics believe the 4 pound levy raised 2 million pounds in 2019.'],
      [['Even critics', ['critics', 'critics', 'believe']]]
    )
  })

  it('a relative between dashes yields to a verb of saying after it, as one between commas does; not to "wants"', () => {
    expectClaimants(
      [
        'Tom Reyes, a director at Fair Fares — which has endorsed Okafor — said the levy raised 2 million pounds in 2019.',
        'Ruth Hale, head of the ferry union - which was set up by dockers in 1990 and which has backed Okafor - said the toll cost 300 jobs.',
        'The pilots union — which backs Okafor — told reporters the toll was unfair.',
        'Ian Marsh, a director at Fair Fares — which has endorsed Okafor — wants the levy scrapped by 2027.'
      ],
      [
        ['Tom Reyes, a director', ['Tom Reyes', 'Tom Reyes', 'said']],
        ['Ruth Hale, head', ['Ruth Hale', 'Ruth Hale', 'said']],
        ['The pilots union', ['The pilots union', 'The pilots union', 'told']],
        ['Ian Marsh, a director', ['Fair Fares', 'which', 'endorsed']]
      ]
    )
  })
})
