import { describe, expect, it } from 'vitest'
import { checklistProgress, checklistSteps, setChecklistEntry } from '../../../src/core/case/checklist'
import { coverageLabel, nextUncovered, sentenceCoverage, uncoveredSentences } from '../../../src/core/case/coverage'
import { dismiss } from '../../../src/core/case/ops-status'
import { caseProgress, keyStatuses } from '../../../src/core/case/progress'
import { findTwins, linkTwins, normaliseSentence, twinGroup, unlinkTwin } from '../../../src/core/case/twins'
import { canRedo, pushState, redo, undo, undoStack } from '../../../src/core/case/undo'
import { segmentsByBlock, sweepSegments } from '../../../src/core/case/segments'
import { itemStarting } from '../../helpers/builders'
import { ANNA, TEXT, sahelExtraction, sahelCase } from './sahel-case'

describe('checklists', () => {
  const rows: Array<{
    kind: 'claim' | 'quote'
    claimType: Parameters<typeof checklistSteps>[0]['claimType']
    keys: string[]
  }> = [
    { kind: 'quote', claimType: null, keys: ['speaker-confirmed', 'recording', 'wording-matches'] },
    { kind: 'claim', claimType: 'quantity', keys: ['unit', 'base-year', 'source-table'] },
    { kind: 'claim', claimType: 'correlation/causation', keys: ['evidence-shows'] },
    { kind: 'claim', claimType: 'prediction', keys: ['whose-prediction'] },
    { kind: 'claim', claimType: 'laws/rules', keys: ['primary-source', 'context'] }
  ]
  for (const row of rows) {
    it(`${row.kind} ${row.claimType ?? ''}`, () => {
      expect(checklistSteps(row).map((s) => s.key)).toEqual(row.keys)
    })
  }

  it('ticking a step is history; typing its detail is not', () => {
    const c = sahelCase()
    const quote = c.items.find((it) => it.kind === 'quote')!
    const ticked = setChecklistEntry(c, quote.id, 'speaker-confirmed', { done: true, detail: '' }, ANNA)
    const detailed = setChecklistEntry(
      ticked,
      quote.id,
      'speaker-confirmed',
      { done: true, detail: 'Parly’s office, by phone, 6 March' },
      ANNA
    )
    const item = detailed.items.find((it) => it.id === quote.id)!
    expect(item.checklist['speaker-confirmed']).toEqual({ done: true, detail: 'Parly’s office, by phone, 6 March' })
    expect(item.history.map((h) => h.action)).toEqual(['suggested', 'checked'])
    expect(checklistProgress(item)).toEqual({ done: 1, total: 3 })
  })
})

describe('twins', () => {
  it('normalises case, punctuation and spacing', () => {
    expect(normaliseSentence('  "France  will send 5,000 troops."')).toBe(
      normaliseSentence('france will send 5 000 troops')
    )
  })

  it('reads typographic punctuation as plain text and letters beyond ASCII as letters', () => {
    // Curly quotes, dashes, the ellipsis and a no-break space are punctuation and space, as the Unicode classes say.
    expect(normaliseSentence('\u201cThe levy\u2019s gone\u2014for now\u2026\u201d said\u00a0Ms Reyes, 40%.')).toBe(
      'the levy s gone for now said ms reyes 40%'
    )
    expect(normaliseSentence('Le Café rouvre — « déjà » 3 000 €.')).toBe('le café rouvre déjà 3 000')
    expect(normaliseSentence('İstanbul: ½ of ²')).toBe(normaliseSentence('i̇stanbul ½ of ²'))
  })

  it('links the repeated sentence to its first copy and can unlink it', () => {
    const c = linkTwins(sahelCase(), ANNA)
    const first = itemStarting(c, 'France will send', 0)
    const second = itemStarting(c, 'France will send', 1)
    expect(findTwins(sahelCase().items)).toEqual([[second.id, first.id]])
    expect(twinGroup(c, second.id)).toEqual([first.id, second.id])
    expect(linkTwins(c, ANNA)).toBe(c)
    expect(twinGroup(unlinkTwin(c, second.id, ANNA), second.id)).toEqual([second.id])
  })

  it('the same figure with its unit in two different sentences is a twin; a bare year is not', () => {
    const c = sahelCase()
    const fact = { kind: 'number' as const, start: 0, end: 4, text: '€600m', value: '600000000 eur' }
    const year = { kind: 'number' as const, start: 0, end: 4, text: '2013', value: '2013' }
    const items = c.items.map((it) =>
      it.anchor.exact.startsWith('Critics')
        ? { ...it, facts: [fact] }
        : it.anchor.exact.startsWith('France')
          ? { ...it, facts: [year] }
          : it
    )
    const pairs = findTwins(items)
    expect(pairs).toContainEqual([itemStarting(c, 'Critics').id, itemStarting(c, 'The deployment').id])
    expect(pairs.some(([later]) => later === itemStarting(c, 'France', 1).id)).toBe(true)
    expect(pairs).toHaveLength(2)
  })
})

