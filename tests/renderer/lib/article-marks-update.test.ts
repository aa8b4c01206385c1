/**
 * The marks remade for the few items a change touched: always what articleMarks makes from scratch, and every
 * block the change does not reach keeps its view object (so the article view skips it by identity; a status key
 * at the size limit remade and compared all 10,000 blocks).
 */
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../src/shared/case'
import { articleMarks } from '../../../src/renderer/src/lib/article-marks'
import { updateArticleMarks, type MarksInput } from '../../../src/renderer/src/lib/article-marks-update'
import { articleOf, claim, fact, p, quote, span, title } from '../../helpers/builders'

const FEES = 'Harbour fees rose 12% last year.'
const WEATHER = 'It rained all week.'
const MARINA = 'The marina will open in 2026.'
const BERTHS = 'It will have 40 berths.'
const A = articleOf(
  title('Harbour fees rise'),
  p(`${FEES} ${WEATHER}`),
  p(`${MARINA} "${BERTHS}"`),
  p('The port said fees would rise again. It rained all week.')
)
const SENTENCES = [FEES, WEATHER, MARINA, BERTHS, 'The port said fees would rise again.'].map((words) => ({
  ...span(A, words),
  score: 0.5
}))

const items = (): Item[] => [
  claim(A, FEES, { id: 'i1', facts: [fact(A, 'number', '12%', '12 %')] }),
  claim(A, MARINA, { id: 'i2', state: 'accepted', facts: [fact(A, 'date', '2026', '2026')] }),
  quote(A, BERTHS, { id: 'i3' }),
  claim(A, 'Harbour fees rise', { id: 'i4', state: 'dismissed' }),
  // One item across two blocks: its marks are in both.
  claim(A, `${BERTHS}"\n\nThe port said`, { id: 'i5' }),
  claim(A, 'fees would rise again', { id: 'i6', state: 'suggested' })
]

const inputOf = (list: Item[], showCoverage = false): MarksInput => ({
  items: list,
  text: A.text,
  blocks: A.blocks,
  sentences: SENTENCES,
  showCoverage
})
const fromScratch = (input: MarksInput) =>
  articleMarks(input.items, input.text, input.blocks, input.sentences, input.showCoverage)
/** What the view draws from marks: item objects changed in nothing drawn (a note) may stay the older ones. */
const drawn = (marks: ReturnType<typeof articleMarks>) => ({
  blocks: marks.blocks.map((view) => ({
    block: view.block,
    pieces: view.pieces,
    signature: view.signature,
    starting: view.starting.map((item) => item.id)
  })),
  ids: [...marks.itemsById.keys()].sort(),
  gaps: marks.gaps
})
const edit = (list: Item[], id: string, fields: Partial<Item>) =>
  list.map((item) => (item.id === id ? { ...item, ...fields } : item))

describe('updateArticleMarks', () => {
  it('remakes only the block of an item whose status changed, and equals a sweep from scratch', () => {
    const first = inputOf(items())
    const made = { input: first, marks: fromScratch(first) }
    const next = inputOf(edit(first.items, 'i2', { status: 'verified' }))
    const marks = updateArticleMarks(made, next)
    expect(drawn(marks)).toEqual(drawn(fromScratch(next)))
    expect(marks.blocks.map((view, i) => view === made.marks.blocks[i])).toEqual([true, true, false, true])
  })

  it('follows accept, dismiss, restore and facts dropped, one change after another, with coverage shown or not', () => {
    for (const showCoverage of [false, true]) {
      const steps: Array<[string, Partial<Item>]> = [
        ['i1', { state: 'accepted', status: 'in-progress' }],
        ['i5', { state: 'dismissed' }],
        ['i4', { state: 'suggested' }],
        ['i1', { facts: [] }],
        ['i5', { state: 'accepted', status: 'verified' }],
        ['i3', { state: 'dismissed' }],
        ['i6', { note: 'asked the port' } as Partial<Item>]
      ]
      let input = inputOf(items(), showCoverage)
      let made = { input, marks: fromScratch(input) }
      for (const [id, fields] of steps) {
        input = inputOf(edit(input.items, id, fields), showCoverage)
        const marks = updateArticleMarks(made, input)
        expect(drawn(marks)).toEqual(drawn(fromScratch(input)))
        made = { input, marks }
      }
    }
  })

  it('sweeps from scratch when items are added or moved, or the draft changed', () => {
    const first = inputOf(items())
    const made = { input: first, marks: fromScratch(first) }
    const added = inputOf([...first.items, claim(A, WEATHER, { id: 'i7' })])
    const moved = inputOf(edit(first.items, 'i6', { anchor: { ...first.items[5].anchor, ...span(A, WEATHER, 1) } }))
    for (const input of [added, moved, { ...first, blocks: A.blocks.slice(0, 3) }]) {
      const marks = updateArticleMarks(made, input)
      expect(drawn(marks)).toEqual(drawn(fromScratch(input)))
      expect(marks.blocks.some((view, i) => view === made.marks.blocks[i])).toBe(false)
    }
  })

  it('keeps every block when items changed in nothing drawn (twins linked, notes typed), then remakes only the next change’s', () => {
    const first = inputOf(items())
    const made = { input: first, marks: fromScratch(first) }
    const linked = inputOf(first.items.map((item) => ({ ...item, twinOf: 'i9', unsent: { note: 'rang the port' } })))
    const same = updateArticleMarks(made, linked)
    expect(same.blocks.every((view, i) => view === made.marks.blocks[i])).toBe(true)
    const next = inputOf(edit(linked.items, 'i1', { status: 'verified' }))
    const marks = updateArticleMarks({ input: linked, marks: same }, next)
    expect(drawn(marks)).toEqual(drawn(fromScratch(next)))
    expect(marks.blocks.map((view, i) => view === made.marks.blocks[i])).toEqual([true, false, true, true])
  })

  it('hands back the same marks when no item changed', () => {
    const first = inputOf(items())
    const made = { input: first, marks: fromScratch(first) }
    expect(updateArticleMarks(made, { ...first, items: first.items.slice() })).toBe(made.marks)
  })
})
