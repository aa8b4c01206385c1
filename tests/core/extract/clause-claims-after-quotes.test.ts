/**
 * A sentence that opens inside a quote ends it and may go on with an attribution of its own: "…,” said Tom Berg, a
 * harbour pilot, who argued that …". The quoted words stay one claim, scored as quoted words are; the clause after the
 * quote is cut as it is in a sentence with no quote (clause-claims.ts), and a comma inside the quote still cuts
 * nothing. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

describe('a sentence opening inside a quote', () => {
  it('is cut after the quote, where a relative clause on its speaker reports a claim of their own', () => {
    const claims = claimsOf(
      '“The ferry has lost £4 million since 2021. The money is gone, and the port is silent,” said Tom Berg, a harbour pilot, who argued that the fees had risen by 40 percent in two years.'
    )
    expect(claims).toEqual([
      ['“The ferry has lost £4 million since 2021.', 'Tom Berg', 'Tom Berg', 'said'],
      ['The money is gone, and the port is silent,” said Tom Berg, a harbour pilot', 'Tom Berg', 'Tom Berg', 'said'],
      ['who argued that the fees had risen by 40 percent in two years.', 'Tom Berg', 'who', 'argued']
    ])
  })

  it('is cut after the quote before a clause opened by "after" with a subject of its own', () => {
    const claims = claimsOf(
      '“We will not pay a penny more. The levy must go by 2026,” Ann Hale said on Monday after the harbour board voted to raise the fees by 12 percent.'
    )
    expect(claims).toEqual([
      ['The levy must go by 2026,” Ann Hale said on Monday', 'Ann Hale', 'Ann Hale', 'said'],
      ['the harbour board voted to raise the fees by 12 percent.', 'the harbour board', 'the harbour board', 'voted']
    ])
  })
})
