/**
 * When a captioned transcript speaks an item's words: the time of the caption they begin in, the same in the detail pane and the
 * report; nothing for an article, or for an item the current draft no longer holds.
 */
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../../src/core/import/index'
import { spokenTime } from '../../../src/core/case/case-reading'
import { caseFile, claim, paragraphs } from '../../helpers/builders'

const CAPTIONS = [
  'WEBVTT',
  '',
  '00:00:02.000 --> 00:00:05.000',
  '<v Moderator>Welcome to the water forum.',
  '',
  '00:01:07.000 --> 00:01:15.000',
  '<v Ines Vidal>The reservoir is at 38 percent, the lowest since 1992.',
  '',
  '00:01:15.500 --> 00:01:21.000',
  '<v Ines Vidal>Repairs cost 2.3 million euros last year.',
  ''
].join('\n')

function captioned() {
  const parsed = parseArticle('forum.vtt', new TextEncoder().encode(CAPTIONS))
  if (!parsed.ok) throw new Error(parsed.error.message)
  return parsed.value
}

describe('spokenTime', () => {
  it("gives the time of the caption the item's words begin in, not its turn's first", () => {
    const article = captioned()
    const repairs = claim(article, 'Repairs cost 2.3 million euros last year.')
    expect(spokenTime(caseFile(article, { items: [repairs] }), repairs)).toEqual({ start: 75.5, end: 81 })
  })

  it('gives nothing for an article, or for an item removed from the current draft', () => {
    const article = paragraphs('Repairs cost 2.3 million euros last year.')
    const repairs = claim(article, 'Repairs cost 2.3 million euros last year.')
    expect(spokenTime(caseFile(article, { items: [repairs] }), repairs)).toBeNull()
    const transcript = captioned()
    const gone = claim(transcript, 'Repairs cost 2.3 million euros last year.', { state: 'removed' })
    expect(spokenTime(caseFile(transcript, { items: [gone] }), gone)).toBeNull()
  })
})
