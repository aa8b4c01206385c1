/**
 * From a budget story I wrote: "needs at least seven Democratic votes" read "votes" as a verb and named "Majority
 * Leader John Thune needs at least seven Democratic" as a claimant; "Six Democrats crossed the aisle to support the
 * bill" named "Six Democrats crossed the aisle". Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('votes counted, and infinitives of purpose', () => {
  it('"seven Democratic votes" is a noun: a figure, then a party adjective', () => {
    expectClaimants(
      ['In the Senate, Majority Leader Ann Rourke needs at least seven Democratic votes to overcome a filibuster.'],
      [['In the Senate', null]]
    )
  })

  it('"Six Democrats crossed the aisle to support the bill": the clause’s subject supports it', () => {
    expectClaimants(
      ['Six Democrats crossed the aisle to support the bill, while three Republicans voted against it.'],
      [
        ['Six Democrats', ['Six Democrats', 'Six Democrats', 'support']],
        ['three Republicans', ['three Republicans', 'three Republicans', 'voted']]
      ]
    )
  })

  it('an infinitive after a preposition’s object is what was asked, no one’s claim', () => {
    expectClaimants(
      ['The judges considered a request by the landlords to put the rent freeze on hold until the spring.'],
      [['The judges considered', ['The judges', 'The judges', 'considered']]]
    )
  })
})
