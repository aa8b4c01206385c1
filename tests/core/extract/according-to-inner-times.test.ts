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

  it('keeps the verb of a source that has a subject of its own', () => {
    // "figures the trust published": cutting "published" with the time left "figures the trust".
    expectClaimants(
      [
        'More than 48,000 patients are waiting for surgery, according to figures the trust published on Monday.',
        'Rents rose 12% in Ashmere, according to data its housing office released last week.',
        'Two in three tenants back the levy, according to a poll of tenants taken last week.'
      ],
      [
        ['More than 48,000', ['figures the trust published', 'figures the trust published', 'according to']],
        ['Rents rose', ['data its housing office released', 'data its housing office released', 'according to']],
        ['Two in three', ['a poll of tenants', 'a poll of tenants', 'according to']]
      ]
    )
  })
})
