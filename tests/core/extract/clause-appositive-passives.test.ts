/**
 * A noun set after someone's clause by a comma and given another's stance by a participle and "by" ("…, a figure
 * disputed by the auditors") is that other's claim, cut at its comma. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

describe('an appositive given a stance by a participle and "by"', () => {
  it('is a claim of the agent after "by", the clause before its own subject\'s', () => {
    expect(
      claimsOf('Hale said the levy would raise £3 million in 2025, a figure disputed by the harbour auditors.')
    ).toEqual([
      ['Hale said the levy would raise £3 million in 2025', 'Hale', 'Hale', 'said'],
      ['a figure disputed by the harbour auditors.', 'the harbour auditors', 'the harbour auditors', 'disputed']
    ])
    expect(
      claimsOf(
        'The mayor backed a 10 percent toll on cruise ships, a plan strongly endorsed by the ferry union on Monday.'
      ).map(([text, name]) => [text, name])
    ).toEqual([
      ['The mayor backed a 10 percent toll on cruise ships', 'The mayor'],
      ['a plan strongly endorsed by the ferry union on Monday.', 'the ferry union']
    ])
  })

  it('leaves the sentence whole after "the", or when the participle gives no stance', () => {
    for (const sentence of [
      'Hale said the levy would raise £3 million in 2025, a sum needed by the port to repair the pier.',
      'Hale said the levy would raise £3 million in 2025, the figure disputed by the harbour auditors.'
    ])
      expect(claimsOf(sentence).map(([text]) => text)).toEqual([sentence])
  })
})
