/**
 * Where a sentence is cut into claims: here the clauses set after the main one by "after", "because", "as" …, which
 * hold someone else's attribution ("… after the engineer warned that …"), and the clauses after a dash and "but",
 * "and" … ("… — but the pilots argued …"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

describe('a clause set after the main one by a subordinator', () => {
  it('is a claim of its own speaker after "after", with or without a comma and "even"', () => {
    expect(
      claimsOf(
        'Mayor Ann Hale said the pier would close in May 2025 after the harbour engineer warned that its piles had lost 30 percent of their strength.'
      )
    ).toEqual([
      ['Mayor Ann Hale said the pier would close in May 2025', 'Ann Hale', 'Mayor Ann Hale', 'said'],
      [
        'the harbour engineer warned that its piles had lost 30 percent of their strength.',
        'the harbour engineer',
        'the harbour engineer',
        'warned'
      ]
    ])
    expect(
      claimsOf(
        'The harbour board said it cut mooring fees by 12 percent in 2023, even after its own auditors argued that the port lost £2 million that year.'
      ).map(([text, name]) => [text, name])
    ).toEqual([
      ['The harbour board said it cut mooring fees by 12 percent in 2023', 'The harbour board'],
      ['its own auditors argued that the port lost £2 million that year.', 'its own auditors']
    ])
  })

  it('ends the clause before a word leading the subordinator, not on it ("shortly after", "only after")', () => {
    expect(
      claimsOf(
        'The harbour board said it would cut mooring fees by 12 percent shortly after its own auditors warned that the port lost £2 million in 2023.'
      ).map(([text, name]) => [text, name])
    ).toEqual([
      ['The harbour board said it would cut mooring fees by 12 percent', 'The harbour board'],
      ['its own auditors warned that the port lost £2 million in 2023.', 'its own auditors']
    ])
    expect(
      claimsOf(
        'Councillor Tom Ruiz backed the £4 million levy only after the port auditors said it would save 300 jobs by 2026.'
      ).map(([text]) => text)
    ).toEqual([
      'Councillor Tom Ruiz backed the £4 million levy',
      'the port auditors said it would save 300 jobs by 2026.'
    ])
  })

  it('is cut after "because" before someone else, and before a pronoun for the main speaker', () => {
    expect(
      claimsOf(
        'Councillor Tom Ruiz opposed the £4 million levy because the port auditors said it would cost 300 jobs by 2026.'
      )
    ).toEqual([
      ['Councillor Tom Ruiz opposed the £4 million levy', 'Tom Ruiz', 'Councillor Tom Ruiz', 'opposed'],
      ['the port auditors said it would cost 300 jobs by 2026.', 'the port auditors', 'the port auditors', 'said']
    ])
    const pronoun =
      'Councillor Tom Ruiz opposed the £4 million levy because he said it would cost the port 300 jobs by 2026.'
    expect(claimsOf(pronoun)).toEqual([
      ['Councillor Tom Ruiz opposed the £4 million levy', 'Tom Ruiz', 'Councillor Tom Ruiz', 'opposed'],
      ['he said it would cost the port 300 jobs by 2026.', 'Tom Ruiz', 'he', 'said']
    ])
  })

  it('is cut after "as" only before a name, and joined back when it says too little on its own', () => {
    expect(
      claimsOf(
        'The board praised her record as chair and said costs fell by 12 percent in 2023 as Ruiz noted that fees rose by 8 percent.'
      ).map(([text, name]) => [text, name])
    ).toEqual([
      ['The board praised her record as chair and said costs fell by 12 percent in 2023', 'The board'],
      ['Ruiz noted that fees rose by 8 percent.', 'Ruiz']
    ])
    const short = 'Mayor Ann Hale said the pier would close in May 2025, after Ruiz warned.'
    expect(claimsOf(short)).toEqual([[short, 'Ann Hale', 'Mayor Ann Hale', 'said']])
  })
})

describe('a dash before "and", "but" …', () => {
  it('ends the clause as a comma does: a second attribution after it is a claim of its own', () => {
    expect(
      claimsOf(
        'Councillor Tom Berg said the levy raised £3 million in 2023 — but the harbour pilots argued that it cost each of them £2,000 a year.'
      )
    ).toEqual([
      ['Councillor Tom Berg said the levy raised £3 million in 2023', 'Tom Berg', 'Councillor Tom Berg', 'said'],
      [
        'the harbour pilots argued that it cost each of them £2,000 a year.',
        'the harbour pilots',
        'the harbour pilots',
        'argued'
      ]
    ])
  })
})
