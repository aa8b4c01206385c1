/**
 * A second attribution whose subject is a name with a description of the person before it ("…, while union leader
 * Tom Berg warned …", "…, but her rival Tom Berg has vowed …") is a claim of its own, claimed by that person; what
 * the first speaker said of someone so described, or a description owning a noun, leaves the sentence whole.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

describe('a clause opening on a description before a name', () => {
  it('is cut before a role, or a relation to the first speaker, written before the name', () => {
    expect(
      claimsOf(
        'Mayor Ann Hale said the pier would stay open until 2027, while union leader Tom Berg warned that 300 jobs would go.'
      )
    ).toEqual([
      ['Mayor Ann Hale said the pier would stay open until 2027', 'Ann Hale', 'Mayor Ann Hale', 'said'],
      ['union leader Tom Berg warned that 300 jobs would go.', 'Tom Berg', 'Tom Berg', 'warned']
    ])
    expect(
      claimsOf('Ann Hale backed the £3 levy in 2024, but her rival Tom Berg has vowed to scrap it within 100 days.')
    ).toEqual([
      ['Ann Hale backed the £3 levy in 2024', 'Ann Hale', 'Ann Hale', 'backed'],
      ['her rival Tom Berg has vowed to scrap it within 100 days.', 'Tom Berg', 'Tom Berg', 'vowed']
    ])
  })

  it('stays whole after "and that", and when the described person only owns a noun', () => {
    const reported =
      'Ann Hale said the levy raised £3 million in 2023, and that union leader Tom Berg had backed it at every vote.'
    expect(claimsOf(reported)).toEqual([[reported, 'Ann Hale', 'Ann Hale', 'said']])
    const owned =
      "Ann Hale backed the £3 levy in 2024, while union leader Tom Berg's support for it cost the port 200 jobs."
    expect(claimsOf(owned)).toEqual([[owned, 'Ann Hale', 'Ann Hale', 'backed']])
  })
})
