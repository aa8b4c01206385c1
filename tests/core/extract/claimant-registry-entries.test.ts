/**
 * Claimants of several people enter the speaker registry in reading order (prose-speakers.ts), so a later
 * "they" stands for them, not for a person met before. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a claimant of several people is the antecedent of a later "they"', () => {
  it('"They" after a stance of several people is theirs, not the woman quoted before', () => {
    expectClaimants(
      [
        'Nadia Osei, the harbour minister, spoke on Monday. She said the pier would stay open.',
        'Ferry owners have long opposed the fees. They acknowledge the crossing loses 2 million pounds a year.'
      ],
      [
        ['Ferry owners', ['Ferry owners', 'Ferry owners', 'opposed']],
        ['They acknowledge', ['Ferry owners', 'They', 'acknowledge']]
      ]
    )
  })

  it('a second "they" goes on with the same people', () => {
    expectClaimants(
      [
        'Ruth Hale told the council the levy was fair.',
        'Most dock workers believe the levy cost 300 jobs. They argue the port lost 4 million pounds. They also say the fees must go.'
      ],
      [
        ['They argue', ['Most dock workers', 'They', 'argue']],
        ['They also say', ['Most dock workers', 'They', 'say']]
      ]
    )
  })

  it('"she" after a claimant of several people is still the woman met before', () => {
    expectClaimants(
      [
        'Ruth Hale told the council the levy was fair.',
        'Harbour traders believe the levy cost 300 jobs. She says the port lost only 4 million pounds.'
      ],
      [['She says', ['Ruth Hale', 'She', 'says']]]
    )
  })

  it('documents are no antecedent of "they": a poll does not become the people of the next sentence', () => {
    expectClaimants(
      [
        'Ferry owners have long opposed the fees.',
        'Ruiz remains fourth in most surveys. They acknowledge the crossing loses 2 million pounds a year.'
      ],
      [
        ['Ruiz remains fourth', ['most surveys', 'most surveys', 'in']],
        ['They acknowledge', ['Ferry owners', 'They', 'acknowledge']]
      ]
    )
  })

  it('"they" later in a sentence stands for the sentence’s own subject of several people', () => {
    expectClaimants(
      [
        'Several analysts expect the fees to rise.',
        'Marlow and other councillors pointed at what they called the minister’s failure to fund the crossing.',
        'Ferry owners pointed at what they called a tax on islanders.'
      ],
      [
        ['Marlow and other councillors', ['Marlow and other councillors', 'they', 'called']],
        ['Ferry owners pointed', ['Ferry owners', 'they', 'called']]
      ]
    )
  })
})
