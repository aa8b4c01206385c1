/**
 * Unsent text: kept per item and field as it is typed, empty fields leave no trace, sending clears it, undo carries
 * it across, reports never see it, and a source form round-trips through its field keys.
 */
import { describe, expect, it } from 'vitest'
import {
  answerKey,
  carryUnsent,
  hasUnsent,
  setUnsent,
  setUnsentSource,
  UNSENT_CORRECTION,
  UNSENT_NOTE,
  UNSENT_QUERY,
  unsentSource,
  unsentText,
  withoutUnsent
} from '../../../src/core/case/unsent'
import { emptySource } from '../../../src/core/case/ops-sources'
import { setStatus } from '../../../src/core/case/ops-status'
import { renderTextReport } from '../../../src/core/report/render'
import type { CaseFile } from '../../../src/shared/case'
import { itemStarting } from '../../helpers/builders'
import { ANNA, sahelCase } from './sahel-case'

const NOW = new Date('2024-03-14T10:00:00.000Z')
const itemOf = (c: CaseFile, id: string) => c.items.find((it) => it.id === id)!

describe('unsent text', () => {
  it('keeps each field of an item as typed, and nothing for empty fields', () => {
    const c = sahelCase()
    const id = itemStarting(c, 'The deployment').id
    let next = setUnsent(c, id, UNSENT_NOTE, 'Called the budget office')
    next = setUnsent(next, id, UNSENT_QUERY, 'Which year?')
    next = setUnsent(next, id, answerKey('q1'), 'In 2024')
    const item = itemOf(next, id)
    expect(item.unsent).toEqual({ note: 'Called the budget office', query: 'Which year?', 'answer:q1': 'In 2024' })
    expect(unsentText(item, UNSENT_NOTE)).toBe('Called the budget office')
    expect(hasUnsent(item)).toBe(true)
    // The other items are the same objects: the list redraws one row.
    expect(next.items.filter((it) => it.id !== id).every((it) => c.items.includes(it))).toBe(true)

    let cleared = setUnsent(next, id, UNSENT_NOTE, '')
    cleared = setUnsent(cleared, id, UNSENT_QUERY, null)
    cleared = setUnsent(cleared, id, answerKey('q1'), '')
    const after = itemOf(cleared, id)
    expect('unsent' in after).toBe(false)
    expect(hasUnsent(after)).toBe(false)
    expect(unsentText(after, UNSENT_NOTE)).toBe('')
  })

  it('answers the same case when nothing changes or the item is unknown', () => {
    const c = sahelCase()
    const id = itemStarting(c, 'The deployment').id
    expect(setUnsent(c, id, UNSENT_NOTE, '')).toBe(c)
    expect(setUnsent(c, 'nope', UNSENT_NOTE, 'text')).toBe(c)
    const typed = setUnsent(c, id, UNSENT_CORRECTION, 'x')
    expect(setUnsent(typed, id, UNSENT_CORRECTION, 'x')).toBe(typed)
  })

  it('keeps a source form once something is typed in it, field by field, and gives it back whole', () => {
    const c = sahelCase()
    const id = itemStarting(c, 'The deployment').id
    expect(setUnsentSource(c, id, emptySource('web'))).toBe(c)
    expect(setUnsentSource(c, id, { ...emptySource('web'), accessedAt: '2024-03-14' })).toBe(c)
    const web = {
      ...emptySource('web'),
      title: 'Budget office',
      accessedAt: '2024-03-14',
      snapshot: { path: 'a.html', sha256: 'ab', at: NOW.toISOString() }
    }
    const typed = setUnsentSource(c, id, web)
    expect(itemOf(typed, id).unsent).toMatchObject({
      'source.kind': 'web',
      'source.title': 'Budget office',
      'source.accessedAt': '2024-03-14'
    })
    expect(unsentSource(itemOf(typed, id))).toEqual(web)

    const person = {
      ...emptySource('person'),
      person: { ...emptySource('person').person!, name: 'Florence Parly', onRecord: true }
    }
    const asPerson = setUnsentSource(typed, id, person)
    expect(Object.keys(itemOf(asPerson, id).unsent ?? {})).not.toContain('source.title')
    expect(unsentSource(itemOf(asPerson, id))).toEqual(person)

    const withNote = setUnsent(asPerson, id, UNSENT_NOTE, 'keep me')
    const cancelled = setUnsentSource(withNote, id, null)
    expect(itemOf(cancelled, id).unsent).toEqual({ note: 'keep me' })
    expect(unsentSource(itemOf(cancelled, id))).toBeNull()
  })

  it('is carried into an undone snapshot: undoing a status keeps what was typed since', () => {
    const c = sahelCase()
    const id = itemStarting(c, 'The deployment').id
    const status = setStatus(c, id, 'verified', ANNA)
    if (!status.ok) throw new Error(status.error.message)
    const checked = status.value
    const typed = setUnsent(checked, id, UNSENT_NOTE, 'half a sentence')
    const undone = carryUnsent(typed, c)
    expect(itemOf(undone, id).status).toBe(itemOf(c, id).status)
    expect(itemOf(undone, id).unsent).toEqual({ note: 'half a sentence' })
    // Sent (cleared) text stays cleared in the snapshot restored.
    expect(itemOf(carryUnsent(c, typed), id).unsent).toBeUndefined()
    expect(carryUnsent(c, checked)).toBe(checked)
  })

  it('never reaches a report', () => {
    const c = sahelCase()
    const id = itemStarting(c, 'The deployment').id
    const typed = setUnsent(c, id, UNSENT_NOTE, 'SECRET-UNSENT-WORDS')
    expect(withoutUnsent(typed).items.some((it) => it.unsent)).toBe(false)
    expect(withoutUnsent(c)).toBe(c)
    for (const format of ['json', 'md', 'html', 'csv'] as const) {
      expect(renderTextReport(typed, format, { now: NOW })).not.toContain('SECRET-UNSENT-WORDS')
    }
  })
})
