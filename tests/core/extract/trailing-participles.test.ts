/**
 * A participle's phrase closing the sentence ("…, she said, citing Treasury estimates.") says how the speaker spoke:
 * its words are an object, and "Treasury estimates" was read as a subject and its verb, claiming the sentence for
 * the Treasury. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a participle after the closing attribution', () => {
  it('leaves the claim to the attribution before it', () => {
    expectClaimants(
      [
        'Ruth Berg met the port’s auditors in May. Ferry fares will rise by 12 percent next year, she said, citing Treasury estimates.',
        'Harbour fees doubled in 2023, the union said, quoting Port Authority figures.'
      ],
      [
        ['Ferry fares', ['Ruth Berg', 'she', 'said']],
        ['Harbour fees', ['the union', 'the union', 'said']]
      ]
    )
  })

  it('leaves a reaction to the clause, summed up as "something", to the speaker before it', () => {
    expectClaimants(
      ['Ruth Berg said the ferry was late 40 times in May, something that Tom Ruiz mocked.'],
      [['Ruth Berg said', ['Ruth Berg', 'Ruth Berg', 'said']]]
    )
  })
})
