/**
 * A body named opening a sentence ("The Harbour Board insists …") and inside one ("…, and the Harbour Board is
 * open to …") is one body: every report lists its items under one name, the capitalised one the speaker filter shows.
 */
import { describe, expect, test } from 'vitest'
import { extract } from '../../../src/core/extract/extract'
import { claimReviewsFromModel } from '../../../src/core/report/claimreview'
import { buildReportModel } from '../../../src/core/report/build-report'
import { renderMarkdown } from '../../../src/core/report/markdown/document'
import { nameShower, shownNames } from '../../../src/core/report/shown-names'
import type { CaseFile } from '../../../src/shared/case'
import { engineCase, paragraphs } from '../../helpers/builders'
import { FIXED_NOW } from './fixture'

const STORY = paragraphs(
  'The old charge was a blunt tool, and the Harbour Board is open to changing it to make it fairer for small boats.',
  'The Harbour Board insists the new mooring charges are fair.',
  '"We would rather not charge more," the Harbour Board said in a statement on Friday.'
)

/** The story's case as the engine suggests it, every item rated True so the ClaimReview export has them all. */
function harbourCase(): CaseFile {
  const c = engineCase(STORY, extract(STORY, { threshold: 0 }))
  return { ...c, items: c.items.map((item) => ({ ...item, status: 'verified', state: 'accepted' })) }
}

describe('one name per body in the report', () => {
  test('the engine writes the body both ways (what the report folds)', () => {
    const names = harbourCase().items.map((item) => item.claimant?.name ?? item.speaker?.name)
    expect(new Set(names)).toEqual(new Set(['the Harbour Board', 'The Harbour Board']))
  })

  test('the Markdown report lists every item under "The Harbour Board"', () => {
    const report = renderMarkdown(harbourCase(), { now: FIXED_NOW })
    expect(report).toContain('Claimed by The Harbour Board')
    expect(report).toContain('Said by The Harbour Board')
    expect(report).not.toContain('by the Harbour Board')
  })

  test('the ClaimReview export authors every review by "The Harbour Board"', () => {
    const reviews = claimReviewsFromModel(buildReportModel(harbourCase(), { now: FIXED_NOW }))
    expect(reviews.length).toBeGreaterThanOrEqual(3)
    expect(new Set(reviews.map((review) => review.itemReviewed.author?.name))).toEqual(new Set(['The Harbour Board']))
  })

  test('a name written only inside sentences keeps its spelling; "Hill" and "the Hill" stay two', () => {
    expect([...shownNames(['the Harbour Board', 'Hill', 'the Hill']).values()]).toEqual([
      'the Harbour Board',
      'Hill',
      'the Hill'
    ])
    const c = harbourCase()
    const shown = nameShower(c.items)
    expect(shown('the Harbour Board')).toBe('The Harbour Board')
    expect(shown('Ana Ruiz')).toBe('Ana Ruiz')
  })
})
