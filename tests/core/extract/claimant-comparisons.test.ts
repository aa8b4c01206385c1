/**
 * A comparison is the writer's claim: who the writer compares with ("… far less than hoteliers had feared", "came
 * sooner than anyone expected") makes no claim, so the verb inside the comparison names no claimant, and never the
 * words before "than" ("The levy raised far less than hoteliers"). A "than" that counts an amount ("More than 200
 * residents", "fewer than half") is no comparison with anyone. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('comparisons', () => {
  it('name no one compared with, and leave the sentence to its own verb of saying', () => {
    expectClaimants(
      [
        'The levy raised far less than hoteliers had feared in 2019.',
        'The new pier opened in May, sooner than anyone had expected, at a cost of 4 million pounds.',
        'The ferry fares rose 12 percent, more than she planned, the harbour board said.'
      ],
      [
        ['The levy raised', null],
        ['The new pier', null],
        ['The ferry fares', ['the harbour board', 'the harbour board', 'said']]
      ]
    )
  })

  it('keep a subject whose "than" counts an amount', () => {
    expectClaimants(
      [
        'More than 200 residents said the 4 pound levy was unfair.',
        'Fewer than half of the hoteliers said fees would rise 12 percent.',
        'A group of more than 50 hoteliers argued that the levy cost 300 jobs.'
      ],
      [
        ['More than 200', ['More than 200 residents', 'More than 200 residents', 'said']],
        ['Fewer than half', ['Fewer than half of the hoteliers', 'Fewer than half of the hoteliers', 'said']],
        ['A group of more', ['A group', 'A group of more than 50 hoteliers', 'argued']]
      ]
    )
  })
})
