/**
 * A conflict in words the checker can pick from: what clashed (the item's first words, a source's title, the
 * case), and each side's value (a status by its label, a correction by its wording, a deletion as "Deleted").
 */
import { describe, expect, it } from 'vitest'
import type { CaseConflict } from '../../../src/shared/case'
import { conflictSubject, conflictValue } from '../../../src/renderer/src/lib/conflict-words'
import { caseFile, claim, paragraphs, source } from '../../helpers/builders'

const A = paragraphs('Harbour fees rose 12% last year.')
const C = caseFile(A, {
  items: [claim(A, 'Harbour fees rose 12% last year.', { id: 'i1' })],
  sources: [source('s1', { title: 'Port annual report' })]
})

function conflict(fields: Partial<CaseConflict>): CaseConflict {
  return {
    id: 'k1',
    kind: 'field',
    scope: 'item',
    targetId: 'i1',
    field: 'verdictNote',
    base: '',
    ours: 'a',
    theirs: 'b',
    oursBy: '',
    theirsBy: '',
    at: '2024-03-14T10:00:00.000Z',
    ...fields
  }
}

describe('conflict words', () => {
  it.each([
    [conflict({}), 'Verdict of “Harbour fees rose 12% last year.”'],
    [conflict({ field: 'status' }), 'Status of “Harbour fees rose 12% last year.”'],
    [conflict({ field: 'notes.n2' }), 'Note of “Harbour fees rose 12% last year.”'],
    [
      conflict({ kind: 'deleted', field: '' }),
      '“Harbour fees rose 12% last year.”: deleted on one side, changed on the other'
    ],
    [conflict({ scope: 'source', targetId: 's1', field: 'title' }), 'Title of Port annual report'],
    [conflict({ scope: 'case', targetId: '', field: 'threshold' }), 'Threshold of the case'],
    [conflict({ targetId: 'i9' }), 'Verdict of item i9']
  ])('%o is said as %s', (given, words) => {
    expect(conflictSubject(C, given)).toBe(words)
  })

  it.each([
    [conflict({ field: 'status' }), { status: 'verified', statusDraftId: 'd1' }, 'Verified'],
    [conflict({ field: 'correction' }), { replacement: 'Fees rose 21%', at: '', by: 'Ana' }, 'Fees rose 21%'],
    [conflict({ field: 'queries.q1' }), { id: 'q1', text: 'Which year?', answer: '2023' }, 'Which year? → 2023'],
    [conflict({}), '', '(empty)'],
    [conflict({}), null, '(nothing)'],
    [conflict({ kind: 'deleted', field: '' }), null, 'Deleted'],
    [conflict({ scope: 'case', field: 'threshold' }), 0.42, '0.42']
  ])('%o: %o reads %s', (given, value, words) => {
    expect(conflictValue(C, given, value)).toBe(words)
  })
})
