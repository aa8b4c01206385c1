/**
 * A poll's share of people as the claimant (quantity-subjects.ts) where the share is written with the sign
 * ("42% say") or comes after a spaced hyphen used as a dash ("… - 61 percent of residents said"). Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a share of the people asked is the claimant however it is set off', () => {
  it('a share written with the percent sign', () => {
    expectClaimants(
      ['42% say the harbour levy is too high.', 'On pay, some 35% of ferry crews believe the pier will close.'],
      [
        ['42% say', ['42%', '42%', 'say']],
        ['On pay', ['some 35% of ferry crews', 'some 35% of ferry crews', 'believe']]
      ]
    )
  })

  it('a share after a hyphen set between spaces, as after a dash', () => {
    expectClaimants(
      ['The levy is unpopular - 61 percent of residents said the council should scrap it by May.'],
      [['The levy is unpopular', ['61 percent of residents', '61 percent of residents', 'said']]]
    )
  })

  it('a figure with the sign before a verb of saying is no claimant when someone else says it', () => {
    expectClaimants(
      [
        'Inflation fell to 2% said the ministry of finance.',
        'The vote was close - 51 percent to 49 percent - the council said.'
      ],
      [
        ['Inflation fell', ['the ministry of finance', 'the ministry of finance', 'said']],
        ['The vote was close', ['the council', 'the council', 'said']]
      ]
    )
  })

  it('no share in a figure before a noun, nor in an aside that is a clause of its own', () => {
    expectClaimants(
      [
        'The harbour master currently enjoys 48% support in the port, a jump of 12 points.',
        'Ruiz’s best defence - one she cannot make in public - is that the £2m fee was legal.'
      ],
      [
        ['The harbour master', null],
        ['Ruiz’s best defence', ['Ruiz', 'Ruiz’s', 'defence']]
      ]
    )
  })

  it('a share after "with" is whom its -ing form is said of', () => {
    expectClaimants(
      [
        'Support for the levy has grown since May, with 54 percent saying it should stay.',
        'The poll was taken in March, with about three in 10 saying the port should close.'
      ],
      [
        ['Support for the levy', ['54 percent', '54 percent', 'saying']],
        ['The poll was taken', ['about three in 10', 'about three in 10', 'saying']]
      ]
    )
  })

  it('an amount of money is no share of people: the document or the people after it claim', () => {
    expectClaimants(
      [
        'A Herald analysis of councils that have raised £1 million or more since January shows Labour councils raised 40 percent more than others.',
        'The ferry plan is a small part of the £20 million engineers say the harbour needs by 2030.',
        'Backers of a £12 minimum wage plan to march on the town hall on Friday.',
        'Of the £3 million raised, 60 percent of donors said they gave to the levy campaign.'
      ],
      [
        ['A Herald analysis', ['A Herald analysis', 'A Herald analysis', 'shows']],
        ['The ferry plan', ['engineers', 'engineers', 'say']],
        ['Backers of', ['Backers', 'Backers', 'plan']],
        ['Of the £3 million', ['60 percent of donors', '60 percent of donors', 'said']]
      ]
    )
  })
})
