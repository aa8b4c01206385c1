/**
 * ", even though" joins two attributions as ", though" does: "The council said rents rose 12 percent, even though
 * the union argued …" is one claim per clause, each claimed by its own subject. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

describe('a clause after ", even though"', () => {
  it('is a claim of its own subject, the joiner left out of both', () => {
    expect(
      claimsOf(
        'The council said rents rose 12 percent in 2024, even though the tenants union argued they rose by 20 percent.'
      )
    ).toEqual([
      ['The council said rents rose 12 percent in 2024', 'The council', 'The council', 'said'],
      ['the tenants union argued they rose by 20 percent.', 'the tenants union', 'the tenants union', 'argued']
    ])
  })

  it('cuts nothing without the comma, nor after "even" alone', () => {
    for (const sentence of [
      'Hale said the levy raised £3 million in 2024 even though many economists doubt it will last beyond 2026.',
      'Hale said the levy raised £3 million in 2024, even more than the harbour board had hoped for.'
    ])
      expect(claimsOf(sentence).map(([text]) => text)).toEqual([sentence])
  })
})
