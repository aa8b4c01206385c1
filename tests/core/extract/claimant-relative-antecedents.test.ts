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
        // The relative yields its cue to the subject's verb of saying (claimant-restrictive-relatives.test.ts).
        [
          'Current and former',
          ['Current and former harbour officials', 'Current and former harbour officials', 'said']
        ],
        ['An adviser to', ['An adviser to the ferry union', 'who', 'asked']]
      ]
    )
  })

  it('a "who" no noun reading knows stands for the words right before it, back to a verb or a break', () => {
    expectClaimants(
      [
        'The levy has angered 40 ferry captains who argue that the 12 pound fee is unlawful.',
        'Support rose to 30 percent from the 2 percent who preferred the levy in 2019.',
        'The fee drew 300 letters from those who said it would cost jobs.'
      ],
      [
        ['The levy has angered', ['40 ferry captains', 'who', 'argue']],
        ['Support rose', ['the 2 percent', 'who', 'preferred']],
        ['The fee drew', ['those', 'who', 'said']]
      ]
    )
  })

  it('not a "who" after a verb, which asks a question, nor after a time', () => {
    expectClaimants(
      [
        'The two pilots spent the 2019 season jockeying to see who could claim the 12 pound prize.',
        'The board named Ada Ruiz chair that year who argued for the 12 pound fee.'
      ],
      [
        ['The two pilots', null],
        ['The board named', null]
      ]
    )
  })
})
