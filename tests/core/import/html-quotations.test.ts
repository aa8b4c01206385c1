/**
 * Saved web pages as newsrooms publish them (issue 11): a pull quote credited in its <footer> or
 * <cite>, link furniture inside the article body, a headline opening with its kicker. Pages written
 * for these tests.
 */
import { describe, expect, it } from 'vitest'
import { extract } from '../../../src/core/extract/extract'
import { expectWellFormed, imported, outline } from './helpers'

const page = (body: string): string =>
  `<!doctype html><html><head><title>Harbour levy</title></head><body><article>${body}</article></body></html>`

describe('quotations on saved web pages', () => {
  it('a blockquote credited in its <footer> gives that speaker and role', () => {
    const article = imported(
      'levy.html',
      page(
        '<h1>Clinic to close its winter ward</h1><p>The ward will close on 1 December, the trust said on Monday.</p>' +
          '<blockquote><p>“We cannot take more patients this winter.”</p><footer>— Dr Joseph Mbeki, consultant</footer></blockquote>'
      )
    )
    expect(outline(article).slice(-2)).toEqual([
      ['blockquote', '“We cannot take more patients this winter.”'],
      ['blockquote', '— Dr Joseph Mbeki, consultant']
    ])
    expectWellFormed(article)
    const [quote] = extract(article).quotes
    expect(quote.text).toBe('We cannot take more patients this winter.')
    expect(quote.speaker).toEqual({ name: 'Joseph Mbeki', description: 'consultant', anonymous: false })
  })

  it('a <cite> standing alone, and a <figcaption> under a quoted figure, credit the quote; a <cite> in a sentence is a title', () => {
    const article = imported(
      'levy.html',
      page(
        '<h1>Ferry stays</h1><blockquote><p>We will keep the ferry running.</p><cite>Ana Ruiz, harbour master</cite></blockquote>' +
          '<figure><blockquote><p>Nobody asked the islanders.</p></blockquote><figcaption>Tom Price, ferry user</figcaption></figure>' +
          '<blockquote><p>As <cite>The Island Review</cite> put it, the ferry is the road.</p></blockquote>'
      )
    )
    const speakers = extract(article).quotes.map((q) => [q.text, q.speaker?.name ?? null])
    expect(speakers).toEqual([
      ['We will keep the ferry running.', 'Ana Ruiz'],
      ['Nobody asked the islanders.', 'Tom Price']
    ])
    expect(article.text).toContain('As The Island Review put it, the ferry is the road.')
  })

  it('leaves link furniture in the body out of the text, and keeps prose that mentions sharing', () => {
    const article = imported(
      'levy.html',
      page(
        '<h1>Levy dropped</h1><p>The harbour levy was dropped on Monday after months of protest by ferry users.</p>' +
          '<div><a href="#">Share this article</a></div><p><a href="/more">Read more: Ferry fares to rise</a></p>' +
          '<p>Read more</p><p>Share</p>' +
          '<p>Residents will share the cost of the new pier, the council said.</p>'
      )
    )
    expect(outline(article)).toEqual([
      ['title', 'Levy dropped'],
      ['paragraph', 'The harbour levy was dropped on Monday after months of protest by ferry users.'],
      ['paragraph', 'Residents will share the cost of the new pier, the council said.']
    ])
  })
})

describe('a kicker before the headline', () => {
  it.each([
    ['Analysis: Why the harbour levy failed'],
    ['Exclusive: Ferry operator hid losses for two years'],
    ['Explainer: What the levy pays for']
  ])('"%s" is the title, not a metadata line', (headline) => {
    const article = imported('draft.txt', `${headline}\n\nThe levy was dropped on Monday.`)
    expect(outline(article)).toEqual([
      ['title', headline],
      ['paragraph', 'The levy was dropped on Monday.']
    ])
    expect(article.metadata).toEqual({})
  })

  it('a real metadata line is still read as one', () => {
    const article = imported('draft.txt', 'Ferry fares frozen\nslug: ferry-fares\n\nThe freeze covers single tickets.')
    expect(article.metadata.slug).toBe('ferry-fares')
  })
})
