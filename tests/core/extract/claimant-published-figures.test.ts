/**
 * "Figures released by the Environment Agency show …" had no claimant: a bare verb ("show", "say") takes a plural
 * subject, and the phrase's number was read off its last word ("Agency"), not its head ("Figures"). Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a document phrase with a complement, before a bare verb', () => {
  it('"Figures released by the Environment Agency show" is claimed by their publisher, named with the figures', () => {
    expectClaimants(
      ['Figures released by the Environment Agency show that sewage was discharged for 3.6 million hours in 2024.'],
      [['Figures released', ['the Environment Agency', 'Figures released by the Environment Agency', 'show']]]
    )
  })

  it('"Members of the harbour board say" agrees with "Members", not "board"', () => {
    expectClaimants(
      ['Members of the Kestrel Harbour Board say the dredging will cost £2m more than planned.'],
      [['Members of the', ['Members of the Kestrel Harbour Board', 'Members of the Kestrel Harbour Board', 'say']]]
    )
  })
})
