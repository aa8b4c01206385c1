/**
 * The seed article against the hand-made reference (../shared/fixtures/seed/expected.json): every
 * quote with its speaker, cue, mention, anonymity and partiality, and every reference sentence as
 * exactly one unit. Built with the test helper, not the importer, so it checks extraction alone.
 */
import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../../src/core/extract/sentences'
import { findQuotes } from '../../../src/core/extract/quotes'
import { readShared, sharedAvailable } from '../../helpers/shared'
import { seedArticle, texts } from '../../helpers/builders'

interface ExpectedQuote {
  text: string
  speaker: string
  cue: string
  mention?: string
  anonymous?: boolean
  partial?: boolean
}
interface Expected {
  quotes: ExpectedQuote[]
  sentences: { text: string }[]
}

/** expected.json: "compare after trimming whitespace and trailing punctuation". */
const comparable = (text: string): string => text.trim().replace(/[\s.,;:!?…]+$/u, '')

const present = sharedAvailable('fixtures/seed/article.txt') && sharedAvailable('fixtures/seed/expected.json')

describe.skipIf(!present)('seed article quotes and sentences', () => {
  const load = () => {
    const article = seedArticle(readShared('fixtures/seed/article.txt').toString('utf8'))
    const expected = JSON.parse(readShared('fixtures/seed/expected.json').toString('utf8')) as Expected
    const sentences = splitSentences(article)
    return { article, expected, sentences, quotes: findQuotes(article, sentences) }
  }
  const { article, expected, sentences, quotes } = present ? load() : ({} as ReturnType<typeof load>)

  it('splits every reference sentence as exactly one unit, and none from metadata or the photo credit', () => {
    const units = texts(article, sentences)
    for (const sentence of expected.sentences) expect(units).toContain(sentence.text)
    expect(units.some((u) => u.includes('1695477876') || u.startsWith('editor:'))).toBe(false)
    // The credit closing the caption is furniture, like the byline: no sentence to check or to cover.
    expect(units.some((u) => u.includes('AP Photo'))).toBe(false)
    expect(units).toHaveLength(expected.sentences.length)
  })

  it('finds the six reference quotes in order, with ids q1…q6', () => {
    expect(quotes.map((q) => comparable(q.text))).toEqual(expected.quotes.map((q) => comparable(q.text)))
    expect(quotes.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6'])
  })

  it.each(present ? expected.quotes.map((q, i) => [i + 1, q] as const) : [])(
    'quote %i: speaker, cue, mention',
    (n, reference) => {
      const quote = quotes[n - 1]
      expect(article.text.slice(quote.start, quote.end)).toBe(quote.text)
      expect(quote.speaker?.name).toBe(reference.speaker)
      expect(quote.speaker?.anonymous ?? false).toBe(reference.anonymous ?? false)
      expect(quote.cue?.text.toLowerCase()).toBe(reference.cue)
      expect(quote.mention?.text).toBe(reference.mention ?? reference.speaker)
      expect(quote.partial).toBe(reference.partial ?? false)
      for (const s of [quote.cue, quote.mention]) if (s) expect(article.text.slice(s.start, s.end)).toBe(s.text)
    }
  )

  it('keeps the speaker as first introduced, description included', () => {
    const barotte = quotes.filter((q) => q.speaker?.name === 'Nicolas Barotte')
    expect(barotte).toHaveLength(4)
    for (const q of barotte)
      expect(q.speaker?.description).toBe('the defense correspondent for French newspaper Le Figaro')
  })
})
