/**
 * A subject with a restrictive relative clause between it and its verb of saying or stance is read before the clause
 * (relative-that-subjects.ts relativeVerbAt, beforeRelative, relativeClauseSubject): the clause's verb and its object
 * ("that runs it", "that manages the two hospitals") are no subject. A plural noun after the relative is the
 * clause's own subject, and a clause set off by a comma is an aside. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a subject read past its relative clause', () => {
  it("past the clause's verb and its object, a pronoun or a phrase", () => {
    expectClaimants(
      [
        'Wexbury General Hospital said 412 patients had waited more than 12 hours.',
        'The trust that runs it blamed a shortage of beds on its wards.',
        'The trust that manages the two hospitals said beds were short.',
        'More than 6 in 10 dockers who attended the meeting described themselves as angry.'
      ],
      [
        ['Wexbury General Hospital', ['Wexbury General Hospital', 'Wexbury General Hospital', 'said']],
        ['The trust that runs it', ['The trust', 'The trust', 'blamed']],
        ['The trust that manages', ['The trust', 'The trust', 'said']],
        ['More than 6 in 10', ['More than 6 in 10 dockers', 'More than 6 in 10 dockers', 'described']]
      ]
    )
  })

  it('not past a clause whose subject follows the relative, nor an aside in commas', () => {
    expectClaimants(
      [
        'The plans that councils offered in May would fall short.',
        'Ruth Hale, the harbour master who runs a local radio show, was asked by a caller about the levy.'
      ],
      [
        ['The plans', ['councils', 'councils', 'offered']],
        ['Ruth Hale', ['a caller', 'a caller', 'asked']]
      ]
    )
  })
})
