/**
 * A noun of saying with its owner and a "that" (src/core/extract/noun-complements.ts): the verbs in what was said
 * are not the claim's cue. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('what a noun of saying goes on to', () => {
  it('a verb after the noun’s "that" belongs to what was said: the noun’s owner claims it', () => {
    expectClaimants(
      [
        'It was Hale’s suggestion that the dockers would not back him that angered the board. The union’s claim that Ruiz wanted to close the pier was repeated in May. Berg’s contention was that the mayor is courting the harbour lobby.'
      ],
      [
        ['It was Hale’s suggestion', ['Hale', 'Hale’s', 'suggestion']],
        ['The union’s claim', ['The union', 'The union', 'claim']],
        ['Berg’s contention', ['Berg', 'Berg’s', 'contention']]
      ]
    )
    // A comma closes the content: the verb after it is the sentence's own.
    expectClaimants(
      ['Despite Hale’s insistence that the pier was safe, the harbour board argued that it must close.'],
      [['Despite Hale’s insistence', ['the harbour board', 'the harbour board', 'argued']]]
    )
  })
})
