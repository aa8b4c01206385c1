/**
 * A "he" or "she" inside a sentence after the sentence's own subject stands for that subject when it can,
 * before anyone met earlier in the article. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a pronoun after the sentence’s own subject', () => {
  it('is that subject, not the person quoted just before', () => {
    expectClaimants(
      [
        'The board’s longest-serving director, the physicist Carl Maddox, met the chief executive in May.',
        '“It was the deal of the decade,” said Tom Reyes, a spokesman.',
        'Carl Maddox was one of the most trusted voices on the board, and he was so keen on the deal he said the port should sign it at once.'
      ],
      [['Carl Maddox was one', ['Carl Maddox', 'he', 'was so keen']]]
    )
  })

  it('is that subject after an opening phrase', () => {
    expectClaimants(
      [
        '“We will not back down,” said Tom Reyes, a union organiser.',
        'In his first videos, Carl Santos wears a suit and tie in clips he calls a warning to the harbour board.'
      ],
      [['In his first videos', ['Carl Santos', 'he', 'calls']]]
    )
  })

  it('stays with the person met before when the subject cannot be whom it names', () => {
    expectClaimants(
      [
        'Tom Reyes said the pier was safe.',
        'Ruth Hale chaired the meeting on Monday, and he said the 4 pound levy would rise by May.'
      ],
      [['Ruth Hale chaired', ['Tom Reyes', 'he', 'said']]]
    )
  })

  it('is the subject of a clause put first, and a sentence opening on the same pronoun goes on about its person', () => {
    expectClaimants(
      [
        '“Fares must fall,” said Ivan Petrov, the harbour master.',
        'Ben Ortiz has sought to stay positive. He avoided any criticism of Petrov until Friday, when he said the pier was unsafe.',
        'When Mr. Ortiz did take Mr. Petrov on, he did it gently, saying the levy would cost jobs.'
      ],
      [
        ['He avoided', ['Ben Ortiz', 'he', 'said']],
        ['When Mr. Ortiz', ['Ben Ortiz', 'he', 'saying']]
      ]
    )
  })

  it('is not someone named before a quote the pronoun is inside: the quote is its speaker’s words', () => {
    expectClaimants(
      [
        'Tom Ruiz said the pier would close in May.',
        '“The fees are far too high for families.” ― Ada Berg\n“He has said the levy raised £3 million in 2023, but it raised £2 million.” ― Carl Maddox'
      ],
      [['― Ada Berg', ['Carl Maddox', 'He', 'said']]]
    )
  })
})