describe('coverage and progress', () => {
  it('every sentence is an item, a dismissed suggestion, a twin of one, or uncovered, whatever its score', () => {
    let c = sahelCase()
    c = dismiss(c, itemStarting(c, 'Critics say').id, ANNA)
    // Without the repeated troops sentence's own item, it is covered by its twin (the same words).
    const items = c.items.filter(
      (it) => !it.anchor.exact.startsWith('The deployment') && it.anchor.start < TEXT.lastIndexOf('France will')
    )
    const coverage = sentenceCoverage(sahelExtraction().sentences, items, TEXT)
    expect(coverage.map((s) => [TEXT.slice(s.start, s.start + 12), s.coverage])).toEqual([
      ['France to se', 'uncovered'],
      ['France will ', 'item'],
      ['"We will not', 'item'],
      ['The deployme', 'uncovered'],
      ['Critics say ', 'dismissed'],
      ['France will ', 'twin'],
      ['The weather ', 'uncovered']
    ])
  })

  it('a removed item covers nothing; the next uncovered sentence wraps to the top', () => {
    const c = sahelCase()
    const removed = c.items.map((it) => ({ ...it, state: 'removed' as const }))
    const gaps = uncoveredSentences(sahelExtraction().sentences, removed, TEXT)
    expect(gaps).toHaveLength(sahelExtraction().sentences.length)
    expect(nextUncovered(gaps, gaps[1].start)).toBe(gaps[2])
    expect(nextUncovered(gaps, gaps[gaps.length - 1].start)).toBe(gaps[0])
    expect(nextUncovered([], 0)).toBeNull()
    expect([coverageLabel(0), coverageLabel(1), coverageLabel(7)]).toEqual([
      'Every sentence is accounted for',
      '1 sentence nobody looked at',
      '7 sentences nobody looked at'
    ])
  })

  it('a case with nothing left to check is empty, not ready: nobody has checked anything', () => {
    const c = sahelCase()
    const none = caseProgress({ ...c, items: [] })
    expect([none.total, none.empty, none.ready]).toEqual([0, true, false])
    const allDismissed = caseProgress({ ...c, items: c.items.map((it) => ({ ...it, state: 'dismissed' as const })) })
    expect([allDismissed.empty, allDismissed.ready]).toEqual([true, false])
    const oneVerified = caseProgress({ ...c, items: [{ ...c.items[0], status: 'verified' }] })
    expect([oneVerified.empty, oneVerified.ready]).toEqual([false, true])
  })

  it('an item rated Incorrect still in the draft keeps it from being ready, as the report says', () => {
    const c = sahelCase()
    const all = (status: string) => caseProgress({ ...c, items: c.items.map((it) => ({ ...it, status })) })
    expect([all('verified').ready, all('verified').incorrect]).toEqual([true, 0])
    const oneWrong = caseProgress({
      ...c,
      items: c.items.map((it, i) => ({ ...it, status: i === 0 ? 'incorrect' : 'verified' }))
    })
    expect([oneWrong.unchecked, oneWrong.incorrect, oneWrong.ready]).toEqual([0, 1, false])
  })

  it('counts resolved items out of those still to check, and which statuses the keys give', () => {
    const c = dismiss(sahelCase(), sahelCase().items[0].id, ANNA)
    const progress = caseProgress(c)
    expect(progress.total).toBe(sahelCase().items.length - 1)
    expect(progress.resolved).toBe(0)
    expect(progress.byStatus.unchecked).toBe(progress.total)
    expect(keyStatuses(c)).toEqual([
      'unchecked',
      'in-progress',
      'verified',
      'incorrect',
      'misleading',
      'unverifiable',
      'not-checkable'
    ])
  })
})

describe('undo and redo', () => {
  it('walks back and forward through snapshots; a new change drops the redo branch', () => {
    let stack = undoStack('a')
    stack = pushState(stack, 'b')
    stack = pushState(stack, 'c')
    stack = undo(stack)
    expect(stack.present).toBe('b')
    expect(redo(stack).present).toBe('c')
    stack = pushState(stack, 'd')
    expect(canRedo(stack)).toBe(false)
    expect(undo(undo(stack)).present).toBe('a')
    expect(undo(undo(undo(stack))).present).toBe('a')
  })
})

describe('highlight segments', () => {
  it('cuts at every boundary, keeps overlapping marks, and clips to blocks', () => {
    const segments = sweepSegments(20, [
      { id: 'i1', start: 2, end: 10 },
      { id: 'q1', start: 5, end: 15 },
      { id: 'fact:6', start: 6, end: 8 }
    ])
    expect(segments.map((s) => [s.start, s.end, s.ids.join('+')])).toEqual([
      [0, 2, ''],
      [2, 5, 'i1'],
      [5, 6, 'i1+q1'],
      [6, 8, 'i1+q1+fact:6'],
      [8, 10, 'i1+q1'],
      [10, 15, 'q1'],
      [15, 20, '']
    ])
    const byBlock = segmentsByBlock(segments, [
      { kind: 'title', start: 0, end: 7 },
      { kind: 'paragraph', start: 9, end: 20 }
    ])
    expect(byBlock[0].map((s) => [s.start, s.end])).toEqual([
      [0, 2],
      [2, 5],
      [5, 6],
      [6, 7]
    ])
    expect(byBlock[1].map((s) => [s.start, s.end])).toEqual([
      [9, 10],
      [10, 15],
      [15, 20]
    ])
  })

  it('segments always tile the text exactly, whatever the marks', () => {
    const marks = Array.from({ length: 50 }, (_, i) => ({
      id: `m${i}`,
      start: (i * 37) % 200,
      end: ((i * 37) % 200) + (i % 13)
    }))
    const segments = sweepSegments(200, marks)
    expect(segments[0].start).toBe(0)
    expect(segments.at(-1)!.end).toBe(200)
    for (let i = 1; i < segments.length; i++) expect(segments[i].start).toBe(segments[i - 1].end)
  })
})
