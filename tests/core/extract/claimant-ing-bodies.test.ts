/**
 * Claimants of an -ing form of a claimant verb said of one person or body right before it, after its article:
 * "a group backing the levy", "the candidate opposing the toll" (ing-subjects.ts ingSubject). Plural
 * people needed no article before ("with economists questioning …"); one owner before the noun takes the article,
 * so "the council's chief supporting role" names no one. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('an -ing form said of one person or body', () => {
  it('is claimed by the noun and its article just before it', () => {
    expectClaimants(
      [
        'The mill owner gave £2 million last year to a group backing the harbour levy.',
        'The ferry firm hired an agency promoting the view that the bridge toll would cost 400 jobs.',
        'Voters in Carrow will choose between Ruth Hale and a candidate opposing the new pier.'
      ],
      [
        ['The mill owner gave', ['a group', 'a group', 'backing']],
        ['The ferry firm hired', ['an agency', 'an agency', 'promoting']],
        ['Voters in Carrow', ['a candidate', 'a candidate', 'opposing']]
      ]
    )
  })

  it('not when an owner takes the article, nor a bare noun modifying another', () => {
    expectClaimants(
      [
        'After twelve years in the council’s chief supporting role, Tom Berg left the harbour board in 2023.',
        'The port bought 30 new cranes and a diesel tug supporting the night shift.'
      ],
      [
        ['After twelve years', null],
        ['The port bought', null]
      ]
    )
  })
})

describe('a medium before an -ing form says what it says', () => {
  it('placards, stories and an item are the claimant, the plural as its head alone', () => {
    expectClaimants(
      [
        'Many carried placards supporting the mayor or slamming the port board over the 12 percent rise.',
        'The recent crop of stories alleging waste at the port board may be harder to answer than the £3 million loss.',
        'Soon after, the photo turned up beside an item suggesting that the mayor had misled the council about the loss.'
      ],
      [
        ['Many carried placards', ['placards', 'placards', 'supporting']],
        ['The recent crop of stories', ['stories', 'stories', 'alleging']],
        ['Soon after, the photo', ['an item', 'an item', 'suggesting']]
      ]
    )
  })
})
