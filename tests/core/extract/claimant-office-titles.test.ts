/**
 * An office named with "of" before a person's name ("Secretary of State", "Chief of Staff") is the person's
 * description, also with words on the role before it ("Former", "Deputy", a place) and with a second role joined by
 * "and": the claimant is the person, never "Former Secretary" as if that were a name. Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('an office named with "of" before the holder', () => {
  it('names the holder after "Former", "Deputy" or a place on the role', () => {
    expectClaimants(
      [
        'Former Secretary of State Ruth Okafor said the harbour levy was unfair. Deputy Secretary of Transport Tom Reyes argued that the ferry fares would rise. Wessex Secretary of State Ana Ruiz announced that the count would be delayed.'
      ],
      [
        ['Former Secretary of State', ['Ruth Okafor', 'Former Secretary of State Ruth Okafor', 'said']],
        ['Deputy Secretary of Transport', ['Tom Reyes', 'Deputy Secretary of Transport Tom Reyes', 'argued']],
        ['Wessex Secretary of State', ['Ana Ruiz', 'Wessex Secretary of State Ana Ruiz', 'announced']]
      ]
    )
  })

  it('names the holder when a second role is joined by "and"; an office with no name stays as written', () => {
    expectClaimants(
      [
        'Former Secretary of State and harbour board chair Ruth Okafor said the levy was unfair. The Secretary of State said the levy would stay.'
      ],
      [
        ['Former Secretary of State and', ['Ruth Okafor', 'Ruth Okafor', 'said']],
        ['The Secretary of State said', ['The Secretary of State', 'The Secretary of State', 'said']]
      ]
    )
  })
})
