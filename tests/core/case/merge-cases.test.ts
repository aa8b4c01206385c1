import { describe, expect, it } from 'vitest'
import { mergeCases } from '../../../src/core/case/merge-cases'
import { resolveConflict } from '../../../src/core/case/ops-conflicts'
import type { CaseFile, Item, Note } from '../../../src/shared/case'
import { caseFile, claim, paragraphs, source, statusChange } from '../../helpers/builders'

const A = paragraphs(
  'Fees rose 12% last year.',
  'The port hired 40 staff.',
  'Ships waited two days.',
  'Cranes cost $3 million.'
)
const AT = '2024-05-14T12:00:00.000Z'
const ctx = { by: 'Ana', at: AT }
const opts = { at: AT, oursBy: 'Ana', theirsBy: 'Ben' }

function base(): CaseFile {
  return caseFile(A, {
    items: [
      claim(A, 'Fees rose 12% last year.', { id: 'i1' }),
      claim(A, 'The port hired 40 staff.', { id: 'i2' }),
      claim(A, 'Ships waited two days.', { id: 'i3', origin: 'manual' })
    ],
    sources: [source('s1', { title: 'Port accounts' })]
  })
}

/** The case with item `id` changed by `change`. */
function edit(c: CaseFile, id: string, change: Partial<Item>): CaseFile {
  return { ...c, items: c.items.map((it) => (it.id === id ? { ...it, ...change } : it)) }
}

function item(c: CaseFile, id: string): Item {
  const found = c.items.find((it) => it.id === id)
  if (!found) throw new Error(`no item ${id}`)
  return found
}

const note = (id: string, text: string, at = AT): Note => ({ id, at, by: 'x', text })

