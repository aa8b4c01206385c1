import { describe, expect, it } from 'vitest'
import { accept, dismiss, restore, setArticleDate, setStatus } from '../../../src/core/case/ops-status'
import { linkTwins } from '../../../src/core/case/twins'
import type { Item } from '../../../src/shared/case'
import { articleFromText, caseFile, claim, itemStarting } from '../../helpers/builders'
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

  it('a sentence repeated 400 times takes its status in one pass over the items, not one per twin', () => {
    // A draft of the same article pasted over and over: each sentence has hundreds of twins. Giving one a status
    // searched and copied the whole list once per twin (quadratic: 35 s in the app on a 3 MB draft).
    const sentence = 'The plant was built in 1987 and treats 90 million litres a day.'
    const copies = 400
    // Other sentences first, so that a search from the top of the list reads them all again for every twin.
    const others = Array.from({ length: copies }, (_, i) => `Councillor ${i} asked about the filters.`)
    const paragraphs = [...others, ...Array.from({ length: copies }, () => sentence)]
    const article = articleFromText(['Plant', ...paragraphs].join('\n\n'))
    const items = [
      ...others.map((words, i) => claim(article, words, { id: `o${i + 1}` })),
      ...Array.from({ length: copies }, (_, i) => claim(article, sentence, { id: `i${i + 1}`, occurrence: i }))
    ]
    const linked = linkTwins(caseFile(article, { items }), ANNA)
    let idReads = 0
    const counted = linked.items.map(
      (item) =>
        new Proxy(item, {
          get(target, key, receiver) {
            if (key === 'id') idReads += 1
            return Reflect.get(target, key, receiver) as unknown
          }
        }) as Item
    )
    const result = setStatus({ ...linked, items: counted }, 'i200', 'verified', ANNA)
    if (!result.ok) throw new Error(result.error.message)
    const twins = result.value.items.filter((item) => item.id.startsWith('i'))
    expect(twins.every((item) => item.status === 'verified')).toBe(true)
    expect(result.value.items.filter((item) => item.status === 'verified')).toHaveLength(copies)
    expect(result.value.items.filter((item) => item.history.at(-1)?.detail === 'via twin i200')).toHaveLength(
      copies - 1
    )
    // A few passes over the list (find the item, its group, change them), never one per twin (400 × 800 reads).
    expect(idReads).toBeLessThan(8 * items.length)
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
