/**
 * A headline colon names its claimant only when the words before it are someone who can speak: a kicker word
 * ("Revealed:", "Bombshell:"), a title-case slogan ("Storm Over Harbour:") or a place heading a list of names
 * ("Kent: Ann Hale, Tom Berg, …") is no one. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a headline colon', () => {
  it('a kicker word before the colon names no claimant; a name or a poll still does', () => {
    expectClaimants(
      [
        'Revealed: the council spent £40 million on the harbour wall.',
        'Bombshell: the port board hid three reports about the dredging.',
        'Remember: the ferry fares doubled the last time the levy rose.',
        'Okafor: the harbour wall will not be finished by June.',
        'Poll: Okafor and Hale in a dead heat in the harbour race.'
      ],
      [
        ['Revealed:', null],
        ['Bombshell:', null],
        ['Remember:', null],
        ['Okafor:', ['Okafor', 'Okafor', ':']],
        ['Poll:', ['Poll', 'Poll', ':']]
      ]
    )
  })

  it('a title-case slogan with a capitalised preposition inside is no name', () => {
    expectClaimants(
      ['Storm Over Harbour: Mayor Hale Was Warned About the Wall but Kept Quiet.'],
      [['Storm Over Harbour:', null]]
    )
  })

  it('a place before a list of names is a heading, not a claimant', () => {
    expectClaimants(
      [
        'Kent: Ann Hale, Tom Berg, Ruth Pryce, Dan Okafor, Lisa Brandt.',
        'Leeds Council: the levy will be dropped next year.'
      ],
      [
        ['Kent:', null],
        ['Leeds Council:', ['Leeds Council', 'Leeds Council', ':']]
      ]
    )
  })
})
