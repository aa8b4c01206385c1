/**
 * A paragraph's claims as [text, claimant name, mention, cue], each checked to slice back out of the article and to
 * hold its facts.
 */
import { expect } from 'vitest'
import { extract } from '../../src/core/extract/extract'
import { paragraphs } from './builders'

export function claimsOf(body: string): [string, string | null, string | null, string | null][] {
  const { claims, article } = extract(paragraphs(body))
  return claims.map((c) => {
    expect(article.text.slice(c.start, c.end)).toBe(c.text)
    for (const fact of c.facts) expect(fact.start >= c.start && fact.end <= c.end).toBe(true)
    const who = c.claimant
    return [c.text, who?.name ?? null, who?.mention.text ?? null, who?.cue?.text ?? null]
  })
}
