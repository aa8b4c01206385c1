/**
 * A case's checklists and report header: edited as case ops (keys kept across renames and moves, answers on a
 * removed step kept and still named), carried by save patches (including an undo back to a case without them),
 * merged three-way like any setting, and given to a new case from the newsroom's settings.
 */
import { describe, expect, it } from 'vitest'
import { applyPatch, casePatch } from '../../../src/core/case/case-patch'
import {
  caseChecklists,
  caseReportHeader,
  DEFAULT_CHECKLISTS,
  DEFAULT_REPORT_HEADER,
  editChecklists,
  editReportHeader
} from '../../../src/core/case/case-settings'
import { checklistSteps, offListAnswers, setChecklistEntry } from '../../../src/core/case/checklist'
import { createCase } from '../../../src/core/case/create-case'
import { historySentence, vocabularyOf } from '../../../src/core/case/history-words'
import { mergeCases } from '../../../src/core/case/merge-cases'
import type { CaseChecklists, CaseFile } from '../../../src/shared/case'
import type { Extraction } from '../../../src/shared/article'
import { caseFile, claim, paragraphs } from '../../helpers/builders'

const A = paragraphs('Fees rose 12% last year.', 'The port hired 40 staff.')
const ctx = { by: 'Ana', at: '2026-03-06T10:00:00.000Z' }

function base(): CaseFile {
  return caseFile(A, { items: [claim(A, 'Fees rose 12% last year.', { id: 'i1', claimType: 'quantity' })] })
}

