import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../../src/core/import/index'
import { extract } from '../../../src/core/extract/extract'
import type { Article } from '../../../src/shared/article'

const TRANSCRIPTS = join(__dirname, '../../fixtures/transcripts')

function load(name: string): Article {
  const result = parseArticle(name, new Uint8Array(readFileSync(join(TRANSCRIPTS, name))))
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('claims in a transcript', () => {
  const article = load('harbour-debate.txt')
  const extraction = extract(article)

  it("gives every claim its turn's speaker as claimant, with no speech verb and the label not in its words", () => {
    expect(extraction.claims.length).toBeGreaterThanOrEqual(4)
    for (const claim of extraction.claims) {
      const turn = article.blocks.find((b) => b.start <= claim.start && claim.end <= b.end)
      expect(turn?.kind).toBe('turn')
      expect(claim.claimant).toEqual({
        name: turn?.speaker,
        mention: { start: turn?.start, end: turn?.start, text: '' },
        cue: null
      })
      expect(claim.text).not.toMatch(/^(?:OKAFOR|LINDQVIST)\b/)
    }
    const byText = new Map(extraction.claims.map((c) => [c.text, c.claimant?.name]))
    expect(byText.get('The ferry carried 1.2 million passengers in 2024, up 18 percent on the year before.')).toBe(
      'OKAFOR'
    )
    expect(byText.get('The pier cost 2.1 million pounds, and it opened six months late.')).toBe('LINDQVIST')
  })

  it('never proposes the moderator, the audience or a stage direction', () => {
    const notClaimants = article.blocks.filter((b) => b.kind === 'turn' && b.role !== 'participant')
    expect(notClaimants.map((b) => b.role).sort()).toEqual(['audience', 'moderator', 'moderator', 'system', 'system'])
    for (const claim of extraction.claims) {
      expect(notClaimants.some((b) => b.start <= claim.start && claim.start < b.end)).toBe(false)
    }
    // The moderator's line is still scored (ranked at the bottom) and says why it is not a claim.
    const moderatorSentence = extraction.sentences.find(
      (s) => article.text.slice(s.start, s.end) === 'Ms Okafor, the ferry lost money again last year.'
    )
    expect(moderatorSentence?.score).toBeLessThan(0.01)
    // Stage directions are not even sentences.
    expect(extraction.sentences.some((s) => /APPLAUSE|crosstalk/.test(article.text.slice(s.start, s.end)))).toBe(false)
  })

  it('proposes no claim from the title naming the recording, and leaves it out of the sentences to cover', () => {
    const titled = parseArticle(
      'ward-debate.txt',
      new TextEncoder().encode(
        [
          'Harbour Ward debate, 4 March 2026',
          '',
          'MODERATOR: Welcome. Our first question is on the ferry.',
          '',
          'OKAFOR: The ferry carried 1.2 million passengers in 2024.',
          '',
          'LINDQVIST: The council spent 4.5 million pounds on the ferry subsidy last year.',
          '',
          'MODERATOR: Thank you both.'
        ].join('\n')
      )
    )
    if (!titled.ok) throw new Error(titled.error.message)
    expect(titled.value.title).toBe('Harbour Ward debate, 4 March 2026')
    const { claims, sentences, article: read } = extract(titled.value)
    expect(claims.map((c) => c.claimant?.name)).toEqual(['OKAFOR', 'LINDQVIST'])
    expect(sentences.some((s) => read.text.slice(s.start, s.end).startsWith('Harbour Ward debate'))).toBe(false)
  })

  it('reads the same claims and claimants from captions', () => {
    const vtt = extract(load('harbour-debate.vtt'))
    expect(vtt.claims.map((c) => [c.claimant?.name, c.text])).toEqual([
      ['Amara Okafor', 'The ferry carried 1.2 million passengers in 2024, up 18 percent on the year before.'],
      ['Erik Lindqvist', 'The council spent 4.5 million pounds on the ferry subsidy last year.']
    ])
  })
})
