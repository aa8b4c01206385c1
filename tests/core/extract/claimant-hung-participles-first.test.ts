/**
 * A participle hung on the clause before it is a cue in reading order like a verb: "Hale spoke for an hour,
 * denouncing the board after Ruiz said …" is Hale's claim first, as "Hale denounced the board after Ruiz said …" is,
 * and the clause set after it by "after" is Ruiz's own. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

describe('a participle hung on the clause before a speaker in a clause set after it', () => {
  it('claims its clause for the subject it hangs on', () => {
    expect(
      claimsOf(
        'Mayor Ann Hale spoke for an hour on Tuesday, denouncing the harbour board after Tom Ruiz said he is open to selling the pier for £4 million.'
      )
    ).toEqual([
      [
        'Mayor Ann Hale spoke for an hour on Tuesday, denouncing the harbour board',
        'Ann Hale',
        'Mayor Ann Hale',
        'denouncing'
      ],
      ['Tom Ruiz said he is open to selling the pier for £4 million.', 'Tom Ruiz', 'Tom Ruiz', 'said']
    ])
  })

  it('with an adverb before it too', () => {
    expect(
      claimsOf(
        'Mayor Ann Hale had a strong hour in the debate, forcefully denouncing the harbour board after Tom Ruiz said he is open to selling the pier for £4 million.'
      )[0].slice(1)
    ).toEqual(['Ann Hale', 'Mayor Ann Hale', 'denouncing'])
  })

  it('leaves a participle opening the sentence to the speaker after it', () => {
    expect(
      claimsOf('Speaking on the radio on Monday, Tom Ruiz said the pier would cost £4 million to repair.')[0].slice(1)
    ).toEqual(['Tom Ruiz', 'Tom Ruiz', 'said'])
  })
})
