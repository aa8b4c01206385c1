/**
 * Headlines in title case or in capitals: the verb is capitalised like every other word, and the
 * words before it are still its claimant. Headlines written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('claimants of title-case headlines', () => {
  it('the words before a capitalised cue, or after the last comma', () => {
    expectClaimants(
      [
        'Harbour Union Backs Levy On Cruise Visitors',
        'Port Will Need New Dredger, Okafor Says',
        'EXPERTS DOUBT FERRY TIMETABLE WILL HOLD'
      ],
      [
        ['Harbour Union Backs', ['Harbour Union', 'Harbour Union', 'Backs']],
        ['Port Will Need', ['Okafor', 'Okafor', 'Says']],
        ['EXPERTS DOUBT', ['EXPERTS', 'EXPERTS', 'DOUBT']]
      ]
    )
  })

  it('a cue word before another is a noun; a headline with no cue has no claimant', () => {
    expectClaimants(
      ['The Harbour Report Shows Rents Up 12 Percent', 'Ferry Fares To Double In June As Fuel Costs Climb'],
      [
        ['The Harbour Report', ['The Harbour Report', 'The Harbour Report', 'Shows']],
        ['Ferry Fares', null]
      ]
    )
  })

  it('running text keeps reading verbs in lower case only', () => {
    expectClaimants(['Visitors from Backs Island arrived in May.'], [['Visitors from Backs Island', null]])
  })
})
