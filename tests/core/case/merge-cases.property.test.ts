/**
 * Whatever two sides do to a case, the merge keeps every change: a field changed on one side only is in the
 * merge; a field changed on both sides to different values is a conflict holding both; nothing else moves.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mergeCases } from '../../../src/core/case/merge-cases'
import type { CaseFile, Item } from '../../../src/shared/case'
import { caseFile, claim, paragraphs } from '../../helpers/builders'

const A = paragraphs(
  'Fees rose 12% last year.',
  'The port hired 40 staff.',
  'Ships waited two days.',
  'Cranes cost $3 million.'
)
const SENTENCES = [
  'Fees rose 12% last year.',
  'The port hired 40 staff.',
  'Ships waited two days.',
  'Cranes cost $3 million.'
]
const base: CaseFile = caseFile(A, { items: SENTENCES.map((s, i) => claim(A, s, { id: `i${i + 1}` })) })

/** One edit: an item (by index), a plain field of it, and the value to set. */
const edit = fc.record({
  item: fc.integer({ min: 0, max: SENTENCES.length - 1 }),
  field: fc.constantFrom<'verdictNote' | 'claimType' | 'twinOf'>('verdictNote', 'claimType', 'twinOf'),
  value: fc.constantFrom('a', 'b', 'c')
})

function applyEdits(
  c: CaseFile,
  edits: { item: number; field: 'verdictNote' | 'claimType' | 'twinOf'; value: string }[]
): CaseFile {
  let items: Item[] = c.items
  for (const e of edits) {
    const value =
      e.field === 'claimType'
        ? ({ a: 'quantity', b: 'prediction', c: 'other' } as const)[e.value as 'a' | 'b' | 'c']
        : e.value
    items = items.map((it, i) => (i === e.item ? { ...it, [e.field]: value } : it))
  }
  return { ...c, items }
}

describe('merge keeps every change (property)', () => {
  it('one-sided changes are merged, two-sided clashes are conflicts with both values', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 6 }), fc.array(edit, { maxLength: 6 }), (oursEdits, theirsEdits) => {
        const ours = applyEdits(base, oursEdits)
        const theirs = applyEdits(base, theirsEdits)
        const merged = mergeCases(base, ours, theirs, { at: '2024-05-14T12:00:00.000Z' })
        for (const [i, b] of base.items.entries()) {
          for (const field of ['verdictNote', 'claimType', 'twinOf'] as const) {
            const o = ours.items[i][field]
            const t = theirs.items[i][field]
            const m = merged.case.items[i][field]
            if (o === t) expect(m).toBe(o)
            else if (o === b[field]) expect(m).toBe(t)
            else if (t === b[field]) expect(m).toBe(o)
            else {
              expect(m).toBe(o)
              expect(merged.conflicts).toContainEqual(
                expect.objectContaining({ targetId: b.id, field, ours: o, theirs: t })
              )
            }
          }
        }
        // Every conflict is a real two-sided clash.
        for (const k of merged.conflicts) {
          const i = base.items.findIndex((it) => it.id === k.targetId)
          const field = k.field as 'verdictNote'
          expect(ours.items[i][field]).not.toBe(theirs.items[i][field])
        }
      }),
      { numRuns: 300 }
    )
  })
})
