/**
 * A relative clause reporting someone else's verdict on the noun before it is that someone's claim: a verb of
 * judging with its complement after it, the relative word its object ("a bill that critics called unfair"), and a
 * verb of saying whose predicate opens on a present form in "-s" ("which union leaders argued seeks to …").
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

const texts = (sentence: string): string[] => claimsOf(sentence).map(([text]) => text)

describe('a relative clause whose verb of judging takes the relative word as its object', () => {
  it('is cut for the judge after "that" and a noun', () => {
    expect(
      claimsOf('The governor said he would sign a harbour levy bill that critics called unfair to island families.')
    ).toEqual([
      ['The governor said he would sign a harbour levy bill', 'The governor', 'The governor', 'said'],
      ['that critics called unfair to island families.', 'critics', 'critics', 'called']
    ])
  })

  it('is cut for the judge after "which", an adverb before the verb', () => {
    expect(
      claimsOf(
        'The port board said it lent £2 million to shipyards which most private banks still considered too risky.'
      )
    ).toEqual([
      ['The port board said it lent £2 million to shipyards', 'The port board', 'The port board', 'said'],
      ['which most private banks still considered too risky.', 'most private banks', 'most private banks', 'considered']
    ])
  })

  it('leaves the sentence whole for a name given, an action, or a "that" opening what was said', () => {
    const sentences = [
      'The mayor said she bought a £2 million ferry that the owner called Northern Star in 2019.',
      'The union said it ended a 3-day strike that its leaders called off after talks with the port.',
      'Hale told the Herald that the board considered the £2 million levy too high.',
      'The board announced two days earlier that it would consider who should chair the £3 million pier trust.'
    ]
    for (const sentence of sentences) expect(texts(sentence)).toEqual([sentence])
  })
})

describe('a reported relative clause whose predicate opens on a present form in "-s"', () => {
  it('is cut for the reporter when "to" or a determiner follows the verb', () => {
    expect(
      claimsOf(
        'The minister praised the new agency, which union leaders argued seeks to cut ferry fares by 10 percent.'
      )
    ).toEqual([
      ['The minister praised the new agency', 'The minister', 'The minister', 'praised'],
      ['which union leaders argued seeks to cut ferry fares by 10 percent.', 'union leaders', 'union leaders', 'argued']
    ])
    expect(
      texts(
        'The council said it dropped a £3 million pier scheme that engineers say costs the port too much each year.'
      )
    ).toEqual([
      'The council said it dropped a £3 million pier scheme',
      'that engineers say costs the port too much each year.'
    ])
  })

  it('reads a plural noun after the verb of saying as what was said', () => {
    const sentences = [
      'The minister said costs rose by 12 percent at the port last year.',
      'The council said it counted 4,000 calls that were later marked urgent by the port.'
    ]
    for (const sentence of sentences) expect(texts(sentence)).toEqual([sentence])
  })
})
