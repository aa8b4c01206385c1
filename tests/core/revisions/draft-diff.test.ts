import { describe, expect, it } from 'vitest'
import { draftDiff, diffStats, type DraftBlock } from '../../../src/core/revisions/draft-diff'
import { BASE, baseText, LARGEST, TROOPS } from './revision-pairs'

const draft = (paragraphs: string[]): string => paragraphs.join('\n\n')
const edited = (blocks: DraftBlock[]) => blocks.filter((b) => b.kind !== 'unchanged' || b.moved)
const wordsIn = (text: string): number => text.split(/\s+/).length

describe('the draft diff shown to the desk', () => {
  it('shows a changed number as one deleted and one inserted word inside its paragraph, the rest unchanged', () => {
    const newText = baseText.replace('5,000 troops would', '5,500 troops would')
    const blocks = draftDiff(baseText, newText)
    expect(edited(blocks)).toHaveLength(1)
    const [changed] = edited(blocks)
    expect(changed).toMatchObject({ kind: 'changed', moved: false, oldNumbers: [2], newNumbers: [2] })
    expect(changed.parts.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'del', text: '5,000' },
      { kind: 'ins', text: '5,500' }
    ])
    expect(diffStats(blocks)).toEqual({ inserted: 1, deleted: 1, moved: 0, changed: 1, added: 0, removed: 0 })
  })

  it('shows a change of punctuation alone as that punctuation, the word unmarked ("fell." → "fell,")', () => {
    const before = 'Unemployment fell. Prices rose.\n\nThe minister spoke.'
    const after = 'Unemployment fell; prices rose.\n\nThe minister spoke.'
    const [changed] = edited(draftDiff(before, after))
    expect(changed.parts).toEqual([
      { kind: 'same', text: 'Unemployment fell' },
      { kind: 'del', text: '.' },
      { kind: 'ins', text: ';' },
      { kind: 'same', text: ' ' },
      { kind: 'del', text: 'Prices' },
      { kind: 'ins', text: 'prices' },
      { kind: 'same', text: ' rose.' }
    ])
    const [only] = edited(draftDiff('Prices fell.', 'Prices fell;'))
    expect(only.parts).toEqual([
      { kind: 'same', text: 'Prices fell' },
      { kind: 'del', text: '.' },
      { kind: 'ins', text: ';' }
    ])
  })

  it('shows an inserted paragraph as one added block and a cut one as one removed block', () => {
    const inserted = 'UPDATED 18:40 — adds casualty figures.'
    const blocks = draftDiff(baseText, draft([inserted, ...BASE.slice(0, 3), ...BASE.slice(4)]))
    expect(edited(blocks).map((b) => [b.kind, b.oldNumbers, b.newNumbers, b.parts])).toEqual([
      ['added', [], [1], [{ kind: 'ins', text: inserted }]],
      ['removed', [4], [], [{ kind: 'del', text: BASE[3] }]]
    ])
    expect(diffStats(blocks)).toMatchObject({ inserted: 5, deleted: wordsIn(BASE[3]), added: 1, removed: 1 })
  })

  it('shows a moved paragraph at its new place as moved, with no word struck or inserted', () => {
    const blocks = draftDiff(baseText, draft([...BASE.slice(0, 2), ...BASE.slice(3), BASE[2]]))
    expect(edited(blocks).map((b) => [b.kind, b.moved, b.oldNumbers, b.newNumbers])).toEqual([
      ['moved-away', true, [3], [6]],
      ['unchanged', true, [3], [6]]
    ])
    expect(blocks.at(-1)?.parts).toEqual([{ kind: 'same', text: BASE[2] }])
    expect(diffStats(blocks)).toEqual({ inserted: 0, deleted: 0, moved: 1, changed: 0, added: 0, removed: 0 })
  })

  it('shows a moved and edited paragraph as moved, with the edit as a word diff', () => {
    const blocks = draftDiff(baseText, draft([BASE[5].replace('ten years', 'five years'), ...BASE.slice(0, 5)]))
    const moved = blocks.find((b) => b.moved && b.kind !== 'moved-away')
    expect(moved).toMatchObject({ kind: 'changed', oldNumbers: [6], newNumbers: [1] })
    expect(moved?.parts.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'del', text: 'ten' },
      { kind: 'ins', text: 'five' }
    ])
  })

  it('shows a paragraph split in two as one block whose only change is the new paragraph break', () => {
    const blocks = draftDiff(baseText, draft([BASE[0], TROOPS, LARGEST, ...BASE.slice(2)]))
    const [split] = edited(blocks)
    expect(split).toMatchObject({ kind: 'split', oldNumbers: [2], newNumbers: [2, 3] })
    expect(split.parts).toEqual([{ kind: 'same', text: `${TROOPS}\n\n${LARGEST}` }])
    expect(diffStats(blocks)).toMatchObject({ inserted: 0, deleted: 0, changed: 1 })
  })

  it('shows nothing changed for identical drafts, and for drafts that differ only in blank lines', () => {
    const blocks = draftDiff(baseText, baseText)
    expect(edited(blocks)).toEqual([])
    expect(blocks.map((b) => b.parts[0].text)).toEqual(BASE)
    expect(edited(draftDiff(baseText, BASE.join('\n\n\n')))).toEqual([])
  })

  it('shows an empty previous draft as all added, and an emptied draft as all removed', () => {
    expect(draftDiff('', baseText).map((b) => b.kind)).toEqual(BASE.map(() => 'added'))
    expect(draftDiff(baseText, '').map((b) => b.kind)).toEqual(BASE.map(() => 'removed'))
    expect(draftDiff('', '')).toEqual([])
  })
})
