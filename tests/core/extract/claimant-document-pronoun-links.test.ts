/**
 * "It" for a document the sentence before named, past links and adverbs, and for an ad, a video or a memorandum
 * (document-pronouns.ts). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('"It" standing for the document the sentence before named', () => {
  it('is read past an adverb before its verb and a link before it', () => {
    expectClaimants(
      [
        'The harbour board published its annual report in May. It also says the levy cost the port 300 jobs in 2019.',
        'The pilots sent a letter to the mayor on Friday. But it argues that the levy raised only £2 million.'
      ],
      [
        ['It also says', ['the annual report', 'It', 'says']],
        ['But it argues', ['a letter', 'it', 'argues']]
      ]
    )
  })

  it('is an ad, a video or a memorandum', () => {
    expectClaimants(
      [
        'The Save Our Quay campaign launched a radio ad in Ashmere on Saturday. It attacks the board for raising the levy by 40 percent.',
        'Ruth Hale cited a 2011 memorandum from the harbour board. It says ships that skip the levy can be barred for 12 months.'
      ],
      [
        ['It attacks', ['a radio ad', 'It', 'attacks']],
        ['It says ships', ['a 2011 memorandum', 'It', 'says']]
      ]
    )
  })

  it('is nothing when the sentence opens on a lower-case "it" with no link before it', () => {
    expectClaimants(
      ['The pilots sent a letter to the mayor on Friday.', 'it argues that the levy raised only £2 million.'],
      [['it argues', null]]
    )
  })
})
