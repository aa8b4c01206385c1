/**
 * "That" as a relative pronoun before a claimant verb stands for the person or body right before it, named at
 * "that" as "which" and "who" are (relative-that-subjects.ts relativeThatSubject); a conjunction, a determiner, a thing, or a phrase after "of"
 * names no one, unless a body made of its members stands before "of" (the whole phrase). Sentences written for these tests.
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

  it('after "of", is the body made of its members with them, read whole', () => {
    expectClaimants(
      [
        'On Friday Ruiz met the Harbour Forum, a group of dockers and pilots that opposes the levy.',
        'Ruiz also has a network of well-funded harbour unions that will be able to make the case for him before May.',
        'Turnout fell to a fifth of the harbour unions that backed the levy in 2019.'
      ],
      [
        ['On Friday Ruiz met', ['a group of dockers and pilots', 'that', 'opposes']],
        ['Ruiz also has', ['a network of well-funded harbour unions', 'that', 'make the case']],
        ['Turnout fell', null]
      ]
    )
  })
})
