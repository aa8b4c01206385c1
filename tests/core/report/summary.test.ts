import { describe, expect, test } from 'vitest'
import type { CaseFile } from '../../../src/shared/case'
import { buildReportModel } from '../../../src/core/report/build-report'
import { itemLabels } from '../../../src/core/report/report-items'
import { changesCount } from '../../../src/core/report/summary'
import { FIXED_NOW } from './fixture'
import { sampleCase } from './sample-case'

const model = (caseFile: CaseFile) => buildReportModel(caseFile, { now: FIXED_NOW })

/** The sample with every live item resolved and every query answered: the "ready" baseline. */
function readyCase(): CaseFile {
  const caseFile = sampleCase()
  for (const item of caseFile.items) {
    if (item.state === 'dismissed' || item.state === 'removed') continue
    item.status = 'verified'
    for (const query of item.queries) {
      query.resolvedAt = '2024-05-16T09:00:00.000Z'
      query.resolvedBy = 'Dana Whitlock'
    }
  }
  return caseFile
}

describe('numbering', () => {
  test('items in the draft are numbered in reading order; dismissed and removed ones apart', () => {
    const m = model(sampleCase())
    expect(m.inDraft.map((entry) => `${entry.label}:${entry.item.id}`)).toEqual([
      '1:i1',
      '2:i2',
      '3:i3',
      '4:i4',
      '5:i5',
      '6:i6',
      '7:i8',
      '8:i9'
    ])
    expect(m.dismissed.map((entry) => `${entry.label}:${entry.item.id}`)).toEqual(['D1:i7'])
    expect(m.removed.map((entry) => `${entry.label}:${entry.item.id}`)).toEqual(['R1:i10'])
  })

  test('itemLabels gives every item its number in the report (the Changes view names items by it)', () => {
    const m = model(sampleCase())
    const labels = itemLabels(sampleCase())
    const reported = [...m.inDraft, ...m.dismissed, ...m.removed]
    expect(reported.map((entry) => labels.get(entry.item.id))).toEqual(reported.map((entry) => entry.label))
    expect(labels.get('i8')).toBe('7')
    expect(labels.size).toBe(sampleCase().items.length)
  })

  test('the checker of an item is whoever gave its current status', () => {
    const byId = new Map(model(sampleCase()).inDraft.map((entry) => [entry.item.id, entry.checker]))
    expect(byId.get('i3')).toBe('Tom Becker')
    expect(byId.get('i1')).toBe('Priya Raman')
    expect(byId.get('i6')).toBeNull()
  })

  test('checkers are the people in the history, never the engine', () => {
    expect(model(sampleCase()).checkers).toEqual(['Priya Raman', 'Tom Becker'])
  })
})

describe('counts', () => {
  test('every status of the case is counted over items still in the draft', () => {
    const counts = Object.fromEntries(model(sampleCase()).counts.map((row) => [row.status.id, row.count]))
    expect(counts).toEqual({
      unchecked: 1,
      'in-progress': 1,
      verified: 3,
      incorrect: 1,
      misleading: 1,
      unverifiable: 0,
      'not-checkable': 0,
      'needs-recheck': 1
    })
  })

  test('a status the case does not define still shows, as unresolved', () => {
    const caseFile = sampleCase()
    caseFile.items[0].status = 'legal-review'
    const row = model(caseFile).counts.find((count) => count.status.id === 'legal-review')
    expect(row).toMatchObject({ count: 1, status: { label: 'legal-review', resolved: false } })
  })
})

