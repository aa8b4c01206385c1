import { describe, expect, it } from 'vitest'
import { accept, dismiss, restore, setArticleDate, setStatus } from '../../../src/core/case/ops-status'
import { linkTwins } from '../../../src/core/case/twins'
import { itemStarting } from '../../helpers/builders'
import { ANNA, BEN, sahelCase } from './sahel-case'

describe('accept and dismiss', () => {
  it('accepting a suggestion records who and when, and leaves the old case untouched', () => {
    const before = sahelCase()
    const id = itemStarting(before, 'The deployment').id
    const after = accept(before, id, ANNA)
    const item = itemStarting(after, 'The deployment')
    expect(item.state).toBe('accepted')
    expect(item.history.at(-1)).toMatchObject({
      action: 'accept',
      by: 'Anna Checker',
      at: ANNA.at,
      from: 'suggested',
      to: 'accepted',
      draftId: 'd1'
    })
    expect(itemStarting(before, 'The deployment').state).toBe('suggested')
    expect(after.updatedAt).toBe(ANNA.at)
  })

  it('dismissing keeps the item with who dismissed it and when', () => {
    const c = dismiss(sahelCase(), itemStarting(sahelCase(), 'Critics say').id, BEN)
    const item = itemStarting(c, 'Critics say')
    expect(item.state).toBe('dismissed')
    expect(item.dismissed).toEqual({ by: 'Ben Editor', at: BEN.at })
    expect(c.items).toHaveLength(sahelCase().items.length)
  })

  it('a dismissed item can be restored, clearing the dismissal', () => {
    const base = sahelCase()
    const id = itemStarting(base, 'Critics say').id
    const item = itemStarting(restore(dismiss(base, id, BEN), id, ANNA), 'Critics say')
    expect(item.state).toBe('accepted')
    expect(item.dismissed).toBeNull()
  })

  it('an unnamed checker is still recorded by a name', () => {
    const c = accept(sahelCase(), sahelCase().items[0].id, { by: '  ', at: ANNA.at })
    expect(c.items[0].history.at(-1)?.by).toBe('Unnamed checker')
  })
})

describe('setStatus', () => {
  const cases: Array<{ status: string; ok: boolean; code?: string }> = [
    { status: 'verified', ok: true },
    { status: 'incorrect', ok: true },
    { status: 'needs-recheck', ok: false, code: 'system-status' },
    { status: 'no-such-status', ok: false, code: 'unknown-status' }
  ]
  for (const row of cases) {
    it(`status "${row.status}" → ${row.ok ? 'given' : row.code}`, () => {
      const base = sahelCase()
      const id = itemStarting(base, 'The deployment').id
      const result = setStatus(base, id, row.status, ANNA)
      expect(result.ok).toBe(row.ok)
      if (result.ok) {
        const item = itemStarting(result.value, 'The deployment')
        expect(item.status).toBe(row.status)
        expect(item.state).toBe('accepted')
        expect(item.history.at(-1)).toMatchObject({
          action: 'status',
          from: 'unchecked',
          to: row.status,
          by: 'Anna Checker',
          at: ANNA.at,
          draftId: 'd1'
        })
      } else {
        expect(result.error.code).toBe(row.code)
      }
    })
  }

  it('a status given to one twin is given to both, with the twin noted in history', () => {
    const c = linkTwins(sahelCase(), ANNA)
    const first = itemStarting(c, 'France will send', 0)
    const second = itemStarting(c, 'France will send', 1)
    expect(second.twinOf).toBe(first.id)
    const result = setStatus(c, second.id, 'verified', BEN)
    if (!result.ok) throw new Error(result.error.message)
    expect(itemStarting(result.value, 'France will send', 0).status).toBe('verified')
    expect(itemStarting(result.value, 'France will send', 1).status).toBe('verified')
    expect(itemStarting(result.value, 'France will send', 0).history.at(-1)?.detail).toBe(`via twin ${second.id}`)
  })

  it('an unknown item is an error, not a silent no-op', () => {
    const result = setStatus(sahelCase(), 'i999', 'verified', ANNA)
    expect(result.ok).toBe(false)
  })
})

describe('setArticleDate', () => {
  it('accepts an ISO date and refuses anything else', () => {
    const c = sahelCase()
    expect(setArticleDate(c, '2024-04-01', ANNA).articleDate).toBe('2024-04-01')
    expect(setArticleDate(c, 'April 1', ANNA).articleDate).toBeNull()
    expect(setArticleDate(c, null, ANNA).articleDate).toBeNull()
  })
})
