/**
 * "That" as a relative pronoun before a claimant verb stands for the person or body right before it, named at
 * "that" as "which" and "who" are (claimant-subject-readers.ts relativeThatSubject); a conjunction, a determiner, a thing, or a phrase after "of"
 * names no one. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a relative "that" before a claimant verb', () => {
  it('stands for the people or the body just before it', () => {
    expectClaimants(
      [
        'The 4 pound levy has drawn fire from two harbour unions that argued the fee would cost 300 jobs.',
        'In 2019, the board that had once seen Ruth Hale as a reformer voted to remove her.',
        'The mayor met Harbour First, a group that endorsed Tom Bell for the 12 seats in May.'
      ],
      [
        ['The 4 pound levy', ['two harbour unions', 'that', 'argued']],
        ['In 2019, the board', ['the board', 'that', 'seen']],
        ['The mayor met', ['a group', 'that', 'endorsed']]
      ]
    )
  })

  it('is no one after a verb, for a thing, or after "of"', () => {
    expectClaimants(
      [
        'The mayor said that opposed fees were a fiction in 2019.',
        'The pier closed for 2 days after one leaflet followed another that attacked the 12 pound fee.',
        'Turnout fell to 30 percent of the dock workers that backed the levy in 2019.'
      ],
      [
        ['The mayor said', ['The mayor', 'The mayor', 'said']],
        ['The pier closed', null],
        ['Turnout fell', null]
      ]
    )
  })
})
