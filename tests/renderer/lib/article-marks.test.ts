/**
 * What the article view draws: per block, the highlight pieces and the items starting there, with a
 * signature that changes only when something drawn in that block changes.
 */
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../src/shared/case'
import { articleMarks, FACT_PREFIX, GAP_PREFIX, uncoveredGaps } from '../../../src/renderer/src/lib/article-marks'
import { articleOf, claim, fact, p, span, title } from '../../helpers/builders'

const FEES = 'Harbour fees rose 12% last year.'
const MARINA = 'The marina will open in 2026.'
const WEATHER = 'It rained all week.'
const A = articleOf(title('Harbour fees rise'), p(`${FEES} ${WEATHER}`), p(MARINA))

const items = (): Item[] => [
  claim(A, FEES, { id: 'i1', facts: [fact(A, 'number', '12%', '12 %')] }),
  claim(A, MARINA, { id: 'i2', state: 'accepted', facts: [fact(A, 'date', '2026', '2026')] }),
  claim(A, 'Harbour fees rise', { id: 'i3', state: 'dismissed' })
]

/** The text and ids of each piece of a block, for readable expectations. */
const pieces = (marks: ReturnType<typeof articleMarks>, block: number): Array<[string, string[]]> =>
  marks.blocks[block].pieces.map((piece) => [A.text.slice(piece.start, piece.end), piece.ids])

const sentence = (words: string, score: number) => ({ ...span(A, words), score })
const SENTENCES = [
  sentence('Harbour fees rise', 0.2),
  sentence(FEES, 0.9),
  sentence(WEATHER, 0.1),
  sentence(MARINA, 0.8)
]

describe('articleMarks', () => {
  it('cuts each block at every item and fact, and leaves dismissed items out', () => {
    const marks = articleMarks(items(), A.text, A.blocks, [], false)
    expect(pieces(marks, 0)).toEqual([['Harbour fees rise', []]])
    expect(pieces(marks, 1)).toEqual([
      ['Harbour fees rose ', ['i1']],
      ['12%', ['i1', `${FACT_PREFIX}${span(A, '12%').start}-${span(A, '12%').end}`]],
      [' last year.', ['i1']],
      [` ${WEATHER}`, []]
    ])
    expect(marks.blocks[2].starting.map((item) => item.id)).toEqual(['i2'])
    expect([...marks.itemsById.keys()].sort()).toEqual(['i1', 'i2'])
  })

  it('counts and marks the sentences no item covers, whatever their score, only when coverage is shown', () => {
    // Hidden, the sweep is not made at all (the workspace's first screen): U counts them itself.
    const hidden = articleMarks(items(), A.text, A.blocks, SENTENCES, false)
    expect(hidden.gaps).toBeNull()
    expect(hidden.blocks[1].pieces.some((piece) => piece.ids.some((id) => id.startsWith(GAP_PREFIX)))).toBe(false)
    expect(uncoveredGaps(SENTENCES, items(), A.text)).toEqual(
      [span(A, WEATHER)].map(({ start, end }) => ({ start, end }))
    )
    const shown = articleMarks(items(), A.text, A.blocks, SENTENCES, true)
    expect(shown.gaps).toEqual(uncoveredGaps(SENTENCES, items(), A.text))
    const gap = shown.blocks[1].pieces.find((piece) => piece.ids.some((id) => id.startsWith(GAP_PREFIX)))
    expect(gap && A.text.slice(gap.start, gap.end)).toBe(WEATHER)
  })

  it('changes the signature of the block whose item changed status, and of no other', () => {
    const before = articleMarks(items(), A.text, A.blocks, [], false)
    const changed = items().map((item) => (item.id === 'i2' ? { ...item, status: 'verified' } : item))
    const after = articleMarks(changed, A.text, A.blocks, [], false)
    expect(after.blocks.map((view, i) => view.signature === before.blocks[i].signature)).toEqual([true, true, false])
  })

  it('draws a text without blocks as one paragraph', () => {
    const marks = articleMarks(items(), A.text, [], [], false)
    expect(marks.blocks).toHaveLength(1)
    expect(marks.blocks[0].block).toEqual({ kind: 'paragraph', start: 0, end: A.text.length })
  })
})
