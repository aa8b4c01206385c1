/**
 * A relative clause whose verb of stance takes the relative word as its object and closes the clause ("…, a claim
 * that the board's lawyers strongly dispute.") is its subject's stance on the noun: a claim of its own beside
 * someone else's, or the sentence's claimant when the sentence reports no one else. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

describe('a relative clause closing on a verb of stance toward the noun before it', () => {
  it('is cut from the claim it answers, even after a noun of saying, and claimed by its own subject', () => {
    expect(
      claimsOf(
        'Ann Hale said the harbour board had hidden the £3 million cost of the pier for two years, a claim that the board’s lawyers strongly dispute.'
      )
    ).toEqual([
      [
        'Ann Hale said the harbour board had hidden the £3 million cost of the pier for two years, a claim',
        'Ann Hale',
        'Ann Hale',
        'said'
      ],
      ['that the board’s lawyers strongly dispute.', 'the board’s lawyers', 'the board’s lawyers', 'dispute']
    ])
  })

  it('may be followed by a participle of the same subject', () => {
    expect(
      claimsOf(
        'Tom Ruiz accused the council of raising the levy to £40 a night in secret, a charge that ferry owners have always denied, noting that the 2024 vote was public.'
      )
    ).toEqual([
      [
        'Tom Ruiz accused the council of raising the levy to £40 a night in secret, a charge',
        'Tom Ruiz',
        'Tom Ruiz',
        'accused'
      ],
      [
        'that ferry owners have always denied, noting that the 2024 vote was public.',
        'ferry owners',
        'ferry owners',
        'denied'
      ]
    ])
  })

  it('is the claimant of a sentence that reports no one else', () => {
    const sentence =
      'The harbour board is now led by a £90,000-a-year chair who most of the ferry owners strongly oppose.'
    expect(claimsOf(sentence)).toEqual([[sentence, 'most of the ferry owners', 'most of the ferry owners', 'oppose']])
  })

  it('leaves the sentence whole when the verb is an action or the clause goes on after it', () => {
    const approved = 'Tom Ruiz said the pier would cost £3 million by 2027, a plan that the council approved.'
    expect(claimsOf(approved)).toEqual([[approved, 'Tom Ruiz', 'Tom Ruiz', 'said']])
    const goesOn =
      'Tom Ruiz said the pier would cost £3 million by 2027, a plan that the council opposed for years before the vote.'
    expect(claimsOf(goesOn).map(([text]) => text)).toEqual([goesOn])
  })

  it('may have no relative word, a phrase of time or place after its verb, and a two-word noun', () => {
    expect(
      claimsOf(
        'Tom Ruiz has asked the council for a new toll on the ferry, an offer the harbour board rebuffed at a meeting last week.'
      )
    ).toEqual([
      ['Tom Ruiz has asked the council for a new toll on the ferry', 'Tom Ruiz', 'Tom Ruiz', 'asked'],
      [
        'an offer the harbour board rebuffed at a meeting last week.',
        'the harbour board',
        'the harbour board',
        'rebuffed'
      ]
    ])
    expect(
      claimsOf('Tom Ruiz said the board should build a second pier at Leeds, an approach several councillors embraced.')
    ).toEqual([
      ['Tom Ruiz said the board should build a second pier at Leeds', 'Tom Ruiz', 'Tom Ruiz', 'said'],
      ['an approach several councillors embraced.', 'several councillors', 'several councillors', 'embraced']
    ])
    expect(
      claimsOf('Tom Ruiz said the board should build a second pier at Leeds, a costly idea the harbour board rejected.')
    ).toEqual([
      ['Tom Ruiz said the board should build a second pier at Leeds', 'Tom Ruiz', 'Tom Ruiz', 'said'],
      ['a costly idea the harbour board rejected.', 'the harbour board', 'the harbour board', 'rejected']
    ])
  })

  it('leaves the clause before to its own speaker when the relative clause closes the sentence', () => {
    expect(
      claimsOf(
        'Ann Hale said the harbour board had hidden the £3 million cost of the pier, a charge the union has always denied.'
      )
    ).toEqual([
      ['Ann Hale said the harbour board had hidden the £3 million cost of the pier', 'Ann Hale', 'Ann Hale', 'said'],
      ['a charge the union has always denied.', 'the union', 'the union', 'denied']
    ])
  })

  it('leaves the sentence whole when the phrase after the verb goes on or the verb is an action', () => {
    const goesOn =
      'Tom Ruiz said the board should build a second pier at Leeds, an idea the council rejected for years before the vote.'
    expect(claimsOf(goesOn)).toEqual([[goesOn, 'Tom Ruiz', 'Tom Ruiz', 'said']])
    const action =
      'Tom Ruiz said the board should build a second pier at Leeds, a plan the council approved at a meeting last week.'
    expect(claimsOf(action)).toEqual([[action, 'Tom Ruiz', 'Tom Ruiz', 'said']])
  })
})
