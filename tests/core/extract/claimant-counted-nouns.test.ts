/**
 * An -s word after a count of more than one ("two coastal states", "the two harbour states") or after "both" as a
 * determiner ("Both campaigns in …") is the counted noun, never a verb of saying or stance: a plural subject takes
 * the bare verb. "Both" after a subject pairs two verbs ("Ruiz both documents … and blames …"), and a plural noun
 * after the count ends the phrase ("over the last three days shows"). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('counted nouns spelt like verbs', () => {
  it('name no claimant after a count or "both"', () => {
    expectClaimants(
      [
        'Ruth Hale says she has the lead in the race after two coastal states wins on Friday.',
        'In Wexbury and Tollbridge, the two harbour states with the most dockers, the union leads by 12 points.',
        'Dan Ober of Tollbridge is touring the three coastal states with his union this week.',
        'Both campaigns in the harbour race are using the levy to attack Ruiz.'
      ],
      [
        ['Ruth Hale says', ['Ruth Hale', 'Ruth Hale', 'says']],
        ['In Wexbury and Tollbridge', null],
        ['Dan Ober of Tollbridge', null],
        ['Both campaigns', null]
      ]
    )
  })

  it('keep the verb after a subject\'s "both", after a counted plural, and "both" alone', () => {
    expectClaimants(
      [
        'Ruiz both documents the losses of 2019 and blames the board for them.',
        'The average of polls taken over the last three days shows Ruiz ahead by 12 points.',
        'Both said the levy would cost 300 jobs.'
      ],
      [
        ['Ruiz both', ['Ruiz', 'Ruiz', 'documents']],
        [
          'The average',
          [
            'The average of polls taken over the last three days',
            'The average of polls taken over the last three days',
            'shows'
          ]
        ],
        ['Both said', ['Both', 'Both', 'said']]
      ]
    )
  })
})
