/**
 * "The two" and "both" as a sentence's subject are the two people named just before, and the "they" after them
 * is the pair, not the last of the two (pair-subjects.ts). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

const MET =
  'Rather than questions about Ruth Hale’s record, Tom Reyes faced questions about his falling support in the north.'

describe('"the two" and "both" as a subject', () => {
  it('makes the two people named just before the "they" of the sentences after', () => {
    expectClaimants(
      [
        'Ruth Hale won the first debate in Hull on Monday by a wide margin.',
        MET,
        'The two squabbled at length over housing. They argued again over the £4 billion cost of the rail link.'
      ],
      [['They argued again', ['Ruth Hale and Tom Reyes', 'They', 'argued']]]
    )
  })

  it('names the two when they are the claimant', () => {
    expectClaimants(
      [MET, 'After the debate, the two said the levy on the port had cost the town 300 jobs.'],
      [['After the debate', ['Ruth Hale and Tom Reyes', 'the two', 'said']]]
    )
  })

  it('is the two people the sentence before was claimed by', () => {
    expectClaimants(
      [
        'Ruth Hale said on Monday that the 2019 closure of the steelworks cost 3,000 jobs.',
        'Nia Okafor and Tom Reyes argued that the closure saved the council £4 million a year.',
        'Both said the rail link would cost £4 billion.'
      ],
      [['Both said', ['Nia Okafor and Tom Reyes', 'Both', 'said']]]
    )
  })

  it('is no one when no verb follows, or the two people are not named just before', () => {
    expectClaimants(
      [
        MET,
        'The two biggest donors said the levy would cost 300 jobs.',
        'The council published two plans for the quay in May.',
        'The two were said to cost £40 million each.'
      ],
      [
        ['The two biggest donors', ['The two biggest donors', 'The two biggest donors', 'said']],
        ['The two were said', null]
      ]
    )
  })
})
