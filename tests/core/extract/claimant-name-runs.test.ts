/**
 * Where a claimant's name starts: a month that is a first name too (name-runs.ts monthAsFirstName), a name
 * after a party and a role of several words (subject-after.ts). Sentences written for
 * these tests.
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
