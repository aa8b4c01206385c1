/**
 * A noun for words said after its owner ("Ryan's comments", "Hale's statement") is the owner's claim only when it
 * goes on to what was said; naming the occasion ("… came a day after the vote") it claims nothing.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('an owned noun for words said claims only with its content', () => {
  it('"Ryan’s comments came a day after …" names no claim; "Okafor’s remarks about the levy" is Okafor’s', () => {
    expectClaimants(
      [
        'Ryan’s comments came two days after Okafor won the Leeds primary. The union’s statement came a day after the vote on the ferry levy. Okafor’s remarks about the levy angered the dockers. Hale’s comments Tuesday on the levy drew a rebuke from the union.'
      ],
      [
        ['Ryan’s comments came', null],
        ['The union’s statement came', null],
        ['Okafor’s remarks about', ['Okafor', 'Okafor', 'remarks']],
        ['Hale’s comments Tuesday', ['Hale', 'Hale', 'comments']]
      ]
    )
  })

  it('a plan, a claim, or a comment that says something itself stays the owner’s', () => {
    expectClaimants(
      [
        'Hale’s plan would cut the ferry levy by 3%. Berg’s claims about the pier were false. Ruiz’s comment highlighted the silence of the port board.'
      ],
      [
        ['Hale’s plan', ['Hale', 'Hale', 'plan']],
        ['Berg’s claims', ['Berg', 'Berg', 'claims']],
        ['Ruiz’s comment', ['Ruiz', 'Ruiz', 'comment']]
      ]
    )
  })
})
