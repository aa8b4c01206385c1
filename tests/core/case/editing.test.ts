/**
 * Editing what a checker recorded: a source (history on every item relying on it), a note (old and
 * new wording kept in history), the claim type, and the list of statuses (add, relabel, remove with
 * the items moved to a status the checker picks). Each is one new case object, so one undo step.
 */
import { describe, expect, it } from 'vitest'
import type { CaseFile, StatusDef } from '../../../src/shared/case'
import { addNote, editNote } from '../../../src/core/case/ops-notes'
import { addAndLinkSource, addSource, editSource } from '../../../src/core/case/ops-sources'
import { setClaimType } from '../../../src/core/case/ops-items'
import { setStatus } from '../../../src/core/case/ops-status'
import { newStatus, reviseStatuses, statusIdFor } from '../../../src/core/case/ops-status-list'
import { historySentence, historySentences, vocabularyOf } from '../../../src/core/case/history-words'
import { ANNA, BEN, sahelCase } from './sahel-case'

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}
const last = <T>(list: T[]): T => list[list.length - 1]

describe('editing a source', () => {
  const withSource = () => {
    const c = sahelCase()
    const [first, second] = c.items
    let next = value(
      addAndLinkSource(c, first.id, { kind: 'web', title: 'Budget 2024', url: 'https://budget.example/2024' }, ANNA)
    )
    next = {
      ...next,
      case: value(addAndLinkSource(next.case, second.id, { kind: 'other', title: 'Other' }, ANNA)).case
    }
    return { c: next.case, id: next.id, first: first.id, second: second.id }
  }

  it('changes the source and writes what changed into the history of the items relying on it', () => {
    const { c, id, first, second } = withSource()
    const edited = value(editSource(c, id, { passage: 'Table 3: €600m', url: ' https://budget.example/2024/t3 ' }, BEN))
    const source = edited.sources.find((s) => s.id === id)!
    expect(source).toMatchObject({
      passage: 'Table 3: €600m',
      url: 'https://budget.example/2024/t3',
      createdBy: 'Anna Checker'
    })
    const entry = last(edited.items.find((it) => it.id === first)!.history)
    expect(entry).toMatchObject({
      action: 'source-edited',
      by: 'Ben Editor',
      detail: id,
      from: 'Budget 2024',
      to: 'URL, passage'
    })
    expect(historySentence(entry, vocabularyOf(edited))).toBe(
      'Ben Editor edited the source “Budget 2024”: URL, passage'
    )
    expect(edited.items.find((it) => it.id === second)!.history.some((h) => h.action === 'source-edited')).toBe(false)
    expect(c.sources.find((s) => s.id === id)!.passage).toBe('')
  })

  it('an edit that changes nothing is no change; a source left nameless is refused', () => {
    const { c, id } = withSource()
    expect(value(editSource(c, id, { title: 'Budget 2024' }, BEN))).toBe(c)
    const refused = editSource(c, id, { title: '', url: '' }, BEN)
    expect(refused.ok).toBe(false)
    expect(editSource(c, 'nope', { title: 'x' }, BEN).ok).toBe(false)
  })

  it('a person off the record stays hidden in shared history under the name they had before an edit', () => {
    const c = sahelCase()
    const added = value(
      addAndLinkSource(
        c,
        c.items[0].id,
        {
          kind: 'person',
          title: 'Jean Dupont',
          person: {
            name: 'Jean Dupont',
            role: 'aide',
            contact: '',
            reachedAt: '',
            channel: '',
            confirmed: '',
            onRecord: false
          }
        },
        ANNA
      )
    )
    const edited = value(editSource(added.case, added.id, { title: 'J. Dupont' }, ANNA))
    const shared = historySentences(edited.items[0], vocabularyOf(edited, { shared: true })).join('\n')
    expect(shared).not.toContain('Dupont')
    expect(historySentences(edited.items[0], vocabularyOf(edited)).join('\n')).toContain('J. Dupont')
  })

  it('a library source no item relies on is edited without history', () => {
    const c = sahelCase()
    const added = value(addSource(c, { kind: 'dataset', title: 'Census' }, ANNA))
    const edited = value(editSource(added.case, added.id, { publisher: 'INSEE' }, ANNA))
    expect(edited.items).toBe(added.case.items)
  })
})

describe('editing a note', () => {
  it('rewords the note, marks it edited, keeps author and time, and keeps both wordings in history', () => {
    const c = sahelCase()
    const id = c.items[0].id
    const noted = value(addNote(c, id, 'Called the ministry', ANNA))
    const noteId = noted.items[0].notes[0].id
    const edited = value(editNote(noted, id, noteId, '  Called the ministry press office ', BEN))
    expect(edited.items[0].notes[0]).toEqual({
      id: noteId,
      at: ANNA.at,
      by: 'Anna Checker',
      text: 'Called the ministry press office',
      editedAt: BEN.at,
      editedBy: 'Ben Editor'
    })
    expect(last(edited.items[0].history)).toMatchObject({
      action: 'note-edited',
      from: 'Called the ministry',
      to: 'Called the ministry press office'
    })
    expect(value(editNote(edited, id, noteId, 'Called the ministry press office', BEN))).toBe(edited)
    expect(editNote(edited, id, noteId, '  ', BEN).ok).toBe(false)
    expect(editNote(edited, id, 'n99', 'x', BEN).ok).toBe(false)
  })
})

