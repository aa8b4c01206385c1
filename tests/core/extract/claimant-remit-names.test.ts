/**
 * Bodies named by their remit (name-runs.ts insideRemitList, description-heads.ts remitFits): a department whose remit is a
 * list keeps its whole name as claimant, and one department is not another met before it. Sentences written for
 * these tests in the style of UK and US copy.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a department whose remit is a list', () => {
  it('is the claimant in full, not the list’s last items', () => {
    expectClaimants(
      [
        'The Department for Environment, Food and Rural Affairs said 12 rivers had failed the test.',
        'A Department for Science, Innovation and Technology spokesperson said the scheme had cost £40 million.'
      ],
      [
        [
          'The Department for Environment',
          [
            'The Department for Environment, Food and Rural Affairs',
            'The Department for Environment, Food and Rural Affairs',
            'said'
          ]
        ],
        [
          'A Department for Science',
          [
            'A Department for Science, Innovation and Technology spokesperson',
            'A Department for Science, Innovation and Technology spokesperson',
            'said'
          ]
        ]
      ]
    )
  })
})

describe('a body named by its remit after another of the same kind', () => {
  it('is a body of its own when its remit differs', () => {
    expectClaimants(
      [
        'A Department for Education spokesperson said schools had received £2 billion more this year.',
        'The Department for Transport said 140 bus routes had been cut since 2019.'
      ],
      [['The Department for Transport', ['The Department for Transport', 'The Department for Transport', 'said']]]
    )
  })

  it('is the body met before when it names no remit, or the same one', () => {
    expectClaimants(
      [
        'The Department for Transport said 140 bus routes had been cut since 2019.',
        'The department said a further 30 would close by March.'
      ],
      [['The department said', ['The Department for Transport', 'The department', 'said']]]
    )
  })
})

describe('a body whose name joins two words with "and"', () => {
  it('is a body of its own, not one met before whose name opens with the same word', () => {
    expectClaimants(
      [
        'The Harbour and Dock union said it would ballot its members on Friday.',
        'The Harbour and Coastguard Agency said the two ships were safe to sail.'
      ],
      [
        ['The Harbour and Dock union', ['The Harbour and Dock union', 'The Harbour and Dock union', 'said']],
        [
          'The Harbour and Coastguard Agency',
          ['The Harbour and Coastguard Agency', 'The Harbour and Coastguard Agency', 'said']
        ]
      ]
    )
  })
})
