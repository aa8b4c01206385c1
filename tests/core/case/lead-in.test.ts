/**
 * A claim cut out of the middle of its sentence is shown after the words of the sentence before it, so a "which" or
 * a "he" points at something; a claim that starts its sentence, a quote, and an item gone from the draft get none.
 */
import { describe, expect, it } from 'vitest'
import { extract } from '../../../src/core/extract/extract'
import { LEAD_IN_CHARS, leadIn, leadInAt, SHORT_LEAD_IN_CHARS, shortLeadIn } from '../../../src/core/case/lead-in'
import { currentDraft } from '../../../src/core/case/case-reading'
import { claim, caseFile, engineCase, itemStarting, paragraphs, quote } from '../../helpers/builders'

const BOARD =
  'The board voted 4-1 to approve the increase, which staff said would raise about $3.4 million a year toward ' +
  'replacing 2,100 lead service lines.'

describe('lead-in of a claim the engine cut from its sentence', () => {
  it('shows the words before "which" on the claim the engine made from the relative clause', () => {
    const article = paragraphs('Water rates in Lake Harlow will rise 18% from March.', BOARD)
    const c = engineCase(article, extract(article))
    const staffClaim = itemStarting(c, 'which staff said')
    expect(leadIn(currentDraft(c), staffClaim)).toBe('The board voted 4-1 to approve the increase,')
    expect(leadIn(currentDraft(c), itemStarting(c, 'The board voted'))).toBe('')
  })

  it('gives none to a claim that starts its sentence, even after an abbreviation in the sentence before', () => {
    const article = paragraphs(
      'Rates were set by Dr. Ann Lowe in 2019. Crews replaced 400 lines last year, the city said.'
    )
    const c = caseFile(article, { items: [claim(article, 'Crews replaced 400 lines last year, the city said.')] })
    expect(leadIn(currentDraft(c), c.items[0])).toBe('')
  })

  it('keeps the sentence only, not the one before it', () => {
    const article = paragraphs(`Residents were angry. ${BOARD}`)
    const c = caseFile(article, { items: [claim(article, 'which staff said would raise about $3.4 million a year')] })
    expect(leadIn(currentDraft(c), c.items[0])).toBe('The board voted 4-1 to approve the increase,')
  })

  it('cuts a long lead-in at a word, from the end, and marks the cut', () => {
    const opening =
      'The Harlow Tenants Union, which represents about 600 households across the east side of the city and ' +
      'two trailer parks beyond its limits, sent a letter to every councillor on Monday'
    const article = paragraphs(`${opening}, and its president said a cap would cost almost nothing.`)
    const c = caseFile(article, { items: [claim(article, 'and its president said a cap would cost almost nothing.')] })
    const shown = leadIn(currentDraft(c), c.items[0])
    expect(shown.startsWith('…')).toBe(true)
    expect(shown.length).toBeLessThanOrEqual(LEAD_IN_CHARS + 1)
    expect(shown.endsWith('to every councillor on Monday,')).toBe(true)
    expect(opening).toContain(shown.slice(1, -1))
    expect(shown[1]).not.toBe(' ')
  })

  it('gives none when only marks come before the claim in its sentence', () => {
    const article = paragraphs('— Crews replaced 400 lines last year, the city said.')
    const c = caseFile(article, { items: [claim(article, 'Crews replaced 400 lines last year, the city said.')] })
    expect(leadIn(currentDraft(c), c.items[0])).toBe('')
  })

  it('gives none to a quote, and none to a claim no longer in the draft', () => {
    const article = paragraphs('Ruiz said a cap "would cost the city almost nothing" next year.')
    const c = caseFile(article, {
      items: [
        quote(article, '"would cost the city almost nothing"'),
        claim(article, 'a cap "would cost the city almost nothing" next year.', { id: 'i2', state: 'removed' })
      ]
    })
    for (const item of c.items) expect(leadIn(currentDraft(c), item)).toBe('')
  })

  it('never throws and always returns words of the text before the start (random cuts of real prose)', () => {
    const text = `${BOARD} Mayor Rosalind Achebe called it “painful but unavoidable.” Vogel, who voted no, disagreed.`
    let seed = 7
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n
    for (let k = 0; k < 500; k++) {
      const start = next(text.length)
      const end = start + 1 + next(text.length - start)
      const shown = leadInAt(text, 0, text.length, start, end)
      const bare = shown.startsWith('…') ? shown.slice(1) : shown
      expect(text.slice(0, start)).toContain(bare)
    }
  })
})

describe('short lead-in for a one-line row', () => {
  it('keeps the last words that fit, cut at a word, with one mark where it was cut', () => {
    expect(shortLeadIn('The board voted 4-1 to approve the increase,')).toBe('…4-1 to approve the increase,')
    expect(shortLeadIn('The board voted,')).toBe('The board voted,')
    expect(shortLeadIn('')).toBe('')
  })

  it('keeps the mark of a lead-in already cut, and never doubles it', () => {
    expect(shortLeadIn('…sent a letter on Monday,')).toBe('…sent a letter on Monday,')
    expect(shortLeadIn('…sent a letter to every councillor in the city on Monday,')).toBe('…in the city on Monday,')
  })

  it('fits in its bound on one line, whatever the lead-in (random cuts of real prose)', () => {
    const text = `${BOARD}\nMayor Rosalind Achebe called it “painful but unavoidable.”   Vogel, who voted no, disagreed.`
    for (let start = 0; start < text.length; start += 3) {
      const shown = shortLeadIn(text.slice(0, start))
      expect(shown.length).toBeLessThanOrEqual(SHORT_LEAD_IN_CHARS + 1)
      expect(shown).not.toMatch(/\n|……|\s{2}/)
      expect(text.slice(0, start).replace(/\s+/g, ' ')).toContain(shown.replace(/^…/, ''))
    }
  })
})
