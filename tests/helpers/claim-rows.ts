/** A paragraph's claims as [text, claimant name, mention, cue], each checked to slice back out of the article. */
import { expect } from 'vitest'
import { extract } from '../../src/core/extract/extract'
import { paragraphs } from './builders'

export function claimsOf(body: string): [string, string | null, string | null, string | null][] {
  const { claims, article } = extract(paragraphs(body))
  return claims.map((c) => {
    expect(article.text.slice(c.start, c.end)).toBe(c.text)
    const who = c.claimant
    return [c.text, who?.name ?? null, who?.mention.text ?? null, who?.cue?.text ?? null]
  })
}
