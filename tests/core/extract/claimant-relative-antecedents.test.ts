/**
 * What a relative pronoun ("which", "who") stands for when its claim is the relative clause's: the noun phrase just
 * before it, not the clause that runs up to it (claimant-subject-readers.ts clauseBeforeHead). Sentences written for
 * these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a relative pronoun after a clause stands for the noun phrase just before it', () => {
  it('after a verb and its object, the object', () => {
    expectClaimants(
      ['Councillor Ruiz met the ferry union, which said the levy was unfair to 300 small boat owners.'],
      [['Councillor Ruiz met', ['ferry union', 'which', 'said']]]
    )
  })

  it('after "of" or "from", the noun after it, not the noun it hangs on', () => {
    expectClaimants(
      [
        'The board adopted the advice of a harbour inspector who warned that the pier had lost 40% of its strength.',
        'Turnout fell 16 percent from the 8,200 voters who said in 2019 that the levy was too high.'
      ],
      [
        ['The board adopted', ['harbour inspector', 'who', 'warned']],
        ['Turnout fell', ['8,200 voters', 'who', 'said']]
      ]
    )
  })

  it('nouns joined by "and", or a body hung on a person, stay whole', () => {
    expectClaimants(
      [
        'Current and former harbour officials who backed the levy said it raised 2 million pounds.',
        'An adviser to the ferry union who asked not to be named said the levy cost 300 jobs.'
      ],
      [
        ['Current and former', ['Current and former harbour officials', 'who', 'backed']],
        ['An adviser to', ['An adviser to the ferry union', 'who', 'asked']]
      ]
    )
  })
})