function edited(c: CaseFile, lists: CaseChecklists): CaseFile {
  const result = editChecklists(c, lists, ctx)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('editing a case’s checklists', () => {
  it('a case without checklists uses the built-in ones', () => {
    const c = base()
    expect(c.checklists).toBeUndefined()
    expect(checklistSteps(c.items[0], caseChecklists(c)).map((s) => s.label)).toEqual([
      'Unit checked',
      'Base year checked',
      'Source table found'
    ])
  })

  it('adds, renames, removes and reorders steps; kept steps keep their key, new ones get one from the label', () => {
    const quantity = DEFAULT_CHECKLISTS.quantity ?? []
    const next = edited(base(), {
      ...DEFAULT_CHECKLISTS,
      quantity: [
        { ...quantity[2], label: '  Source table   located ' },
        quantity[0],
        { key: '', label: 'Per-capita figure checked', hint: 'Which population' }
      ]
    })
    expect(next.checklists?.quantity).toEqual([
      { key: 'source-table', label: 'Source table located', hint: quantity[2].hint },
      quantity[0],
      { key: 'per-capita-figure-checked', label: 'Per-capita figure checked', hint: 'Which population' }
    ])
    expect(next.updatedAt).toBe(ctx.at)
  })

  it('refuses an empty label and the same label twice in one list, and changes nothing when nothing changed', () => {
    const c = base()
    const empty = editChecklists(c, { ...DEFAULT_CHECKLISTS, quote: [{ key: '', label: '  ', hint: '' }] }, ctx)
    expect(empty.ok ? 'ok' : empty.error.code).toBe('invalid-checklist')
    const twice = editChecklists(
      c,
      { ...DEFAULT_CHECKLISTS, claim: [...DEFAULT_CHECKLISTS.claim, { key: '', label: 'context checked', hint: '' }] },
      ctx
    )
    expect(twice.ok ? 'ok' : twice.error.message).toMatch(/"context checked" twice/)
    const same = editChecklists(c, DEFAULT_CHECKLISTS, ctx)
    expect(same.ok && same.value).toBe(c)
  })

  it('an answer on a removed step stays in the item, listed apart and named by its label, history too', () => {
    const answered = setChecklistEntry(base(), 'i1', 'base-year', { done: true, detail: '2023 prices' }, ctx)
    const quantity = (DEFAULT_CHECKLISTS.quantity ?? []).filter((s) => s.key !== 'base-year')
    const next = edited(answered, { ...DEFAULT_CHECKLISTS, quantity })
    const item = next.items[0]
    expect(item.checklist['base-year']).toEqual({ done: true, detail: '2023 prices' })
    expect(checklistSteps(item, caseChecklists(next)).map((s) => s.key)).not.toContain('base-year')
    expect(offListAnswers(item, caseChecklists(next))).toEqual([
      { key: 'base-year', label: 'Base year checked', entry: { done: true, detail: '2023 prices' } }
    ])
    const ticked = item.history.find((entry) => entry.action === 'checked')
    if (!ticked) throw new Error('no history entry for the tick')
    expect(historySentence(ticked, vocabularyOf(next))).toBe('Ana ticked “Base year checked” on the checklist')
  })

  it('a claim type without its own list takes the general claim list', () => {
    const next = edited(base(), { ...DEFAULT_CHECKLISTS, quantity: undefined })
    expect(checklistSteps(next.items[0], caseChecklists(next))).toEqual(DEFAULT_CHECKLISTS.claim)
  })
})

describe('editing a case’s report header', () => {
  it('trims each line, refuses a long logo, and leaves an unchanged case as it was', () => {
    const c = base()
    expect(caseReportHeader(c)).toEqual(DEFAULT_REPORT_HEADER)
    const set = editReportHeader(
      c,
      { ...DEFAULT_REPORT_HEADER, newsroom: '  The Harbour  Herald ', preparedFor: 'Night editor' },
      ctx
    )
    if (!set.ok) throw new Error(set.error.message)
    expect(set.value.reportHeader).toMatchObject({ newsroom: 'The Harbour Herald', preparedFor: 'Night editor' })
    const logo = editReportHeader(c, { ...DEFAULT_REPORT_HEADER, logoText: 'THE HARBOUR HERALD' }, ctx)
    expect(logo.ok ? 'ok' : logo.error.code).toBe('invalid-report-header')
    const same = editReportHeader(c, DEFAULT_REPORT_HEADER, ctx)
    expect(same.ok && same.value).toBe(c)
  })
})

describe('checklists and header in saves and merges', () => {
  it('a patch carries them, and undoing the first edit of an older case takes them out again', () => {
    const old = base()
    const next = edited(old, { ...DEFAULT_CHECKLISTS, quote: [] })
    const patch = casePatch(old, next)
    expect(Object.keys(patch.fields)).toEqual(['checklists'])
    // updatedAt is the save's to stamp, not the patch's.
    expect(applyPatch(old, patch)).toEqual({ ...next, updatedAt: old.updatedAt })
    const undo = casePatch(next, old)
    expect(undo.fields).toEqual({ checklists: null })
    const undone = applyPatch(next, undo)
    expect('checklists' in undone).toBe(false)
  })

  it('a merge keeps one side’s checklist edit and the other side’s header edit', () => {
    const b = base()
    const ours = edited(b, { ...DEFAULT_CHECKLISTS, quote: [] })
    const header = editReportHeader(b, { ...DEFAULT_REPORT_HEADER, newsroom: 'Herald' }, ctx)
    if (!header.ok) throw new Error(header.error.message)
    const merged = mergeCases(b, ours, header.value, { at: ctx.at }).case
    expect(merged.checklists?.quote).toEqual([])
    expect(merged.reportHeader?.newsroom).toBe('Herald')
    expect(merged.conflicts).toBeUndefined()
  })
})

describe('a new case', () => {
  const extraction: Extraction = { article: A, sentences: [], claims: [], quotes: [], inconsistencies: [] }
  const input = { article: A, extraction, hash: 'a'.repeat(64), fileName: 'a.txt', articlePath: '', now: ctx.at }

  it('records the built-in checklists and header, and takes the ones it is given instead (as copies)', () => {
    const plain = createCase({ ...input, caseId: 'c1' })
    expect(plain.checklists).toEqual(DEFAULT_CHECKLISTS)
    expect(plain.reportHeader).toEqual(DEFAULT_REPORT_HEADER)
    const lists = { ...DEFAULT_CHECKLISTS, quote: [{ key: 'tape', label: 'Tape heard', hint: '' }] }
    const header = { ...DEFAULT_REPORT_HEADER, newsroom: 'Herald' }
    const given = createCase({ ...input, caseId: 'c2', settings: { checklists: lists, reportHeader: header } })
    expect(given.checklists?.quote).toEqual(lists.quote)
    expect(given.reportHeader).toEqual(header)
    expect(given.checklists?.quote).not.toBe(lists.quote)
  })
})
