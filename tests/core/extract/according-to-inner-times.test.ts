/**
 * "according to a report published on Thursday by the Education Policy Unit" named the claimant with "on Thursday"
 * inside it: only a time closing the source was cut. A time between the participle and its agent says when, not
 * who. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a time inside an "according to" source', () => {
  it('is left out of the name, the mention keeping the words written', () => {
    expectClaimants(
      [
        'Rents in Ashmere rose by 9% last year, according to a survey published on Tuesday by the Wessex Housing Trust.',
        'According to figures released late last week by the county council, 310 homes stand empty.'
      ],
      [
        [
          'Rents in Ashmere',
          [
            'a survey published by the Wessex Housing Trust',
            'a survey published on Tuesday by the Wessex Housing Trust',
            'according to'
          ]
        ],
        [
          'According to figures',
          [
            'figures released by the county council',
            'figures released late last week by the county council',
            'According to'
          ]
        ]
      ]
    )
  })
})
