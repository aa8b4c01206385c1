import { describe, expect, it } from 'vitest'
import { applyPatch, casePatch, isEmptyPatch } from '../../../src/core/case/case-patch'
import type { CaseFile } from '../../../src/shared/case'
import { caseFile, claim, paragraphs, source } from '../../helpers/builders'

const A = paragraphs('Fees rose 12% last year.', 'The port hired 40 staff.', 'Ships waited two days.')

function base(): CaseFile {
  return caseFile(A, {
    items: [claim(A, 'Fees rose 12% last year.', { id: 'i1' }), claim(A, 'The port hired 40 staff.', { id: 'i2' })],
    sources: [source('s1', { title: 'Port accounts' })]
  })
}

describe('case patches', () => {
  it('is empty when nothing changed, and applying it changes nothing', () => {
    const c = base()
    const patch = casePatch(c, c)
    expect(isEmptyPatch(patch)).toBe(true)
    expect(applyPatch(c, patch)).toEqual(c)
  })

  it('carries only the item that changed, and keeps every other item the same object', () => {
    const c = base()
    const next = { ...c, items: [c.items[0], { ...c.items[1], status: 'verified' }] }
    const patch = casePatch(c, next)
    expect(patch.items.map((item) => item.id)).toEqual(['i2'])
    expect(patch.sources).toEqual([])
    expect(patch.fields).toEqual({})
    const applied = applyPatch(c, patch)
    expect(applied).toEqual(next)
    expect(applied.items[0]).toBe(c.items[0])
  })

  it('adds, removes and reorders items and sources, and carries changed fields', () => {
    const c = base()
    const added = claim(A, 'Ships waited two days.', { id: 'i3' })
    const next: CaseFile = {
      ...c,
      items: [added, c.items[1]],
      sources: [source('s2', { title: 'Harbour log' })],
      threshold: 0.9,
      articleDate: '2024-01-02'
    }
    const patch = casePatch(c, next)
    expect(patch.removedItemIds).toEqual(['i1'])
    expect(patch.removedSourceIds).toEqual(['s1'])
    expect(patch.itemOrder).toEqual(['i3', 'i2'])
    expect(patch.fields).toEqual({ threshold: 0.9, articleDate: '2024-01-02' })
    expect(applyPatch(c, patch)).toEqual(next)
  })

  it('sends no order when new items are only appended', () => {
    const c = base()
    const next = { ...c, items: [...c.items, claim(A, 'Ships waited two days.', { id: 'i3' })] }
    const patch = casePatch(c, next)
    expect(patch.itemOrder).toBeNull()
    expect(applyPatch(c, patch)).toEqual(next)
  })

  it('clears the conflicts field when the last one is settled', () => {
    const c: CaseFile = {
      ...base(),
      conflicts: [
        {
          id: 'k1',
          kind: 'field',
          scope: 'case',
          targetId: '',
          field: 'threshold',
          base: 0.5,
          ours: 0.6,
          theirs: 0.7,
          oursBy: '',
          theirsBy: '',
          at: '2024-05-14T09:00:00.000Z'
        }
      ]
    }
    const settled: CaseFile = { ...c }
    delete settled.conflicts
    const applied = applyPatch(c, casePatch(c, settled))
    expect(applied.conflicts).toBeUndefined()
  })
})
