/**
 * Where a claimant's name starts: a month that is a first name too (name-runs.ts monthAsFirstName), a name
 * after a party and a role of several words (subject-after.ts), a name right after a body's name that "the" opens,
 * with no comma after a long opening phrase (subject-appositives.ts). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a month used as a first name', () => {
  it('is the first word of a name before a surname, opening the sentence, inverted or after a role', () => {
    expectClaimants(
      [
        'April Nash said the 4 pound levy raised 2 million pounds in 2019. The levy cost the port 300 jobs, June Carter argued. Harbour chief August Wilson believes the levy is fair.'
      ],
      [
        ['April Nash said', ['April Nash', 'April Nash', 'said']],
        ['The levy cost', ['June Carter', 'June Carter', 'argued']],
        ['Harbour chief August Wilson', ['August Wilson', 'August Wilson', 'believes']]
      ]
    )
  })

  it('stays a date after a word that makes it one', () => {
    expectClaimants(
      ['Ruth Hale chairs the harbour board. In April, Hale argued that the 4 pound levy is a tax on jobs.'],
      [['In April, Hale', ['Ruth Hale', 'Hale', 'argued']]]
    )
  })
})

describe('a name after an inverted verb, behind a party and a role of several words', () => {
  it('the name closing "said Labour party boss …" is the claimant, not the party', () => {
    expectClaimants(
      [
        'The 4 pound levy is fair, said Labour party boss Ruth Hale. The levy cost 300 jobs, said Green city councillor Tom Berg.'
      ],
      [
        ['The 4 pound levy', ['Ruth Hale', 'Ruth Hale', 'said']],
        ['The levy cost', ['Tom Berg', 'Tom Berg', 'said']]
      ]
    )
  })
})

describe("a name run on from a body's name after a long opening phrase", () => {
  it("is the person after the body's last head word", () => {
    expectClaimants(
      [
        'In a March meeting with the editorial board of the Boston Globe Hale said that the levy raised £3 million last year and cost 200 jobs.',
        'At a long meeting with members of the Harbour Trust Ruth Hale said that the levy would raise £3 million.'
      ],
      [
        ['In a March meeting', ['Hale', 'Hale', 'said']],
        ['At a long meeting', ['Ruth Hale', 'Ruth Hale', 'said']]
      ]
    )
  })

  it("names no one when the body's name ends the run, and leaves a subject after it alone", () => {
    expectClaimants(
      [
        'At a meeting with the editors of the Wexbury Times Magazine said the levy was unfair.',
        'In a long letter to the chairman of the Harbour Trust Board the union said the levy was unfair.'
      ],
      [
        ['At a meeting', null],
        ['In a long letter', ['the union', 'the union', 'said']]
      ]
    )
  })
})
