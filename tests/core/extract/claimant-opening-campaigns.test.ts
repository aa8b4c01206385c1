/**
 * A sentence opening on a name's campaign ("The Hale campaign sent …") and a second verb after "and" or an -ing form
 * after "by": the opening subject is the whole noun phrase, the campaign, not the words before "campaign" read as a
 * verb (opening-phrase-ends.ts). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a campaign opening the sentence', () => {
  it('claims the coordinated verb as the campaign', () => {
    expectClaimants(
      ['The Hale campaign sent out a mailer on Friday and accused Okafor of lying about the harbour budget.'],
      [['The Hale campaign sent', ['The Hale campaign', 'The Hale campaign', 'accused']]]
    )
  })

  it('claims an -ing form after "by" as the campaign', () => {
    expectClaimants(
      ['But the Ruiz campaign risks losing the dockers by dismissing their strike as a stunt.'],
      [['But the Ruiz campaign', ['the Ruiz campaign', 'the Ruiz campaign', 'dismissing']]]
    )
  })
})
