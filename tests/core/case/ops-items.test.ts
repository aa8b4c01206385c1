import { describe, expect, it } from 'vitest'
import { addManualItem } from '../../../src/core/case/ops-add'
import { deleteManualItem, mergeItems, moveEdge, splitItem } from '../../../src/core/case/ops-items'
import { snapToWords } from '../../../src/core/case/words'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArticle } from '../../../src/core/import/index'
import { extract } from '../../../src/core/extract/extract'
import { articleOf, engineCase, itemStarting, p, span, title } from '../../helpers/builders'
import { ANNA, TEXT, at, sahelCase } from './sahel-case'

describe('snapToWords', () => {
  const rows: Array<{ name: string; from: string; cutStart: number; cutEnd: number; expected: string | null }> = [
    { name: 'already on word edges', from: 'defence ministry', cutStart: 0, cutEnd: 0, expected: 'defence ministry' },
    {
      name: 'starts and ends mid-word',
      from: 'defence ministry',
      cutStart: 3,
      cutEnd: -4,
      expected: 'defence ministry'
    },
    { name: 'surrounding spaces are trimmed', from: ' the defence ', cutStart: 0, cutEnd: 0, expected: 'the defence' },
    { name: 'numbers with commas stay whole', from: '5,000 troops', cutStart: 2, cutEnd: 0, expected: '5,000 troops' },
    { name: 'only white space', from: ' ', cutStart: 0, cutEnd: 0, expected: null }
  ]
  for (const row of rows) {
    it(row.name, () => {
      const span = at(row.from)
      const snapped = snapToWords(TEXT, span.start + row.cutStart, span.end + row.cutEnd)
      expect(snapped ? TEXT.slice(snapped.start, snapped.end) : null).toBe(row.expected)
    })
  }

  it('a selection made backwards snaps the same', () => {
    const span = at('budget office')
    expect(snapToWords(TEXT, span.end - 2, span.start + 2)).toEqual({ start: span.start, end: span.end })
  })
})

describe('manual items', () => {
  it('a selection becomes an accepted manual claim snapped to whole words', () => {
    const span = at('mild')
    const result = addManualItem(sahelCase(), 'claim', span.start - 3, span.end - 1, ANNA)
    if (!result.ok) throw new Error(result.error.message)
    const item = result.value.case.items.find((it) => it.id === result.value.id)!
    expect(item).toMatchObject({ origin: 'manual', state: 'accepted', kind: 'claim', status: 'unchecked' })
    expect(item.anchor.exact).toBe('was mild')
    expect(item.history[0]).toMatchObject({ action: 'added', by: 'Anna Checker' })
  })

  it("a claim added by hand in a transcript turn is its speaker's, as the suggested ones there are", () => {
    const name = 'harbour-debate.txt'
    const parsed = parseArticle(name, new Uint8Array(readFileSync(join(__dirname, '../../fixtures/transcripts', name))))
    if (!parsed.ok) throw new Error(parsed.error.message)
    const c = engineCase(parsed.value, extract(parsed.value), { fileName: name })
    const turn = parsed.value.blocks.find((block) => block.kind === 'turn' && block.speaker === 'LINDQVIST')!
    const added = addManualItem(c, 'claim', turn.start, turn.end, ANNA)
    if (!added.ok) throw new Error(added.error.message)
    const item = added.value.case.items.find((it) => it.id === added.value.id)!
    expect(item.claimant).toEqual({
      name: 'LINDQVIST',
      mention: { start: turn.start, end: turn.start, text: '' },
      cue: null
    })
    // Not in an article, and not for a quote.
    const inArticle = addManualItem(sahelCase(), 'claim', at('mild').start, at('mild').end, ANNA)
    if (!inArticle.ok) throw new Error(inArticle.error.message)
    expect(inArticle.value.case.items.find((it) => it.id === inArticle.value.id)?.claimant).toBeNull()
    const quoted = addManualItem(c, 'quote', turn.start, turn.end, ANNA)
    if (!quoted.ok) throw new Error(quoted.error.message)
    expect(quoted.value.case.items.find((it) => it.id === quoted.value.id)?.claimant).toBeNull()
  })

  describe('a claim added by hand in prose takes the claimant read from its sentence', () => {
    const REPORTED = 'The ministry said inflation fell to 2% in May.'
    const OWN = 'Inflation fell to 2% in May, the lowest rate since 2021.'
    const QUOTED = '"Nobody wants the fares to rise," said Owen Pryce, the operator\'s director.'
    const article = articleOf(title('Prices cool'), p(`Rents rose by 4% in April. ${REPORTED}`), p(OWN), p(QUOTED))
    const c = engineCase(article, { article, sentences: [], claims: [], quotes: [], inconsistencies: [] })
    const claimantOf = (words: string) => {
      const { start, end } = span(article, words)
      const added = addManualItem(c, 'claim', start, end, ANNA)
      if (!added.ok) throw new Error(added.error.message)
      const item = added.value.case.items.find((it) => it.id === added.value.id)!
      return { claimant: item.claimant, history: item.history }
    }

    it('reported speech: the sentence whole or a span in it, in article coordinates, as extraction gives it', () => {
      const expected = { name: 'The ministry', mention: span(article, 'The ministry'), cue: span(article, 'said') }
      expect(claimantOf(REPORTED).claimant).toEqual(expected)
      expect(claimantOf('inflation fell to 2%').claimant).toEqual(expected)
      // The same claimant extraction gives the sentence when it suggests it as a claim.
      const suggested = extract(article, { threshold: 0 }).claims.find((it) => it.text === REPORTED)
      expect(suggested?.claimant).toEqual(expected)
      // Only the creation entry: reading the claimant is part of adding the claim.
      expect(claimantOf(REPORTED).history.map((entry) => entry.action)).toEqual(['added'])
    })

    it("a sentence holding a quote is the quote's speaker's, not the subject of a verb inside the quote", () => {
      const expected = { name: 'Owen Pryce', mention: span(article, 'Owen Pryce'), cue: span(article, 'said', 1) }
      expect(claimantOf(QUOTED).claimant).toEqual(expected)
      expect(extract(article, { threshold: 0 }).claims.find((it) => it.text === QUOTED)?.claimant).toEqual(expected)
    })

    it("the article's own voice has none", () => {
      expect(claimantOf(OWN).claimant).toBeNull()
    })

    it('a span across two sentences has none', () => {
      expect(claimantOf('April. The ministry said').claimant).toBeNull()
    })
  })

  it('new ids never reuse an existing one', () => {
    const c = sahelCase()
    const result = addManualItem(c, 'quote', 0, 6, ANNA)
    if (!result.ok) throw new Error(result.error.message)
    expect(c.items.map((i) => i.id)).not.toContain(result.value.id)
  })

  it('an empty selection is refused with a message', () => {
    const result = addManualItem(sahelCase(), 'claim', 40, 40, ANNA)
    expect(result.ok).toBe(false)
  })

  it('only manual items can be deleted', () => {
    const c = sahelCase()
    expect(deleteManualItem(c, c.items[0].id, ANNA).ok).toBe(false)
    const added = addManualItem(c, 'claim', at('mild').start, at('mild').end, ANNA)
    if (!added.ok) throw new Error(added.error.message)
    const deleted = deleteManualItem(added.value.case, added.value.id, ANNA)
    expect(deleted.ok && deleted.value.items.length).toBe(c.items.length)
  })
})

