/**
 * A comma set inside a closing quote mark, as American style sets it, ends the clause before a joiner as a comma
 * after the mark does: "Hale called the fees “a scandal,” but Ruiz argued …" is one claim per clause, each claimed
 * by its own subject, the first keeping the mark. A comma inside the quote with no joiner after the mark cuts
 * nothing. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

describe('a comma inside the closing mark, then a joiner', () => {
  it('cuts before a clause of someone else', () => {
    expect(
      claimsOf(
        'Ann Hale said the harbour levy was “the worst tax in 40 years,” but Tom Ruiz argued that it raised £2 million in 2024.'
      )
    ).toEqual([
      ['Ann Hale said the harbour levy was “the worst tax in 40 years,”', 'Ann Hale', 'Ann Hale', 'said'],
      ['Tom Ruiz argued that it raised £2 million in 2024.', 'Tom Ruiz', 'Tom Ruiz', 'argued']
    ])
  })

  it('cuts before the same person named again by a pronoun, after a mark of two apostrophes too', () => {
    expect(
      claimsOf(
        "Tom Berg said the ferry fares had risen by 40 percent since 2021 to ''the highest in the country,'' and he insisted that the port board had hidden £4 million of losses in 2023."
      )
    ).toEqual([
      [
        "Tom Berg said the ferry fares had risen by 40 percent since 2021 to ''the highest in the country,''",
        'Tom Berg',
        'Tom Berg',
        'said'
      ],
      ['he insisted that the port board had hidden £4 million of losses in 2023.', 'Tom Berg', 'he', 'insisted']
    ])
  })

  it('cuts nothing when no joiner follows the mark, or the joiner is inside the quote', () => {
    for (const sentence of [
      'Ann Hale said the harbour levy was “the worst tax in 40 years,” adding that it had cost the port £2 million.',
      'Ann Hale said the harbour levy was “the worst tax in 40 years, and Tom Ruiz argued it cost £2 million.”'
    ])
      expect(claimsOf(sentence).map(([text]) => text)).toEqual([sentence])
  })
})
