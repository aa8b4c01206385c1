/**
 * "… because he worries …": after "because", as after "after" or "when", a pronoun of the main speaker's gender with
 * no one it could stand for named between is that speaker again, a claim of its own named at the pronoun; a name of
 * the other gender between is passed. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

describe('a clause after "because" opening on a pronoun for the main speaker', () => {
  it('is cut, the pronoun naming the main speaker, past a name of the other gender', () => {
    expect(
      claimsOf(
        'Tom Berg is backing Ann Hale for the harbour board because he worries the fees will rise by 40% next year.'
      )
    ).toEqual([
      ['Tom Berg is backing Ann Hale for the harbour board', 'Tom Berg', 'Tom Berg', 'backing'],
      ['he worries the fees will rise by 40% next year.', 'Tom Berg', 'he', 'worries']
    ])
    expect(
      claimsOf(
        'Tom Berg said the levy raised £3 million in 2023, because he argued that the fees would rise by 40% next year.'
      )
    ).toEqual([
      ['Tom Berg said the levy raised £3 million in 2023', 'Tom Berg', 'Tom Berg', 'said'],
      ['he argued that the fees would rise by 40% next year.', 'Tom Berg', 'he', 'argued']
    ])
  })

  it('is left whole when someone the pronoun could stand for is named between', () => {
    for (const sentence of [
      'Tom Berg is backing Ed Hale for the harbour board because he worries the fees will rise by 40% next year.',
      'Ann Okafor criticised Ruth Hale in 2023 because she argued that the fees would rise by 40% next year.'
    ])
      expect(claimsOf(sentence).map((row) => row[0])).toEqual([sentence])
  })
})
