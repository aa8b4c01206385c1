/**
 * A relative clause on a predicate noun ("Lee is a veteran who pledged …") states the view of the sentence's
 * subject, named at "who" (predicate-holders.ts). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('"X is a … who" gives X as the claimant of the relative clause', () => {
  it('a named subject, one noun or a list of them before "who"', () => {
    expectClaimants(
      [
        'Senator Ann Lee is a veteran of the budget fights who has repeatedly pledged to cut taxes for small firms.',
        'Mayor Tom Berg is a builder, landlord and harbour trustee who insists the pier can be saved for 2 million pounds.'
      ],
      [
        ['Senator Ann Lee is', ['Ann Lee', 'who', 'pledged']],
        ['Mayor Tom Berg is', ['Tom Berg', 'who', 'insists']]
      ]
    )
  })

  it('a copula joined by "and" to a first verb phrase: the name opening the clause', () => {
    expectClaimants(
      [
        'Note: Mayor Tom Berg often blocks harbour repairs and is a builder, landlord and trustee who has pledged to sell 40 berths.',
        'Ada Nash chairs the ferry union and was a pilot who warned that the pier had lost 30 percent of its strength.'
      ],
      [
        ['Note: Mayor Tom Berg', ['Tom Berg', 'who', 'pledged']],
        ['Ada Nash chairs', ['Ada Nash', 'who', 'warned']]
      ]
    )
  })

  it('a name before "who", or "who" after a comma, keeps its own antecedent', () => {
    expectClaimants(
      [
        'Councillor Ruiz is a close friend of Mayor Tom Berg who said the pier would cost 2 million pounds.',
        'Ada Nash was a member of the ferry union, which said the levy was unfair to 300 boat owners.'
      ],
      [
        ['Councillor Ruiz is', ['Tom Berg', 'who', 'said']],
        ['Ada Nash was', ['ferry union', 'which', 'said']]
      ]
    )
  })
})
