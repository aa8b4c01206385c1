/**
 * "maintain" says something only when what is maintained is a claim ("has long maintained that …") or a stance
 * ("maintained his innocence"); keeping up a lead, a pace or a record is an action, no one's statement. Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('"maintain" as keeping something up', () => {
  it('a lead, a pace or records kept by a firm name no claimant', () => {
    expectClaimants(
      [
        'In the harbour race, Ruth Hale maintained her double-digit lead over Tom Berg.',
        'Mrs. Pryce maintained an energetic pace of three rallies a day into her eighties.',
        'Berg’s aides opened the voter file, which is maintained by the software firm Tidewise.'
      ],
      [
        ['In the harbour race', null],
        ['Mrs. Pryce maintained', null],
        ['Berg’s aides opened', null]
      ]
    )
  })

  it('maintaining that something is so, or a stance, is still a claim', () => {
    expectClaimants(
      ['Hale has long maintained that the levy was legal.', 'Okafor has maintained his innocence since May.'],
      [
        ['Hale has long', ['Hale', 'Hale', 'maintained']],
        ['Okafor has maintained', ['Okafor', 'Okafor', 'maintained']]
      ]
    )
  })
})
