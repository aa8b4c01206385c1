/**
 * A body or a place named as a speaker ("Portugal said …", "Fisheries Rights Watch, which …, said …") is never what
 * a later "he" or "she" stands for, though no title or first name gives it a gender to clash with (speakers.ts
 * antecedent, asking the article's entities). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a body or a place met as a speaker', () => {
  it('is passed over for the person named before it', () => {
    expectClaimants(
      [
        'Ferry captain Tom Reyes has crossed the strait since 1998.',
        'Portugal said on Monday that it had closed the port to foreign boats.',
        '“We lost the whole spring trade,” he said.'
      ],
      [['“We lost the whole spring trade,” he said.', ['Tom Reyes', 'he', 'said']]]
    )
    expectClaimants(
      [
        'Ferry captain Tom Reyes has crossed the strait since 1998.',
        'Fisheries Rights Watch, which monitors the port, said on Monday that it was closed.',
        '“We lost the whole spring trade,” he said.'
      ],
      [['“We lost the whole spring trade,” he said.', ['Tom Reyes', 'he', 'said']]]
    )
  })

  it('leaves a pronoun with no person before it to no one', () => {
    expectClaimants(
      ['Portugal said on Monday that it had closed the port to foreign boats.', 'He said the crews would be paid.'],
      [
        ['Portugal said', ['Portugal', 'Portugal', 'said']],
        ['He said the crews', null]
      ]
    )
  })
})
