/**
 * "Hale spoke over the jeers as she thanked …": a clause set after the main one by "after", "as", "since", "when" …
 * whose subject is "he" or "she" standing for the main clause's speaker, and whose verb is a cue, is that speaker's
 * claim of its own, named by the pronoun. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

describe('a pronoun after a subordinator of time', () => {
  it('is the main speaker again, claiming the clause it opens, after "as" and "after"', () => {
    expect(
      claimsOf(
        'Mayor Ann Hale defended the levy over jeers from the crowd at the harbour as she praised the £3 million rescue of the ferry line.'
      )
    ).toEqual([
      [
        'Mayor Ann Hale defended the levy over jeers from the crowd at the harbour',
        'Ann Hale',
        'Mayor Ann Hale',
        'defended'
      ],
      ['she praised the £3 million rescue of the ferry line.', 'Ann Hale', 'she', 'praised']
    ])
    expect(
      claimsOf(
        'Tom Berg told the council in March that the levy had raised £2 million, after he warned that the fees would rise by 40 percent.'
      )
    ).toEqual([
      ['Tom Berg told the council in March that the levy had raised £2 million', 'Tom Berg', 'Tom Berg', 'told'],
      ['he warned that the fees would rise by 40 percent.', 'Tom Berg', 'he', 'warned']
    ])
  })

  it('passes over a place or the object of a preposition between the two, not an owner', () => {
    expect(
      claimsOf(
        'Tom Berg defended the £3 million levy at a rally in Port Ellen on Friday night when he claimed that the fees would fall by 40 percent.'
      )
    ).toEqual([
      [
        'Tom Berg defended the £3 million levy at a rally in Port Ellen on Friday night',
        'Tom Berg',
        'Tom Berg',
        'defended'
      ],
      ['he claimed that the fees would fall by 40 percent.', 'Tom Berg', 'he', 'claimed']
    ])
  })

  it.each([
    [
      'another person named between the two',
      'Tom Berg criticised Ben Ortiz for the £2 million overspend after he warned that the fees would rise by 40 percent.'
    ],
    [
      'an owner named between the two',
      "Tom Berg attacked the £2 million overspend in Ben Ortiz's budget when he claimed that the fees would fall by 40 percent."
    ],
    [
      'a name opening a clause between the two',
      'Tom Berg said the levy would not have saved any of the 40 jobs that Ben Ortiz mentioned when he claimed that the pier would close.'
    ],
    [
      'a pronoun of the other gender',
      'Tom Berg told the council that the levy had raised £2 million, after she warned that the fees would rise by 40 percent.'
    ],
    [
      'the clause inside what was said',
      'Tom Berg said he was angry about the £2 million overspend when he warned that the fees would rise by 40 percent.'
    ]
  ])('stays whole with %s', (_, sentence) => {
    expect(claimsOf(sentence)).toHaveLength(1)
  })

  it('"they" after several people is those people again', () => {
    expect(
      claimsOf(
        'The levy is an insult to every ferry worker, senior dock workers said on Friday, as they bristled at the 40 percent rise in fees.'
      )
    ).toEqual([
      [
        'The levy is an insult to every ferry worker, senior dock workers said on Friday',
        'senior dock workers',
        'senior dock workers',
        'said'
      ],
      ['they bristled at the 40 percent rise in fees.', 'senior dock workers', 'they', 'bristled at']
    ])
  })

  it('"they" after one person stays whole', () => {
    expect(
      claimsOf(
        'The levy is an insult to every ferry worker, Tom Sanders said on Friday, as they bristled at the 40 percent rise in fees.'
      )
    ).toHaveLength(1)
  })
})
