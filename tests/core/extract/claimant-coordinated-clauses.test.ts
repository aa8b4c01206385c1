/**
 * A claimant verb coordinated with the one before it ("… and made several statements") is claimed by the pronoun
 * opening the clause of both verbs after a comma and a link (", where he …", ", but she …"), the nearer mention of
 * the same person, not by the sentence's first word (coordinated-subjects.ts). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a coordinated verb in a clause of its own', () => {
  it('is claimed where the pronoun opening that clause stands, under the name it refers back to', () => {
    expectClaimants(
      [
        'Tom Berg was absent from the council meeting.',
        "He visited the harbour in Leith, where he also met local pilots and made several statements affirming the port's £3 million commitment.",
        'Ann Hale toured the docks on Monday, but she also met the pilots and argued that the £3 million levy was fair.'
      ],
      [
        ['He visited the harbour', ['Tom Berg', 'he', 'made several statements']],
        ['Ann Hale toured the docks', ['Ann Hale', 'she', 'argued']]
      ]
    )
  })

  it("is claimed by the sentence's subject when no pronoun opens a clause between them", () => {
    expectClaimants(
      ['Ann Hale toured the docks on Monday and argued that the £3 million levy was fair.'],
      [['Ann Hale toured the docks', ['Ann Hale', 'Ann Hale', 'argued']]]
    )
  })
})
