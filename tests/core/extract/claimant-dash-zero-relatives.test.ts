/**
 * A noun after a dash with a relative clause that has no relative word ("— a probe the port authority said was …",
 * "-- meddling the councillor said is …") reports the reporting subject's words, as after a comma: the clause is cut
 * there and its claimant is that subject, not the noun read with it (zero-relatives.ts). Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a zero relative after a dash', () => {
  it('is claimed by its reporting subject, the noun before it standing bare', () => {
    expectClaimants(
      [
        'Ann Hale called on the mayor to act against the ferry firm for its interference in the vote -- meddling the Leeds councillor said is designed to hurt the dockers.'
      ],
      [
        ['Ann Hale called', ['Ann Hale', 'Ann Hale', 'called']],
        ['meddling the Leeds councillor', ['the Leeds councillor', 'the Leeds councillor', 'said']]
      ]
    )
  })

  it('is claimed by its reporting subject after a determiner and a noun', () => {
    expectClaimants(
      ['Each release recalls the harbour inquiry — a probe the port authority said was still open in May.'],
      [['a probe the port authority', ['the port authority', 'the port authority', 'said']]]
    )
  })
})