describe('three-way merge of cases', () => {
  const b = base()

  it.each<[string, (c: CaseFile) => CaseFile, (c: CaseFile) => CaseFile, (m: CaseFile) => void]>([
    [
      'same item, different fields: both kept',
      (c) => edit(c, 'i1', { status: 'verified', statusDraftId: 'd1' }),
      (c) => edit(c, 'i1', { verdictNote: 'Annual report, p. 4' }),
      (m) => expect(item(m, 'i1')).toMatchObject({ status: 'verified', verdictNote: 'Annual report, p. 4' })
    ],
    [
      'different items: both kept',
      (c) => edit(c, 'i1', { status: 'verified' }),
      (c) => edit(c, 'i2', { status: 'incorrect' }),
      (m) => expect([item(m, 'i1').status, item(m, 'i2').status]).toEqual(['verified', 'incorrect'])
    ],
    [
      'the same change on both sides: no conflict',
      (c) => edit(c, 'i1', { status: 'verified' }),
      (c) => edit(c, 'i1', { status: 'verified' }),
      (m) => expect(item(m, 'i1').status).toBe('verified')
    ],
    [
      'notes added on both sides under the same id: both kept, ours renumbered',
      (c) => edit(c, 'i1', { notes: [note('n1', 'ours')] }),
      (c) => edit(c, 'i1', { notes: [note('n1', 'theirs')] }),
      (m) => expect(item(m, 'i1').notes.map((n) => `${n.id}:${n.text}`)).toEqual(['n1:theirs', 'n2:ours'])
    ],
    [
      'history keeps both sides’ entries in time order',
      (c) =>
        edit(c, 'i1', {
          history: [...item(c, 'i1').history, statusChange('2024-05-14T10:02:00.000Z', 'Ana', 'unchecked', 'verified')]
        }),
      (c) =>
        edit(c, 'i1', {
          history: [
            ...item(c, 'i1').history,
            statusChange('2024-05-14T10:01:00.000Z', 'Ben', 'unchecked', 'in-progress')
          ]
        }),
      (m) =>
        expect(
          item(m, 'i1')
            .history.slice(1)
            .map((h) => h.by)
        ).toEqual(['Ben', 'Ana'])
    ],
    [
      'linked sources and checklist ticks merge entry by entry',
      (c) => edit(c, 'i1', { sourceIds: ['s1'], checklist: { source: { done: true, detail: '' } } }),
      (c) => edit(c, 'i1', { checklist: { date: { done: true, detail: 'checked' } } }),
      (m) =>
        expect(item(m, 'i1')).toMatchObject({
          sourceIds: ['s1'],
          checklist: { source: { done: true }, date: { done: true } }
        })
    ],
    [
      'an item deleted on one side and untouched on the other goes',
      (c) => ({ ...c, items: c.items.filter((it) => it.id !== 'i3') }),
      (c) => edit(c, 'i1', { status: 'verified' }),
      (m) => expect(m.items.map((it) => it.id)).toEqual(['i1', 'i2'])
    ],
    [
      'sources: different fields of one source both kept, a source added on each side both kept',
      (c) => ({ ...c, sources: [{ ...c.sources[0], title: 'Port accounts 2023' }, source('s2', { title: 'Ours' })] }),
      (c) => ({ ...c, sources: [{ ...c.sources[0], passage: 'Fees: +12%' }, source('s2', { title: 'Theirs' })] }),
      (m) => {
        expect(m.sources[0]).toMatchObject({ title: 'Port accounts 2023', passage: 'Fees: +12%' })
        expect(m.sources.map((s) => `${s.id}:${s.title}`).slice(1)).toEqual(['s2:Theirs', 's3:Ours'])
      }
    ],
    [
      'statuses edited on one side, the threshold on the other',
      (c) => ({ ...c, statuses: c.statuses.map((s) => (s.id === 'verified' ? { ...s, label: 'Confirmed' } : s)) }),
      (c) => ({ ...c, threshold: 0.8 }),
      (m) => {
        expect(m.statuses.find((s) => s.id === 'verified')?.label).toBe('Confirmed')
        expect(m.threshold).toBe(0.8)
      }
    ]
  ])('%s', (_name, makeOurs, makeTheirs, check) => {
    const merged = mergeCases(b, makeOurs(b), makeTheirs(b), opts)
    check(merged.case)
    expect(merged.conflicts).toEqual([])
    expect(merged.case.conflicts).toBeUndefined()
  })

  it('the same field changed both ways is a conflict holding both values; ours stays until a side is picked', () => {
    const merged = mergeCases(b, edit(b, 'i1', { status: 'verified' }), edit(b, 'i1', { status: 'incorrect' }), opts)
    expect(merged.conflicts).toEqual([
      expect.objectContaining({
        id: 'k1',
        kind: 'field',
        scope: 'item',
        targetId: 'i1',
        field: 'status',
        oursBy: 'Ana',
        theirsBy: 'Ben'
      })
    ])
    expect(merged.conflicts[0].ours).toMatchObject({ status: 'verified' })
    expect(merged.conflicts[0].theirs).toMatchObject({ status: 'incorrect' })
    expect(item(merged.case, 'i1').status).toBe('verified')
    const picked = resolveConflict(merged.case, 'k1', 'theirs', ctx)
    if (!picked.ok) throw new Error(picked.error.message)
    expect(item(picked.value, 'i1').status).toBe('incorrect')
    expect(picked.value.conflicts).toBeUndefined()
    expect(item(picked.value, 'i1').history.at(-1)).toMatchObject({
      action: 'conflict-resolved',
      by: 'Ana',
      detail: 'status'
    })
  })

  it('an item deleted on one side and edited on the other is kept, with a conflict to pick from', () => {
    const ours = { ...b, items: b.items.filter((it) => it.id !== 'i3') }
    const theirs = edit(b, 'i3', { verdictNote: 'Harbour log' })
    const merged = mergeCases(b, ours, theirs, opts)
    expect(item(merged.case, 'i3').verdictNote).toBe('Harbour log')
    expect(merged.conflicts).toEqual([
      expect.objectContaining({ kind: 'deleted', scope: 'item', targetId: 'i3', ours: null })
    ])
    const deleted = resolveConflict(merged.case, 'k1', 'ours', ctx)
    expect(deleted.ok && deleted.value.items.map((it) => it.id)).toEqual(['i1', 'i2'])
    const kept = resolveConflict(merged.case, 'k1', 'theirs', ctx)
    expect(kept.ok && item(kept.value, 'i3').verdictNote).toBe('Harbour log')
    // The other way round: theirs deleted it, ours edited it.
    const other = mergeCases(b, theirs, ours, opts)
    expect(item(other.case, 'i3').verdictNote).toBe('Harbour log')
    expect(other.conflicts).toEqual([expect.objectContaining({ kind: 'deleted', targetId: 'i3', theirs: null })])
  })

  it('new items on both sides with clashing ids are both kept; ours is re-numbered and its links follow', () => {
    const ours: CaseFile = {
      ...b,
      items: [...b.items, claim(A, 'Cranes cost $3 million.', { id: 'i4', origin: 'manual', sourceIds: ['s2'] })],
      sources: [...b.sources, source('s2', { title: 'Crane invoice' })]
    }
    const theirs: CaseFile = {
      ...b,
      items: [...b.items, claim(A, 'Fees rose 12%', { id: 'i4', origin: 'manual', twinOf: 'i1' })],
      sources: [...b.sources, source('s2', { title: 'Port minutes' })]
    }
    const merged = mergeCases(b, ours, theirs, opts)
    expect(merged.conflicts).toEqual([])
    expect(merged.case.items.map((it) => `${it.id}:${it.anchor.exact}`)).toEqual([
      'i1:Fees rose 12% last year.',
      'i2:The port hired 40 staff.',
      'i3:Ships waited two days.',
      'i4:Fees rose 12%',
      'i5:Cranes cost $3 million.'
    ])
    expect(item(merged.case, 'i5').sourceIds).toEqual(['s3'])
    expect(merged.case.sources.map((s) => `${s.id}:${s.title}`)).toEqual([
      's1:Port accounts',
      's2:Port minutes',
      's3:Crane invoice'
    ])
  })

  it('a source field changed both ways and a case setting changed both ways are conflicts', () => {
    const ours = { ...b, threshold: 0.7, sources: [{ ...b.sources[0], title: 'A' }] }
    const theirs = { ...b, threshold: 0.9, sources: [{ ...b.sources[0], title: 'B' }] }
    const merged = mergeCases(b, ours, theirs, opts)
    expect(
      merged.conflicts.map((k) => `${k.scope}:${k.targetId}:${k.field}:${String(k.ours)}/${String(k.theirs)}`)
    ).toEqual(['source:s1:title:A/B', 'case::threshold:0.7/0.9'])
    const picked = resolveConflict(merged.case, 'k2', 'theirs', ctx)
    expect(picked.ok && picked.value.threshold).toBe(0.9)
    expect(picked.ok && picked.value.conflicts?.map((k) => k.id)).toEqual(['k1'])
  })

  it('a conflict settled on one side stays settled; open ones from both sides are all kept', () => {
    const first = mergeCases(
      b,
      edit(b, 'i1', { status: 'verified' }),
      edit(b, 'i1', { status: 'incorrect' }),
      opts
    ).case
    const settled = resolveConflict(first, 'k1', 'ours', ctx)
    if (!settled.ok) throw new Error(settled.error.message)
    const theirs = edit(first, 'i2', { verdictNote: 'x' })
    const merged = mergeCases(first, settled.value, theirs, opts)
    expect(merged.case.conflicts).toBeUndefined()
    expect(item(merged.case, 'i2').verdictNote).toBe('x')
  })

  it('with one side unchanged the merge is the other side', () => {
    const ours = edit(b, 'i1', { status: 'verified' })
    expect(mergeCases(b, ours, b, opts).case).toEqual(ours)
    expect(mergeCases(b, b, ours, opts).case).toEqual(ours)
  })

  it('refuses to settle a conflict that is not there', () => {
    const refused = resolveConflict(b, 'k9', 'ours', ctx)
    expect(refused.ok ? 'ok' : refused.error.code).toBe('unknown-conflict')
  })
})
