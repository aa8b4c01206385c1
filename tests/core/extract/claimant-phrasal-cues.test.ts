/**
 * Stances and beliefs written as a phrase rather than one verb (src/core/extract/claimant-phrasal-cues.ts,
 * claimant-verbs.ts): taking a swipe at, distancing oneself from, making no secret of, standing
 * by, holding forth, perceiving. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('claimants of phrasal stances', () => {
  it('attacking in words, distancing oneself and taking offence are stances of whoever does them', () => {
    expectClaimants(
      [
        'Ruth Hale took a swipe at the 4 pound levy on Monday. The dock workers union distanced itself from the plan to cut 300 jobs. Tom Bell took offense at the 2 million pound bill.'
      ],
      [
        ['Ruth Hale took', ['Ruth Hale', 'Ruth Hale', 'took a swipe at']],
        ['The dock workers union', ['The dock workers union', 'The dock workers union', 'distanced itself from']],
        ['Tom Bell took', ['Tom Bell', 'Tom Bell', 'took offense']]
      ]
    )
  })

  it('saying it openly, standing by it, holding forth and perceiving are claims of their subject', () => {
    expectClaimants(
      [
        'Ruth Hale has made no secret of her support for the 4 pound levy. The mayor is standing by his claim that the port lost 2 million pounds. Tom Bell held forth on the 300 jobs lost in 2019. Many councillors perceive the levy as a tax on 300 jobs.'
      ],
      [
        ['Ruth Hale has made', ['Ruth Hale', 'Ruth Hale', 'made no secret']],
        ['The mayor is standing', ['The mayor', 'The mayor', 'standing by']],
        ['Tom Bell held', ['Tom Bell', 'Tom Bell', 'held forth']],
        ['Many councillors', ['Many councillors', 'Many councillors', 'perceive']]
      ]
    )
  })

  it('making a case for something, or that something is so, is arguing it', () => {
    expectClaimants(
      [
        'Ruth Hale is making an impassioned case to the dock workers that the levy will save 300 jobs. Tom Bell makes the practical case for the 4 pound levy.'
      ],
      [
        ['Ruth Hale is making', ['Ruth Hale', 'Ruth Hale', 'making an impassioned case']],
        ['Tom Bell makes', ['Tom Bell', 'Tom Bell', 'makes the practical case']]
      ]
    )
  })

  it('ticking off a list, contrasting two records and using a speech to call for something are saying them', () => {
    expectClaimants(
      [
        'Ruth Hale ticked off a list of failures at the port authority. The new ad contrasts her record on fares with his votes against the levy. Tom Bell used his acceptance speech to call for an end to the night ferry ban.'
      ],
      [
        ['Ruth Hale ticked', ['Ruth Hale', 'Ruth Hale', 'ticked off']],
        ['The new ad', ['The new ad', 'The new ad', 'contrasts']],
        ['Tom Bell used', ['Tom Bell', 'Tom Bell', 'used his acceptance speech']]
      ]
    )
  })

  it('using a car, or a contrast as a noun, says nothing', () => {
    expectClaimants(
      [
        'Ruth Hale used her car to reach the port before dawn. In contrast, the council kept its own fares flat in 2023.'
      ],
      [
        ['Ruth Hale used', null],
        ['In contrast', null]
      ]
    )
  })

  it('taking a photo or holding a meeting says nothing', () => {
    expectClaimants(
      ['Ruth Hale took a photo at the port in 2019. Tom Bell held a meeting with 300 dock workers.'],
      [
        ['Ruth Hale took', null],
        ['Tom Bell held', null]
      ]
    )
  })
})

describe('ruling out, taking credit, making no mention, dwelling on', () => {
  it('each is its subject’s statement', () => {
    expectClaimants(
      [
        'The mayor would not rule out a 12 percent rise in ferry fares before 2030.',
        'The port board took credit for the £3 million surplus on Friday.',
        'Ruth Hale made no mention of the £2 million levy in her 40-minute speech.',
        'Tom Berg dwelled on the 300 jobs lost at the quay since 2019.'
      ],
      [
        ['The mayor would not', ['The mayor', 'The mayor', 'rule out']],
        ['The port board took', ['The port board', 'The port board', 'took credit for']],
        ['Ruth Hale made', ['Ruth Hale', 'Ruth Hale', 'made no mention']],
        ['Tom Berg dwelled', ['Tom Berg', 'Tom Berg', 'dwelled on']]
      ]
    )
  })
})
