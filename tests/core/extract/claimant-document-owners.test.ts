/**
 * "according to figures from Devon County Council" names the figures as the source; a later "the council said"
 * is the council itself, not the figures. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a body named inside a document source', () => {
  it('"The council said" after "according to figures from X Council" is the council', () => {
    expectClaimants(
      [
        'Traffic on the old bridge has grown by 18% since 2015, according to figures from Wessex County Council.',
        'The council said journey times had risen from 11 minutes to 19 minutes over the same period.'
      ],
      [
        [
          'Traffic on the old bridge',
          ['figures from Wessex County Council', 'figures from Wessex County Council', 'according to']
        ],
        ['The council said', ['Wessex County Council', 'The council', 'said']]
      ]
    )
  })

  it('keeps the document source named whole: "figures from the Department for Transport"', () => {
    expectClaimants(
      ['According to figures from the Department for Transport, 1,624 people were killed on roads in 2024.'],
      [
        [
          'According to figures',
          ['figures from the Department for Transport', 'figures from the Department for Transport', 'According to']
        ]
      ]
    )
  })
})
