/**
 * A second attribution whose cue stands far from its subject or whose subject is a word for other people: a
 * participle of saying after its clause's predicate ("…, and the guild has sued the council over them, saying …")
 * and "others" after a bare "and" ("… and others have said …") are claims of their own, each claimed by its own
 * subject. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

describe('a second clause whose cue is a participle after its predicate', () => {
  it('is cut, the participle claimed by the subject opening the clause, however long the predicate', () => {
    expect(
      claimsOf(
        'Island ferry owners say the new fees are unfair to families, and the Northern Isles Traders Guild has already sued the harbour council over the charges, saying they break the 1998 charter.'
      )
    ).toEqual([
      [
        'Island ferry owners say the new fees are unfair to families',
        'Island ferry owners',
        'Island ferry owners',
        'say'
      ],
      [
        'the Northern Isles Traders Guild has already sued the harbour council over the charges, saying they break the 1998 charter.',
        'the Northern Isles Traders Guild',
        'the Northern Isles Traders Guild',
        'saying'
      ]
    ])
  })

  it('is not cut when the participle is done by someone other than the clause opening it', () => {
    const sentence =
      'Island ferry owners say the new fees are unfair to families, and fares on the island routes have already risen by 30 percent since the charges began in 2024, according to the guild, citing its own survey.'
    expect(claimsOf(sentence).map(([text]) => text)).toEqual([sentence])
  })
})

describe('a second clause after a bare "and" opening on a word for other people', () => {
  it('is cut before "others" and its verb, each clause claimed by its own subject', () => {
    expect(
      claimsOf(
        'Several harbour councillors have said they will skip the vote on the £3 million levy and others have said they want it delayed until 2027.'
      )
    ).toEqual([
      [
        'Several harbour councillors have said they will skip the vote on the £3 million levy',
        'Several harbour councillors',
        'Several harbour councillors',
        'said'
      ],
      ['others have said they want it delayed until 2027.', 'others', 'others', 'said']
    ])
  })

  it('stays whole when the word for other people is joined to the subject before it or is a determiner', () => {
    const joined =
      'The levy is a £3 million tax that she and others on the council have said would cost the port 400 jobs.'
    expect(claimsOf(joined).map(([text]) => text)).toEqual([joined])
    const partitive =
      'Ann Hale said the levy had raised £3 million in 2023 and many of her allies argued that it should be doubled.'
    expect(claimsOf(partitive).map(([text]) => text)).toEqual([partitive])
    const determiner =
      'Ann Hale said the pier needed £3 million of repairs by 2027, but it needs patience, planning and some sense of urgency.'
    expect(claimsOf(determiner).map(([text]) => text)).toEqual([determiner])
  })
})

describe('a bare "and" before the sentence\'s own cue', () => {
  it("cuts nothing there, and a later clause of someone else's is still cut", () => {
    expect(
      claimsOf(
        'The £3 million levy was first floated in 2023 and some councillors have argued for it since, but the ferry union said it would cost 400 jobs.'
      )
    ).toEqual([
      [
        'The £3 million levy was first floated in 2023 and some councillors have argued for it since',
        'some councillors',
        'some councillors',
        'argued'
      ],
      ['the ferry union said it would cost 400 jobs.', 'the ferry union', 'the ferry union', 'said']
    ])
  })
})
