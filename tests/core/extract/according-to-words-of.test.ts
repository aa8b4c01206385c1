/**
 * "In the words of X" attributes the clause it stands in as "according to X" does, at the sentence's start or set
 * between commas inside it. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

describe('"in the words of" as "according to"', () => {
  it('names the source after "of", the phrase its cue', () => {
    expect(
      claimsOf('In the words of the harbour master, the pier cost £4 million to repair in 2023.').map((row) =>
        row.slice(1)
      )
    ).toEqual([['the harbour master', 'the harbour master', 'In the words of']])
    expect(
      claimsOf('The levy was, in the words of one skipper, “a tax on the sea”, and it raised £3 million in 2023.').map(
        (row) => row.slice(1)
      )
    ).toEqual([['one skipper', 'one skipper', 'in the words of']])
  })

  it('not "the words of" after another preposition, nor "in other words"', () => {
    for (const sentence of [
      'The council quoted the words of the harbour master: the pier cost £4 million to repair in 2023.',
      'In other words, the pier cost £4 million to repair in 2023.'
    ])
      expect(claimsOf(sentence).map((row) => row[1])).not.toContain('the harbour master')
  })
})
