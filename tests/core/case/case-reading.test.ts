/**
 * When a captioned transcript speaks an item's words: the time of the caption they begin in, the same in the detail pane and the
 * report; nothing for an article, or for an item the current draft no longer holds. And an item's words as shown.
 */
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../../src/core/import/index'
import { shownWords, spokenTime } from '../../../src/core/case/case-reading'
import { caseFile, claim, paragraphs, quote } from '../../helpers/builders'

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

describe('shownWords', () => {
  const SAID = '“We will protect our village,” said Mara Venn. “Will anyone listen?” she asked. “No,” he said.'
  const article = paragraphs(SAID)

  it('shows a quote without the comma that closes it inside the marks, which is the sentence’s', () => {
    const village = quote(article, 'We will protect our village,')
    expect(village.anchor.exact).toBe('We will protect our village,')
    expect(shownWords(village)).toBe('We will protect our village')
  })

  it('keeps a question or an exclamation, and a claim as it is', () => {
    expect(shownWords(quote(article, 'Will anyone listen?'))).toBe('Will anyone listen?')
    expect(shownWords(claim(article, 'We will protect our village,'))).toBe('We will protect our village,')
  })

  it('a quote that is nothing but a comma is shown as it is', () => {
    expect(shownWords(quote(article, ','))).toBe(',')
    expect(shownWords(quote(article, 'No,'))).toBe('No')
  })
})
