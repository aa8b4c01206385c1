/**
 * "state" is a noun far more often than a verb ("the most conservative state on the calendar", "state party chairs",
 * "all three state polls"): no claimant is read from it there. It is the verb of saying after a pronoun or a plural
 * with what is stated next, or after "to" or an auxiliary. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('"state" as a noun', () => {
  it('names no claimant in a noun phrase', () => {
    expectClaimants(
      [
        'The contest is closest in Fife, the most conservative state on the harbour calendar, where Hale leads by 12 points.',
        'The margin of error for all three state polls was 3 points.',
        'The council and local and state party officials filled the hall with dockers who opposed the levy.'
      ],
      [
        ['The contest is closest in Fife', null],
        ['The margin of error', null],
        ['The council and local', ['dockers', 'who', 'opposed']]
      ]
    )
  })
})

describe('"state" as a verb', () => {
  it('names its subject before what it states', () => {
    expectClaimants(
      [
        'The Saudis state in the white paper that 40 percent of the port’s trade passes through Jeddah.',
        'The harbour pilots met the board on Monday. They state their goal is to close the pier by 2027.'
      ],
      [
        ['The Saudis state', ['The Saudis', 'The Saudis', 'state']],
        ['They state', ['The harbour pilots', 'They', 'state']]
      ]
    )
  })
})