describe('changing the claim type', () => {
  it('sets the type with history; quotes have none; the same type is no change', () => {
    const c = sahelCase()
    const claimItem = c.items.find((it) => it.kind === 'claim')!
    const quoteItem = c.items.find((it) => it.kind === 'quote')!
    const changed = value(setClaimType(c, claimItem.id, 'prediction', ANNA))
    const item = changed.items.find((it) => it.id === claimItem.id)!
    expect(item.claimType).toBe('prediction')
    expect(historySentence(last(item.history), vocabularyOf(changed))).toBe(
      `Anna Checker changed the claim type: ${claimItem.claimType} → prediction`
    )
    expect(value(setClaimType(changed, claimItem.id, 'prediction', ANNA))).toBe(changed)
    expect(setClaimType(c, quoteItem.id, 'prediction', ANNA).ok).toBe(false)
    expect(setClaimType(c, claimItem.id, 'gossip' as never, ANNA).ok).toBe(false)
  })
})

describe('the list of statuses', () => {
  const onVerified = (): CaseFile => {
    const c = sahelCase()
    return value(setStatus(c, c.items[0].id, 'verified', ANNA))
  }

  it('adds a status with an id made from its label, unique in the case', () => {
    const c = sahelCase()
    expect(statusIdFor('Needs legal review', ['a'])).toBe('needs-legal-review')
    expect(
      statusIdFor(
        'Verified',
        c.statuses.map((s) => s.id)
      )
    ).toBe('verified-2')
    expect(statusIdFor('  !!  ', [])).toBe('status')
    const legal: StatusDef = {
      ...newStatus(
        'Needs legal review',
        c.statuses.map((s) => s.id)
      ),
      resolved: false,
      color: '#123456'
    }
    const next = value(reviseStatuses(c, [...c.statuses, legal], {}, ANNA))
    expect(last(next.statuses)).toEqual({
      id: 'needs-legal-review',
      label: 'Needs legal review',
      color: '#123456',
      description: '',
      resolved: false
    })
    expect(value(setStatus(next, next.items[0].id, 'needs-legal-review', ANNA)).items[0].status).toBe(
      'needs-legal-review'
    )
  })

  it('removes a status, moving its items to the one picked, with history; its rating row goes too', () => {
    const c = onVerified()
    const without = c.statuses.filter((s) => s.id !== 'verified')
    expect(reviseStatuses(c, without, {}, BEN).ok).toBe(false)
    expect(reviseStatuses(c, without, { verified: 'needs-recheck' }, BEN).ok).toBe(false)
    const next = value(reviseStatuses(c, without, { verified: 'unverifiable' }, BEN))
    expect(next.statuses.map((s) => s.id)).not.toContain('verified')
    expect(next.items[0].status).toBe('unverifiable')
    expect(next.ratingMap.map((r) => r.status)).not.toContain('verified')
    expect(historySentence(last(next.items[0].history), vocabularyOf(next))).toBe(
      'Ben Editor removed the status “Verified”: this item moved to Unverifiable'
    )
    expect(next.items.slice(1)).toEqual(c.items.slice(1))
  })

  it('keeps the statuses Factdesk sets, their flags, and refuses duplicate or empty labels and bad colours', () => {
    const c = sahelCase()
    expect(
      reviseStatuses(
        c,
        c.statuses.filter((s) => s.id !== 'unchecked'),
        {},
        ANNA
      ).ok
    ).toBe(false)
    expect(
      reviseStatuses(
        c,
        c.statuses.filter((s) => s.id !== 'needs-recheck'),
        {},
        ANNA
      ).ok
    ).toBe(false)
    const flipped = c.statuses.map((s) => (s.id === 'needs-recheck' ? { ...s, resolved: true, system: false } : s))
    const kept = value(reviseStatuses(flipped.length ? c : c, flipped, {}, ANNA))
    expect(kept.statuses.find((s) => s.id === 'needs-recheck')).toMatchObject({ resolved: false, system: true })
    const dup = c.statuses.map((s) => (s.id === 'misleading' ? { ...s, label: 'verified' } : s))
    expect(reviseStatuses(c, dup, {}, ANNA).ok).toBe(false)
    expect(
      reviseStatuses(
        c,
        c.statuses.map((s, i) => (i === 1 ? { ...s, label: ' ' } : s)),
        {},
        ANNA
      ).ok
    ).toBe(false)
    expect(
      reviseStatuses(
        c,
        c.statuses.map((s, i) => (i === 1 ? { ...s, color: 'red' } : s)),
        {},
        ANNA
      ).ok
    ).toBe(false)
    expect(value(reviseStatuses(c, c.statuses, {}, ANNA))).toBe(c)
  })

  it('reorders and relabels in one step', () => {
    const c = sahelCase()
    const reordered = [...c.statuses].reverse().map((s) => (s.id === 'verified' ? { ...s, label: 'Checked true' } : s))
    const next = value(reviseStatuses(c, reordered, {}, ANNA))
    expect(next.statuses.map((s) => s.id)).toEqual(reordered.map((s) => s.id))
    expect(next.statuses.find((s) => s.id === 'verified')!.label).toBe('Checked true')
  })
})
