/**
 * An adverb opening a sentence ("Just three hours later, …", "Nearly a year on, …") is capitalised like a name but
 * never is one: a pronoun later in the sentence must not resolve to it. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { extract } from '../../../src/core/extract/extract'
import { paragraphs } from '../../helpers/builders'

const OPENERS = ['Just', 'Only', 'Soon', 'Almost', 'Nearly']

describe('an opening adverb of time or degree is no name', () => {
  it('"Just three hours later, Okafor visited the wall he had opposed" names no "Just"', () => {
    const { claims } = extract(
      paragraphs(
        'Just three hours later, Okafor visited the harbour wall he had opposed for years.',
        'Nearly a year on, Ruiz defended the ferry levy he had voted against in 2019.'
      ),
      { threshold: 0 }
    )
    expect(claims.length).toBeGreaterThan(0)
    for (const claim of claims) expect(OPENERS).not.toContain(claim.claimant?.name.split(' ')[0])
  })

  it('a name after the adverb is still read: "Only Okafor has said the levy is unfair"', () => {
    const { claims } = extract(paragraphs('Only Okafor has said the harbour levy is unfair to traders.'), {
      threshold: 0
    })
    expect(claims[0].claimant?.name).toBe('Okafor')
  })
})
