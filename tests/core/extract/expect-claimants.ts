/**
 * Shared by the claimant tests: extract paragraphs with every sentence a claim, check that each
 * claimant's spans are the article's words, and compare the claimant of the sentence each row names.
 */
import { expect } from 'vitest'
import { extract } from '../../../src/core/extract/extract'
import { paragraphs } from '../../helpers/builders'

export type Want = [sentenceStart: string, claimant: [name: string, mention: string, cue: string | null] | null]

function claimantsOf(...bodies: string[]) {
  // Threshold 0: every sentence is a claim, so each row can name its sentence.
  const { claims, article } = extract(paragraphs(...bodies), { threshold: 0 })
  for (const claim of claims) {
    const c = claim.claimant
    if (!c) continue
    expect(article.text.slice(c.mention.start, c.mention.end)).toBe(c.mention.text)
    if (c.cue) expect(article.text.slice(c.cue.start, c.cue.end)).toBe(c.cue.text)
  }
  return claims
}

export function expectClaimants(bodies: string[], wanted: Want[]): void {
  const claims = claimantsOf(...bodies)
  for (const [start, want] of wanted) {
    const claim = claims.find((c) => c.text.startsWith(start))
    if (!claim) throw new Error(`no claim starts with "${start}"`)
    const got = claim.claimant
      ? [claim.claimant.name, claim.claimant.mention.text, claim.claimant.cue?.text ?? null]
      : null
    expect(got, start).toEqual(want)
  }
}
