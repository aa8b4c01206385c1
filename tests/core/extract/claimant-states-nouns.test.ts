/**
 * "states" says something only when what it states follows it ("that" opening a clause, a colon or a quotation
 * mark) or when a pronoun, a person, a body or a document stands before it; otherwise it is the plural of "state"
 * ("Rust Belt states that have lost jobs", "the other states voting Tuesday") and names no claimant. Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('"states" as the plural of "state" is no cue', () => {
  it('after a region, a count word or an adjective, before anything but what is stated', () => {
    expectClaimants(
      [
        'Turnout fell in Iowa and Ohio, Rust Belt states that have lost 40,000 factory jobs since 2010. The other states voting Tuesday are Maine, Utah and Idaho. The ferry race now moves to Northern states this week that Ruiz hopes to win by 5 points. As Baltic states and neighbours, Latvia and Estonia shared a grid until 2025. Most Western states that hold caucuses in March have 12 delegates or more. The levy rose by 3 percent in some states near the coast.'
      ],
      [
        ['Turnout fell in Iowa', null],
        ['The other states voting', null],
        ['The ferry race now moves', ['Ruiz', 'Ruiz', 'hopes']],
        ['As Baltic states', null],
        ['Most Western states', null],
        ['The levy rose by 3 percent', null]
      ]
    )
  })

  it('keeps the verb before a clause with "that", after a document or a person', () => {
    expectClaimants(
      [
        'A page on the harbour board’s website states that ferries will cost 40 percent more by 2027. “Tolls rise in May,” the memo states, giving no figure for 2026. Ruiz, who ran the port for 12 years, states that the fund lost $4 million.'
      ],
      [
        [
          'A page on the harbour',
          ['A page on the harbour board’s website', 'A page on the harbour board’s website', 'states']
        ],
        ['“Tolls rise in May', ['the memo', 'the memo', 'states']],
        ['Ruiz, who ran the port', ['Ruiz', 'Ruiz', 'states']]
      ]
    )
  })
})
