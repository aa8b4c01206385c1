/**
 * The seed article, end to end through the real importer and extraction pipeline, against the
 * hand-made reference in ../shared/fixtures/seed/expected.json (issue 2's acceptance test).
 */
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/import/index'
import { extract } from '../../src/core/extract/extract'
import type { Extraction } from '../../src/shared/article'
import { readShared, sharedAvailable } from '../helpers/shared'

interface ExpectedQuote {
  text: string
  speaker: string
  cue: string
  mention?: string
  anonymous?: boolean
  partial?: boolean
}
interface Expected {
  title: string
  standfirst: string
  metadata: Record<string, string>
  caption: string
  quotes: ExpectedQuote[]
  sentences: { text: string; label: 'claim' | 'not' | 'either' }[]
}

const present = sharedAvailable('fixtures/seed/article.txt')

/** expected.json: "compare after trimming whitespace and trailing punctuation". */
const comparable = (text: string): string => text.trim().replace(/[\s.,;:!?…]+$/u, '')

describe.skipIf(!present)('seed article (../shared/fixtures/seed)', () => {
  const load = (): { extraction: Extraction; expected: Expected } => {
    const parsed = parseArticle('article.txt', new Uint8Array(readShared('fixtures/seed/article.txt')))
    if (!parsed.ok) throw new Error(parsed.error.message)
    const expected = JSON.parse(readShared('fixtures/seed/expected.json').toString('utf8')) as Expected
    return { extraction: extract(parsed.value), expected }
  }
  const { extraction, expected } = present ? load() : ({} as ReturnType<typeof load>)

  it('recognises title, standfirst, metadata and caption', () => {
    const { article } = extraction
    expect(article.title).toBe(expected.title)
    expect(article.standfirst).toBe(expected.standfirst)
    expect(article.metadata).toMatchObject(expected.metadata)
    const captions = article.blocks.filter((b) => b.kind === 'caption').map((b) => article.text.slice(b.start, b.end))
    expect(captions).toEqual([expected.caption])
    const body = article.blocks.filter((b) => b.kind === 'paragraph').map((b) => article.text.slice(b.start, b.end))
    expect(body.some((p) => /^(editor|author|tend):/.test(p))).toBe(false)
  })

  it('finds every reference quote with the right speaker, cue and mention', () => {
    for (const reference of expected.quotes) {
      const quote = extraction.quotes.find((q) => comparable(q.text) === comparable(reference.text))
      expect(quote, `quote not found: ${reference.text}`).toBeDefined()
      expect(quote?.speaker?.name).toBe(reference.speaker)
      expect(quote?.speaker?.anonymous ?? false).toBe(reference.anonymous ?? false)
      expect(quote?.cue?.text.toLowerCase()).toBe(reference.cue)
      if (reference.mention) expect(quote?.mention?.text).toBe(reference.mention)
      expect(quote?.partial).toBe(reference.partial ?? false)
    }
    expect(extraction.quotes).toHaveLength(expected.quotes.length)
  })

  it('covers every claim sentence with a claim and claims no "not" sentence', () => {
    const text = extraction.article.text
    for (const sentence of expected.sentences) {
      const start = text.indexOf(sentence.text)
      expect(start, `sentence not in article text: ${sentence.text}`).toBeGreaterThanOrEqual(0)
      const end = start + sentence.text.length
      const claimed = extraction.claims.some((c) => c.start < end && start < c.end)
      if (sentence.label === 'claim') expect(claimed, `claim sentence not claimed: ${sentence.text}`).toBe(true)
      if (sentence.label === 'not') expect(claimed, `"not" sentence claimed: ${sentence.text}`).toBe(false)
    }
  })

  it('gives every claim reasons a checker can read and spans that slice back', () => {
    const text = extraction.article.text
    for (const claim of extraction.claims) {
      expect(claim.reasons.length).toBeGreaterThan(0)
      expect(text.slice(claim.start, claim.end)).toBe(claim.text)
      for (const fact of claim.facts) expect(text.slice(fact.start, fact.end)).toBe(fact.text)
    }
    const numbers = extraction.claims
      .flatMap((c) => c.facts)
      .filter((f) => f.kind === 'number')
      .map((f) => f.text)
    expect(numbers.some((n) => n.startsWith('5,000'))).toBe(true)
  })
})
