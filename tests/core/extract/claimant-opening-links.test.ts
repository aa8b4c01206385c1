/**
 * A link opening a sentence ("But", "And", "Yet") is no part of the claimant's name, also when the name is read
 * back from a relative clause or an aside before the verb. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a sentence opening on a link', () => {
  it('a body before an aside and a relative clause is named without the link', () => {
    expectClaimants(
      [
        'But the Office of Rail and Road (ORR), which regulates tolls on the crossing, said the budget had risen to £1.2bn.',
        'And the Harbour Trust, which runs the ferry, said fares had risen by 12% since 2024.',
        'Yet the Port Authority, which owns the quay, said 300 sailings were cancelled in 2025.'
      ],
      [
        ['But the Office', ['the Office of Rail and Road', 'the Office of Rail and Road', 'said']],
        ['And the Harbour Trust', ['the Harbour Trust', 'the Harbour Trust', 'said']],
        ['Yet the Port Authority', ['the Port Authority', 'the Port Authority', 'said']]
      ]
    )
  })
})
