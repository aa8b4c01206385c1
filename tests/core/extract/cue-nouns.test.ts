/**
 * Words spelt like a cue that are nouns or naming participles where they stand, and the same words
 * as verbs. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a word spelt like a cue is no cue when its neighbours make it a noun', () => {
  it('a base form after "the" and a name, an -s form before an auxiliary or after an adjective', () => {
    expectClaimants(
      [
        'The Okafor campaign said on Monday that turnout had doubled. The Leeds attacks were the worst the city had seen in a decade. Several coastal states have since raised their flood levies.'
      ],
      [
        ['The Okafor campaign', ['The Okafor campaign', 'The Okafor campaign', 'said']],
        ['The Leeds attacks', null],
        ['Several coastal states', null]
      ]
    )
  })

  it('a naming participle after an indefinite noun says nothing', () => {
    expectClaimants(
      ['The port hired a consultancy called Harbourline to review the contracts.'],
      [['The port hired', null]]
    )
  })

  it('the same words stay verbs after a plural name, a pronoun or with an object', () => {
    expectClaimants(
      [
        'The Germans support the dredging plan. The Kremlin attacks the harbour deal in every broadcast. She called the levy a tax on visitors.'
      ],
      [
        ['The Germans support', ['The Germans', 'The Germans', 'support']],
        ['The Kremlin attacks', ['The Kremlin', 'The Kremlin', 'attacks']],
        ['She called', null]
      ]
    )
  })
})
