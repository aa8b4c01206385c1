/**
 * One speaker, two attributions, one in a relative aside on the speaker's name: two claims, the aside's named at
 * "who", the main clause's at the name, each through its own cue. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

describe('a relative aside holding its own attribution before a verb of saying', () => {
  it('is a claim of its own, named "who", and the main clause another, named at the name', () => {
    expect(
      claimsOf(
        'Ann Hale, who said the levy raised £3 million in 2023, said the pier would close by 2026 at a cost of 400 jobs.'
      )
    ).toEqual([
      ['Ann Hale, who said the levy raised £3 million in 2023', 'Ann Hale', 'who', 'said'],
      ['said the pier would close by 2026 at a cost of 400 jobs.', 'Ann Hale', 'Ann Hale', 'said']
    ])
    expect(
      claimsOf(
        'The harbour master, who argues that dredging cost £4 million last year, said the fees would rise by 40% in 2025.'
      )
    ).toEqual([
      ['The harbour master, who argues that dredging cost £4 million last year', 'The harbour master', 'who', 'argues'],
      ['said the fees would rise by 40% in 2025.', 'The harbour master', 'The harbour master', 'said']
    ])
  })

  it('is left whole when the aside only describes, or is someone else’s, or only says how the speaker was quoted', () => {
    const describes = 'Tom Ruiz, who chairs the harbour board, said the fees rose by 40% in 2024.'
    expect(claimsOf(describes)).toEqual([[describes, 'Tom Ruiz', 'Tom Ruiz', 'said']])
    const bodys =
      'Tom Ruiz, the head of the Ferry Union, which said fares rose 12% in 2023, said the ferry lost £2 million in 2024.'
    expect(claimsOf(bodys).map((row) => row[0])).toEqual([bodys])
    // Two statements of hers, kept apart though the second is not check-worthy alone (same-claimant-statements.test.ts).
    const slight = 'Ann Hale, who said the levy raised £3 million in 2023, said she was glad.'
    expect(claimsOf(slight).map((row) => row[0])).toEqual([
      'Ann Hale, who said the levy raised £3 million in 2023',
      'said she was glad.'
    ])
    const anonymous = 'Ann Hale, who spoke on condition of anonymity, said the levy raised £3 million in 2023.'
    expect(claimsOf(anonymous).map((row) => row[0])).toEqual([anonymous])
  })
})
