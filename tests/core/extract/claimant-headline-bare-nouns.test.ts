/**
 * A sentence-case headline drops the article: "Energy bills to fall again in spring, regulator says" had no
 * claimant, "regulator says" being read as a noun modified by "regulator" (as in "voter fears"). Sentences written
 * for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a sentence-case headline closed by a bare noun and a verb of saying', () => {
  it('is claimed by the noun, named with its article', () => {
    expectClaimants(
      ['Water bills to rise by £40 in April, regulator says'],
      [['Water bills', ['the regulator', 'regulator', 'says']]]
    )
  })

  it('is claimed by the body the noun stands for when the story names it', () => {
    expectClaimants(
      [
        'Bin collections to be cut to 26 a year, council says',
        'Ashmere County Council said on Monday that it would collect bins every fortnight.'
      ],
      [['Bin collections', ['Ashmere County Council', 'council', 'says']]]
    )
  })
})