describe('moving edges, merging and splitting', () => {
  const moves: Array<{ edge: 'start' | 'end'; direction: -1 | 1; expected: string }> = [
    { edge: 'start', direction: 1, expected: 'deployment costs €600m a year, according to the budget office.' },
    { edge: 'end', direction: -1, expected: 'The deployment costs €600m a year, according to the budget' },
    {
      edge: 'start',
      direction: -1,
      expected: 'minister.\n\nThe deployment costs €600m a year, according to the budget office.'
    },
    {
      edge: 'end',
      direction: 1,
      expected: 'The deployment costs €600m a year, according to the budget office.\n\nCritics'
    }
  ]
  for (const row of moves) {
    it(`moving the ${row.edge} ${row.direction < 0 ? 'earlier' : 'later'} by a word`, () => {
      const c = sahelCase()
      const id = itemStarting(c, 'The deployment').id
      const result = moveEdge(c, id, row.edge, row.direction, ANNA)
      if (!result.ok) throw new Error(result.error.message)
      const item = result.value.items.find((it) => it.id === id)!
      expect(item.anchor.exact).toBe(row.expected)
      expect(TEXT.slice(item.anchor.start, item.anchor.end)).toBe(row.expected)
      expect(item.history.at(-1)?.action).toBe('moved')
    })
  }

  it('merging two items keeps the first id and covers both', () => {
    const c = sahelCase()
    const a = itemStarting(c, 'The deployment')
    const b = itemStarting(c, 'Critics say')
    const result = mergeItems(c, b.id, a.id, ANNA)
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.items).toHaveLength(c.items.length - 1)
    const merged = result.value.items.find((it) => it.id === a.id)!
    expect(merged.anchor.exact).toBe(`${a.anchor.exact}\n\n${b.anchor.exact}`)
    expect(merged.facts.map((f) => f.text)).toEqual(['€600m', '2013'])
    expect(merged.history.at(-1)).toMatchObject({ action: 'merged', detail: `merged with ${b.id}` })
  })

  it('splitting cuts at a word edge; both halves keep the sources and their own facts', () => {
    const c = sahelCase()
    const item = itemStarting(c, 'The deployment')
    const middle = item.anchor.start + item.anchor.exact.indexOf('according') + 3
    const result = splitItem(
      { ...c, items: c.items.map((it) => (it.id === item.id ? { ...it, sourceIds: ['s1'] } : it)) },
      item.id,
      middle,
      ANNA
    )
    if (!result.ok) throw new Error(result.error.message)
    const first = result.value.case.items.find((it) => it.id === item.id)!
    const second = result.value.case.items.find((it) => it.id === result.value.newId)!
    expect(first.anchor.exact).toBe('The deployment costs €600m a year,')
    expect(second.anchor.exact).toBe('according to the budget office.')
    expect(first.facts.map((f) => f.text)).toEqual(['€600m'])
    expect(second.sourceIds).toEqual(['s1'])
  })
})
