/**
 * An editor's update note ("This story has been updated to include comments from Hale.") is the page's furniture,
 * like a byline: no sentence, so no claim, even at threshold 0. The comments it names are not in it, and a correction
 * it reports ("updated to reflect that Hale conceded") is the publisher's account of the piece. A sentence about a
 * story that is no such note is read as any other. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { extract } from '../../../src/core/extract/extract'
import { paragraphs } from '../../helpers/builders'
import { expectClaimants } from './expect-claimants'

describe('an update note', () => {
  it('is no sentence and no claim, whoever’s comments or deeds it mentions', () => {
    const { sentences, claims, article } = extract(
      paragraphs(
        'The harbour board said the pier cost £4 million to repair last year. This story has been updated to include comments from Ruth Hale and from the harbour board.',
        'This post was updated with comments from the mayor’s office.',
        'This article was updated to reflect that Okafor was declared the winner and that Hale conceded.'
      ),
      { threshold: 0 }
    )
    const texts = sentences.map((s) => article.text.slice(s.start, s.end))
    expect(texts).toEqual(['The harbour board said the pier cost £4 million to repair last year.'])
    expect(claims.map((c) => c.claimant?.name)).toEqual(['The harbour board'])
  })

  it('a sentence about a story that is no note still has its claimant', () => {
    expectClaimants(
      [
        'The story has changed since Hale said the levy was fair.',
        'The Herald article was later updated after Hale said the levy was fair.'
      ],
      [
        ['The story has changed', ['Hale', 'Hale', 'said']],
        ['The Herald article was later updated', ['Hale', 'Hale', 'said']]
      ]
    )
  })
})
