import { describe, expect, test } from 'vitest'
import { claimReviewsFromModel, renderClaimReview } from '../../../src/core/report/claimreview'
import { buildReportModel } from '../../../src/core/report/build-report'
import { FIXED_NOW } from './fixture'
import { hostileCase } from './hostile-case'
import { sampleCase } from './sample-case'

const reviews = (caseFile = sampleCase(), organisation?: string) =>
  claimReviewsFromModel(buildReportModel(caseFile, { now: FIXED_NOW }), organisation)

describe('ClaimReview JSON-LD', () => {
  test('one review per item in the draft whose status is in the rating map', () => {
    const found = reviews()
    // verified i1, i3, i9; misleading i2; incorrect i5 — not in-progress, unchecked, needs-recheck, nor the dismissed/removed ones.
    expect(found.map((review) => review.claimReviewed)).toEqual([
      sampleCase().items[0].anchor.exact,
      sampleCase().items[1].anchor.exact,
      // The quote as shown: the comma closing it inside the marks is the sentence's (“…,” said Ortiz), not the claim's.
      'We promised cheaper buses and we are delivering them',
      sampleCase().items[4].anchor.exact,
      'Fares will fall from £2.40 to £1.80.'
    ])
  })

  test('carries the schema.org fields', () => {
    const [first] = reviews()
    expect(first).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: sampleCase().items[0].anchor.exact,
      reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'True' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Dana Whitlock' },
        datePublished: '2024-05-14',
        appearance: {
          '@type': 'NewsArticle',
          headline: 'City to cut bus fares as ridership recovers',
          url: 'https://gazette.example.org/news/riverton-bus-fares',
          datePublished: '2024-05-14'
        }
      },
      author: { '@type': 'Person', name: 'Priya Raman' },
      datePublished: '2024-05-16',
      // The article has an address and there is no separate review page: the review points at the claim in it.
      url: 'https://gazette.example.org/news/riverton-bus-fares#claim-1'
    })
  })

  test('a quote is attributed to its speaker; the newsroom authors the review when given', () => {
    const quote = reviews(sampleCase(), 'Riverton Gazette Fact Desk')[2]
    expect(quote.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Amara Osei' })
    expect(quote.author).toEqual({ '@type': 'Organization', name: 'Riverton Gazette Fact Desk' })
  })

  test('a claim in reported speech is its claimant’s: a body as an Organization, a person as a Person; the appearance keeps the article’s address', () => {
    const caseFile = sampleCase()
    const first = caseFile.items[0]
    const mention = { start: first.anchor.start, end: first.anchor.start + 4, text: first.anchor.exact.slice(0, 4) }
    caseFile.items[0] = { ...first, claimant: { name: 'Riverton Transit Authority', mention, cue: null } }
    caseFile.items[1] = { ...caseFile.items[1], claimant: { name: 'Councillor Jo Banks', mention, cue: null } }
    const [byBody, byPerson] = reviews(caseFile)
    expect(byBody.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Riverton Transit Authority' })
    expect(byBody.itemReviewed.appearance.url).toBe('https://gazette.example.org/news/riverton-bus-fares')
    expect(byPerson.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Councillor Jo Banks' })
  })

  test('the rating map is editable; unmapped statuses produce no review', () => {
    const caseFile = sampleCase()
    caseFile.ratingMap = [{ status: 'misleading', ratingValue: 2, alternateName: 'Mostly false' }]
    const found = reviews(caseFile)
    expect(found).toHaveLength(1)
    expect(found[0].reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'Mostly false'
    })
  })

  test('a rating outside 1..5 (unverifiable = 0) keeps its name and drops the number', () => {
    const caseFile = sampleCase()
    caseFile.items[0].status = 'unverifiable'
    expect(reviews(caseFile)[0].reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable' })
  })

  test('no url fields without http(s) metadata; output is safe inside a script block', () => {
    const text = renderClaimReview(hostileCase(), { now: FIXED_NOW })
    const parsed = JSON.parse(text) as Array<Record<string, unknown>>
    expect(parsed.length).toBeGreaterThan(0)
    for (const review of parsed) {
      expect(review.url).toBeUndefined()
      expect((review.itemReviewed as { appearance: Record<string, unknown> }).appearance.url).toBeUndefined()
    }
    expect(text).not.toMatch(/[<>&]/)
    expect((parsed[0].reviewRating as { alternateName: string }).alternateName).toBe('True <script>alert("x")</script>')
  })

  test("without the article's address or a review page, there is no url", () => {
    const caseFile = sampleCase()
    delete caseFile.drafts[1].article.metadata.url
    for (const review of reviews(caseFile)) expect(review.url).toBeUndefined()
  })

  test('review-url metadata gives each review its own fragment', () => {
    const caseFile = sampleCase()
    caseFile.drafts[1].article.metadata['review-url'] = 'https://gazette.example.org/factcheck/bus-fares'
    expect(reviews(caseFile).map((review) => review.url)).toEqual(
      ['1', '2', '3', '5', '8'].map((n) => `https://gazette.example.org/factcheck/bus-fares#claim-${n}`)
    )
  })
})
