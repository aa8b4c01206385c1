/**
 * A reflexive after a verb is that verb's object, not an emphatic one after a subject: in "the wardens found
 * themselves increasingly targeted" the participle says what befell them, so no one claims it, and "found" is no
 * part of anyone's name. "Hale herself argued" keeps its emphatic reading. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a reflexive object before a participle', () => {
  it('"found themselves increasingly targeted" names no one; "herself argued", "themselves said" name the subject', () => {
    expectClaimants(
      [
        'By late summer the harbour wardens found themselves increasingly targeted over the levy. The ferry firm got itself criticised again. Okafor herself argued that the levy was unfair. The wardens themselves said the levy was unfair.'
      ],
      [
        ['By late summer the harbour wardens', null],
        ['The ferry firm got itself', null],
        ['Okafor herself argued', ['Okafor', 'Okafor', 'argued']],
        ['The wardens themselves said', ['The wardens', 'The wardens', 'said']]
      ]
    )
  })
})
