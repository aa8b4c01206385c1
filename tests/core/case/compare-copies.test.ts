/**
 * Two copies of one case side by side (a case file picked in browser mode, the copy Factdesk keeps): the picked one
 * is the same, an older version of the copy (opened there, its later work kept), or holds work of its own (the
 * checker is asked). Judged wrong, a checker's work in the picked file would be hidden behind the copy.
 */
import { describe, expect, it } from 'vitest'
import type { CaseFile } from '../../../src/shared/case'
import { compareCopies, describeDifference } from '../../../src/core/case/compare-copies'
import { articleOf, caseFile, claim, p, source, statusChange, title } from '../../helpers/builders'

const ARTICLE = articleOf(title('Ferry fares'), p('Fares on the island ferry rose by 8% in May, the operator said.'))
const fares = claim(ARTICLE, 'rose by 8% in May', { id: 'i1' })
const operator = claim(ARTICLE, 'the operator said', { id: 'i2' })
const base = caseFile(ARTICLE, { items: [fares, operator], sources: [source('s1', { title: 'Operator notice' })] })

const verified = (c: CaseFile, at: string): CaseFile => ({
  ...c,
  updatedAt: at,
  items: c.items.map((item) =>
    item.id === 'i1'
      ? { ...item, status: 'verified', history: [...item.history, statusChange(at, 'Ana', 'unchecked', 'verified')] }
      : item
  )
})

describe('comparing a picked case file with the copy Factdesk keeps', () => {
  it('the same work saved at another time is the same', () => {
    expect(compareCopies(base, { ...base, updatedAt: '2026-05-01T09:00:00.000Z' }).standing).toBe('same')
  })

  it('a file the copy went on from is older: its items carry more history, or new items, in the copy', () => {
    const later = verified(base, '2026-05-02T10:00:00.000Z')
    expect(compareCopies(base, later).standing).toBe('older')
    const added = { ...later, items: [...later.items, claim(ARTICLE, 'island ferry', { id: 'i3', origin: 'manual' })] }
    expect(compareCopies(base, added)).toMatchObject({ standing: 'older', onlyKept: 1 })
  })

  it('work only in the file picked differs, each kind counted', () => {
    const picked = verified(base, '2026-05-02T10:00:00.000Z')
    expect(compareCopies(picked, base)).toMatchObject({ standing: 'differs', itemsDiffer: 1 })
    // The same status given on both sides but at other times is not the same history either.
    expect(compareCopies(picked, verified(base, '2026-05-03T10:00:00.000Z')).standing).toBe('differs')
    const editedSource = { ...base, sources: [source('s1', { title: 'Operator notice, corrected' })] }
    expect(compareCopies(editedSource, base)).toMatchObject({ standing: 'differs', sourcesDiffer: 1 })
    const otherThreshold = { ...base, threshold: 0.7 }
    expect(compareCopies(otherThreshold, base)).toMatchObject({ standing: 'differs', settingsDiffer: 1 })
    const deletedInCopy = { ...base, items: [fares] }
    expect(compareCopies(base, deletedInCopy)).toMatchObject({ standing: 'differs', onlyPicked: 1 })
  })

  it('says what differs each way in a few words', () => {
    const picked = verified(base, '2026-05-02T10:00:00.000Z')
    const kept = { ...base, items: [...base.items, claim(ARTICLE, 'island ferry', { id: 'i3', origin: 'manual' })] }
    expect(describeDifference(compareCopies(picked, kept))).toEqual({
      picked: ['1 item checked differently'],
      kept: ['1 item the file lacks']
    })
  })
})
