/**
 * A sentence cut between two attributions by the same person (the second naming them by a pronoun or a relative
 * word, with a cue of its own) is two statements a checker marks true or false one by one: each clause is kept as its
 * own claim, named where it names its speaker, even when it is not check-worthy on its own words (worthy-parts.ts
 * ownStatement). Not a formula the check-worthiness model all but rules out, a clause saying only how the speaker was
 * quoted, or an opening clause of time. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

describe('a sentence holding two statements by the same person', () => {
  it('keeps the second as its own claim, named at its pronoun with its own cue, though not check-worthy alone', () => {
    expect(
      claimsOf('Tom Berg said the levy raised £3 million in 2023, but he said the talks should wait until May.')
    ).toEqual([
      ['Tom Berg said the levy raised £3 million in 2023', 'Tom Berg', 'Tom Berg', 'said'],
      ['he said the talks should wait until May.', 'Tom Berg', 'he', 'said']
    ])
    expect(
      claimsOf('The harbour board said rents rose by 12% in 2023; it added that the pier would stay open.')
    ).toEqual([
      ['The harbour board said rents rose by 12% in 2023', 'The harbour board', 'The harbour board', 'said'],
      ['it added that the pier would stay open.', 'The harbour board', 'it', 'added']
    ])
  })

  it('keeps a relative clause of the same speaker as its own claim, named at the pronoun inside it', () => {
    expect(
      claimsOf(
        'Mayor Ann Hale announced that ferry fares would rise by 12 percent in May, which she said was fair to islanders.'
      )
    ).toEqual([
      [
        'Mayor Ann Hale announced that ferry fares would rise by 12 percent in May',
        'Ann Hale',
        'Mayor Ann Hale',
        'announced'
      ],
      ['which she said was fair to islanders.', 'Ann Hale', 'she', 'said']
    ])
  })

  it('keeps a relative aside holding the speaker’s own attribution apart from the main clause', () => {
    expect(claimsOf('Ann Hale, who said the levy raised £3 million in 2023, said she was glad.')).toEqual([
      ['Ann Hale, who said the levy raised £3 million in 2023', 'Ann Hale', 'who', 'said'],
      ['said she was glad.', 'Ann Hale', 'Ann Hale', 'said']
    ])
  })

  it('leaves out a formula, a note on how the speaker was quoted and an opening clause of time', () => {
    expect(claimsOf('Ruth Hale said the levy raised only £2.1 million in 2023; she said thank you.')).toEqual([
      ['Ruth Hale said the levy raised only £2.1 million in 2023', 'Ruth Hale', 'Ruth Hale', 'said']
    ])
    const anonymous =
      'The port’s finance director, who spoke on condition of anonymity, said the levy raised £3 million in 2023.'
    expect(claimsOf(anonymous).map((row) => row[0])).toEqual([anonymous])
    expect(
      claimsOf(
        'Ruth Hale chairs the harbour board. When she was talking about the levy in May, she said it had raised £3 million in 2023.'
      )
    ).toEqual([['she said it had raised £3 million in 2023.', 'Ruth Hale', 'she', 'said']])
  })
})
