/**
 * A relative clause with no comma on the sentence's subject, before that subject's verb of saying, tells which
 * people speak: "Ferry unions that have endorsed Hale say …" is the unions' claim at "say", the cue shown, named at
 * "Ferry unions", not at the relative's "that … endorsed" (as "Age Concern Wessex, which supports older people,
 * said …" is the charity's at "said").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a relative clause on the subject of a verb of saying', () => {
  it('yields its cue to the verb of saying', () => {
    expectClaimants(
      ['Ferry unions that have endorsed Hale say the pier should stay open until 2027.'],
      [['Ferry unions that', ['Ferry unions', 'Ferry unions', 'say']]]
    )
  })

  it('keeps its own cue when the relative is no subject, or the verb after it is a noun', () => {
    expectClaimants(
      [
        'Hale’s speech on Tuesday, in which he laid out the £4 million cost of the pier but then announced that he would not sell it, was the latest in a series of reversals.',
        'This poll comes after polls by the Herald that showed Hale leading in three key wards.'
      ],
      [
        ['Hale’s speech', ['Hale', 'Hale', 'announced']],
        ['This poll comes', ['polls by the Herald', 'that', 'showed']]
      ]
    )
  })
})
