/**
 * A pronoun after a clause put first is that clause's subject when nothing else decides ("When Marcus Delaney met
 * Tom Reyes, he told him …": Delaney), and the first name is what tells a reader the subject's gender. Names a
 * reader knows as a man's or a woman's must count as such. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a pronoun after a clause put first, with a common first name', () => {
  it('is the subject of the clause, not the man it met', () => {
    expectClaimants(
      ['When Marcus Delaney met Tom Reyes on Monday, he told him the ferry levy would cost 300 jobs.'],
      [['When Marcus Delaney met', ['Marcus Delaney', 'he', 'told']]]
    )
  })

  it('is the subject of the clause when the one it met is a woman', () => {
    expectClaimants(
      ['When Marcus Delaney met Mary Okafor on Monday, he told her the ferry levy would cost 300 jobs.'],
      [['When Marcus Delaney met', ['Marcus Delaney', 'he', 'told']]]
    )
  })

  it('is the woman named when the pronoun is "she"', () => {
    expectClaimants(
      ['When Marcus Delaney met Mary Okafor on Monday, she told him the ferry levy would cost 300 jobs.'],
      [['When Marcus Delaney met', ['Mary Okafor', 'she', 'told']]]
    )
  })

  it('is not a man named in an earlier sentence when the pronoun is "she"', () => {
    expectClaimants(
      [
        'Marcus Delaney chairs the harbour board.',
        'When Ada Berg visited the council on Tuesday, she said the levy would cost 200 jobs.'
      ],
      [['When Ada Berg visited', ['Ada Berg', 'she', 'said']]]
    )
  })
})
