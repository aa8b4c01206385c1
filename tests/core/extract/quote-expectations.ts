/** Shared by the quote table tests: what a checker should see for each quote of an article. */
import { expect } from 'vitest'
import type { Article, Quote } from '../../../src/shared/article'
import { splitSentences } from '../../../src/core/extract/sentences'
import { findQuotes } from '../../../src/core/extract/quotes'

/** What a checker should see for one quote; omitted fields are not checked, null means "none". */
export interface Want {
  text: string
  speaker?: string | null
  description?: string | null
  anonymous?: boolean
  mention?: string | null
  cue?: string | null
  partial?: boolean
}

export type Case = [name: string, article: Article, quotes: Want[]]

export const quotesOf = (article: Article): Quote[] => findQuotes(article, splitSentences(article))

/** The article's quotes are exactly `wanted`, in order, with ids q1, q2, … and spans that slice back. */
export function expectQuotes(article: Article, wanted: Want[]): void {
  const quotes = quotesOf(article)
  expect(quotes.map((q) => q.text)).toEqual(wanted.map((w) => w.text))
  quotes.forEach((quote, i) => {
    const want = wanted[i]
    expect(quote.id).toBe(`q${i + 1}`)
    expect(article.text.slice(quote.start, quote.end)).toBe(quote.text)
    if (want.speaker !== undefined) expect(quote.speaker?.name ?? null).toBe(want.speaker)
    if (want.description !== undefined) expect(quote.speaker?.description ?? null).toBe(want.description)
    if (want.anonymous !== undefined) expect(quote.speaker?.anonymous).toBe(want.anonymous)
    if (want.mention !== undefined) expect(quote.mention?.text ?? null).toBe(want.mention)
    if (want.cue !== undefined) expect(quote.cue?.text.toLowerCase() ?? null).toBe(want.cue)
    if (want.partial !== undefined) expect(quote.partial).toBe(want.partial)
    for (const s of [quote.mention, quote.cue]) if (s) expect(article.text.slice(s.start, s.end)).toBe(s.text)
  })
}