describe('ready-to-publish verdict', () => {
  test('the sample is not ready, and says why', () => {
    const { verdict } = model(sampleCase())
    expect(verdict.ready).toBe(false)
    expect(verdict.blockers).toEqual([
      '3 items are not resolved (1 In progress, 1 Unchecked, 1 Needs re-check).',
      '1 item is rated Incorrect and still in the draft: [5].',
      '1 query to the writer still open.'
    ])
    expect(verdict.warnings).toEqual(['1 item is rated Misleading: [2].'])
  })

  const cases: Array<[string, (caseFile: CaseFile) => void, boolean]> = [
    ['all resolved, no open query', () => undefined, true],
    ['one suggested item still unchecked', (c) => void (c.items[5].status = 'unchecked'), false],
    ['one item in progress', (c) => void (c.items[0].status = 'in-progress'), false],
    ['one item needs a re-check', (c) => void (c.items[0].status = 'needs-recheck'), false],
    ['one item rated incorrect', (c) => void (c.items[0].status = 'incorrect'), false],
    ['one item rated unverifiable (resolved)', (c) => void (c.items[0].status = 'unverifiable'), true],
    ['an open query', (c) => void (c.items[3].queries[0].resolvedAt = null), false],
    ['an unchecked item that was dismissed', (c) => void (c.items[6].status = 'unchecked'), true],
    ['an unchecked item removed from the draft', (c) => void (c.items[9].status = 'unchecked'), true],
    [
      'an open query on a dismissed item',
      (c) =>
        void c.items[6].queries.push({
          id: 'q9',
          at: '2024-05-16T08:00:00.000Z',
          by: 'Tom',
          text: 'Still true?',
          resolvedAt: null,
          resolvedBy: null,
          answer: null
        }),
      true
    ]
  ]
  test('a draft with no claims or quotes left in it is not ready: nothing has been checked, and it says so', () => {
    const caseFile = readyCase()
    for (const item of caseFile.items) if (item.state !== 'removed') item.state = 'dismissed'
    const { verdict } = model(caseFile)
    expect(verdict.ready).toBe(false)
    expect(verdict.blockers).toEqual(['Nothing has been checked: the current draft has no claims or quotes.'])
  })

  test.each(cases)('%s → ready %s', (_name, change, ready) => {
    const caseFile = readyCase()
    change(caseFile)
    expect(model(caseFile).verdict.ready).toBe(ready)
  })
})

describe('queries, corrections and changes', () => {
  test('open queries come first', () => {
    const m = model(sampleCase())
    expect(m.queries.map((row) => row.query.id)).toEqual(['q1', 'q2'])
    expect(m.openQueries).toBe(1)
  })

  test('corrections are the items with a suggested wording', () => {
    expect(model(sampleCase()).toCorrect.map((entry) => entry.item.id)).toEqual(['i2', 'i5'])
  })

  test('changes list items revised as changed or removed on the current draft', () => {
    const changes = model(sampleCase()).changes
    expect(changes.map((change) => [change.owner.item.id, change.detail])).toEqual([
      ['i8', 'changed'],
      ['i10', 'removed']
    ])
    expect(changes[0].before).toContain('2011')
    expect(changes[0].after).toContain('2009')
    expect(changes[1].after).toBe('')
  })

  test('the changes line counts every item listed and says how many were checked (it called them all checked)', () => {
    const changes = model(sampleCase()).changes
    expect(changes.map((change) => change.owner.checked)).toEqual([true, false])
    expect(changesCount(changes, ' in draft 2')).toBe('2 items changed or removed in draft 2 (1 of them checked)')
    expect(changesCount(changes.slice(1))).toBe('1 item changed or removed (not checked)')
    expect(changesCount(changes.slice(0, 1))).toBe('1 item changed or removed (checked)')
    const unchecked = changes.map((row) => ({ ...row, owner: { ...row.owner, checked: false } }))
    expect(changesCount(unchecked)).toBe('2 items changed or removed (none of them checked)')
    expect(changesCount([...changes.slice(0, 1), ...changes.slice(0, 1)])).toBe(
      '2 items changed or removed (all checked)'
    )
  })

  test('with one draft there are no changes, even if history says revised', () => {
    const caseFile = sampleCase()
    caseFile.drafts = [caseFile.drafts[1]]
    expect(model(caseFile).changes).toEqual([])
  })

  test('the text’s changes are told by paragraph, as the Changes view aligns them: a moved paragraph is moved, not rewritten', () => {
    const caseFile = sampleCase()
    expect(model(caseFile).textChanges).toBe('1 paragraph changed, 1 removed; 1 word added, 12 removed.')
    const [previous, current] = caseFile.drafts
    const paragraphs = previous.article.text.split('\n\n')
    const text = [...paragraphs.slice(1), paragraphs[0]].join('\n\n')
    caseFile.drafts = [previous, { ...current, article: { ...current.article, text } }]
    expect(model(caseFile).textChanges).toBe('1 paragraph moved.')
    caseFile.drafts = [current]
    expect(model(caseFile).textChanges).toBeNull()
  })

  test('revisions recorded on an older draft are not changes since the previous one', () => {
    const caseFile = sampleCase()
    for (const item of caseFile.items)
      for (const entry of item.history) if (entry.action === 'revised') entry.draftId = 'd1'
    expect(model(caseFile).changes).toEqual([])
  })
})
