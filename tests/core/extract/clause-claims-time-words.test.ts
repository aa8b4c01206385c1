/**
 * A second attribution after "and", "but" or a semicolon may open on a word or short phrase of time before its
 * subject ("…, but then he argued …", "…; hours later, she warned …", "…, but late on Friday she announced …"), or follow a dash ("… — he told the Herald
 * that …"): it is still a claim of its own, claimed by that subject. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

describe('a clause opening on a word or phrase of time', () => {
  it('is cut after a semicolon and a phrase of time, the pronoun its mention', () => {
    expect(
      claimsOf(
        'Ann Hale first tweeted that the pier would close in 2027; hours later, she warned that the levy would cost £3 million.'
      )
    ).toEqual([
      ['Ann Hale first tweeted that the pier would close in 2027', 'Ann Hale', 'Ann Hale', 'tweeted'],
      ['hours later, she warned that the levy would cost £3 million.', 'Ann Hale', 'she', 'warned']
    ])
  })

  it('is cut after ", but then" and ", and now", each claimed by its own subject', () => {
    expect(
      claimsOf(
        'Tom Berg said the fees rose by 40 percent in 2023, but then he argued that they had fallen by £2 million.'
      )
    ).toEqual([
      ['Tom Berg said the fees rose by 40 percent in 2023', 'Tom Berg', 'Tom Berg', 'said'],
      ['then he argued that they had fallen by £2 million.', 'Tom Berg', 'he', 'argued']
    ])
    expect(
      claimsOf(
        'Tom Berg said the levy raised £2 million in 2023, and now several councillors are claiming that it cost the port £3 million.'
      )
    ).toEqual([
      ['Tom Berg said the levy raised £2 million in 2023', 'Tom Berg', 'Tom Berg', 'said'],
      [
        'now several councillors are claiming that it cost the port £3 million.',
        'several councillors',
        'several councillors',
        'claiming'
      ]
    ])
  })

  it('is cut after a day or period named with no comma right before a subject pronoun', () => {
    expect(
      claimsOf(
        'Ann Hale first defended the £3 million levy on ferry tickets, but late on Friday she announced that it would be scrapped in 2027.'
      )
    ).toEqual([
      ['Ann Hale first defended the £3 million levy on ferry tickets', 'Ann Hale', 'Ann Hale', 'defended'],
      ['late on Friday she announced that it would be scrapped in 2027.', 'Ann Hale', 'she', 'announced']
    ])
  })

  it('stays whole when a comma stands between the subject after "then" and its cue', () => {
    const sentence =
      'The chair called for a vote on the £3 million levy, and then a show of hands, declaring that the motion had failed.'
    expect(claimsOf(sentence)).toEqual([[sentence, 'The chair', 'The chair', 'called for']])
  })
})

describe('a clause after a dash', () => {
  it('is cut when it opens on a subject pronoun and its cue, and no dash closes it', () => {
    expect(
      claimsOf(
        'Ann Hale noted that the port lost £3 million in 2023 — she wrote her first report on that exact subject in 2019.'
      )
    ).toEqual([
      ['Ann Hale noted that the port lost £3 million in 2023', 'Ann Hale', 'Ann Hale', 'noted'],
      ['she wrote her first report on that exact subject in 2019.', 'Ann Hale', 'she', 'wrote']
    ])
  })

  it('stays whole when a second dash closes an aside', () => {
    const sentence =
      'Ann Hale said the £3 million levy — she argued in 2019 — would raise the fees by 40 percent in 2027.'
    expect(claimsOf(sentence)).toEqual([[sentence, 'Ann Hale', 'Ann Hale', 'said']])
  })
})
