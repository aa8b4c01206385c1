/**
 * Property tests: random and hostile text never makes the splitter or the quote finder throw, and
 * every range they return is a real, ordered slice of the article.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { BLOCK_KINDS, type Article } from '../../../src/shared/article'
import { splitSentences } from '../../../src/core/extract/sentences'
import { findQuotes } from '../../../src/core/extract/quotes'
import { articleOf, paragraphs, type BlockSpec } from '../../helpers/builders'

/** Pieces that exercise every rule at once: marks, terminators, abbreviations, cues, scripts, surrogates. */
const HOSTILE_PIECES = [
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '„',
  '«',
  '»',
  '‹',
  '›',
  '「',
  '」',
  '.',
  '?',
  '!',
  '…',
  '...',
  ' ',
  '\n',
  '\n\n',
  ',',
  ':',
  '—',
  '- ',
  '(',
  ')',
  'said',
  'he',
  'she',
  'they',
  'it',
  'added',
  'told',
  'wrote',
  'warning',
  'according to',
  'in a statement',
  'Dr.',
  'U.S.',
  'p.m.',
  'et al.',
  'No.',
  'Jan.',
  'J.',
  'Smith',
  'Nicolas Barotte',
  'a source',
  'officials',
  'the minister',
  'It’s',
  '’90s',
  'rock ’n’ roll',
  '3.14',
  '1695477876.6577',
  'a',
  'The',
  '😀',
  '👩‍👩‍👧',
  'שלום',
  'مرحبا',
  '\u202e',
  '\u200b',
  '\ud800',
  '\udfff',
  '\ufeff',
  '部队。'
]

const hostileText = fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: 80 }).map((parts) => parts.join(''))
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }), hostileText)
const loneSurrogates = fc
  .array(fc.integer({ min: 0xd800, max: 0xdfff }), { maxLength: 40 })
  .map((codes) => String.fromCharCode(...codes))
const blockSpec: fc.Arbitrary<BlockSpec> = fc.tuple(fc.constantFrom(...BLOCK_KINDS), fc.oneof(anyText, loneSurrogates))
const articles = fc.array(blockSpec, { minLength: 1, maxLength: 8 }).map((specs) => articleOf(...specs))

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch)

function checkSentences(article: Article): void {
  const ranges = splitSentences(article)
  let previousEnd = 0
  for (const r of ranges) {
    expect(r.start).toBeGreaterThanOrEqual(previousEnd)
    expect(r.end).toBeGreaterThan(r.start)
    expect(r.end).toBeLessThanOrEqual(article.text.length)
    expect(isSpace(article.text[r.start]) || isSpace(article.text[r.end - 1])).toBe(false)
    const block = article.blocks.find((b) => b.start <= r.start && r.end <= b.end)
    expect(block).toBeDefined()
    expect(block?.kind === 'metadata' || block?.kind === 'byline').toBe(false)
    previousEnd = r.end
  }
}

function checkQuotes(article: Article): void {
  const quotes = findQuotes(article, splitSentences(article))
  let previousEnd = 0
  quotes.forEach((q, i) => {
    expect(q.id).toBe(`q${i + 1}`)
    expect(q.start).toBeGreaterThanOrEqual(previousEnd)
    expect(q.end).toBeGreaterThan(q.start)
    expect(q.end).toBeLessThanOrEqual(article.text.length)
    expect(article.text.slice(q.start, q.end)).toBe(q.text)
    for (const s of [q.mention, q.cue]) {
      if (!s) continue
      expect(s.start).toBeGreaterThanOrEqual(0)
      expect(s.end).toBeLessThanOrEqual(article.text.length)
      expect(article.text.slice(s.start, s.end)).toBe(s.text)
    }
    if (q.speaker === null) expect(q.mention).toBeNull()
    previousEnd = q.end
  })
}

describe('extraction on random and hostile text', () => {
  it('sentences are ordered, disjoint, trimmed slices inside scored blocks', () => {
    fc.assert(
      fc.property(articles, (article) => checkSentences(article)),
      { numRuns: 400 }
    )
  })

  it('quotes, mentions and cues slice back to their text, in order, without overlap', () => {
    fc.assert(
      fc.property(articles, (article) => checkQuotes(article)),
      { numRuns: 400 }
    )
  })

  it('a single paragraph of hostile pieces never throws', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const article = paragraphs(text)
        checkSentences(article)
        checkQuotes(article)
      }),
      { numRuns: 500 }
    )
  })

  it('survives 10,000 nested marks and still reports the outer quote', () => {
    const text = '“'.repeat(10_000) + 'We won the war' + '”'.repeat(10_000) + ', he said.'
    const article = articleOf(['paragraph', '“Peace is close,” said Awa Sy.'], ['paragraph', text])
    const quotes = findQuotes(article, splitSentences(article))
    expect(quotes).toHaveLength(2)
    expect(quotes[1].text.startsWith('“'.repeat(9_999) + 'We won')).toBe(true)
    expect(quotes[1].speaker?.name).toBe('Awa Sy')
    checkQuotes(article)
  })

  it('survives 10,000 unbalanced marks and bare terminators', () => {
    const article = paragraphs(
      '”'.repeat(10_000) + '‘'.repeat(10_000),
      '.'.repeat(10_000),
      '?! '.repeat(5_000),
      '"'.repeat(10_001)
    )
    checkSentences(article)
    checkQuotes(article)
  })
})
