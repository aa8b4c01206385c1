/** Work signed "Unnamed checker" before the name was set is signed with the name, on request, in one step. */
import { describe, expect, test } from 'vitest'
import { addQuery, addNote, setCorrection, resolveQuery } from '../../../src/core/case/ops-notes'
import { dismiss, setStatus } from '../../../src/core/case/ops-status'
import { addSource } from '../../../src/core/case/ops-sources'
import { countUnnamed, signUnnamed } from '../../../src/core/case/sign-unnamed'
import { buildReportModel } from '../../../src/core/report/build-report'
import type { CaseFile } from '../../../src/shared/case'
import { itemStarting } from '../../helpers/builders'
import { ANNA, sahelCase as sampleCase } from './sahel-case'

const NOBODY = { by: '', at: '2024-03-05T09:00:00.000Z' }

function workWithoutAName(): CaseFile {
  let c = sampleCase()
  const claim = itemStarting(c, 'The deployment').id
  const ok = <T>(result: { ok: true; value: T } | { ok: false }): T => {
    if (!result.ok) throw new Error('op failed')
    return result.value
  }
  c = ok(setStatus(c, claim, 'verified', NOBODY))
  c = ok(addNote(c, claim, 'Budget office table 4.', NOBODY))
  c = ok(addQuery(c, claim, 'Which year?', NOBODY))
  c = ok(resolveQuery(c, claim, c.items.find((item) => item.id === claim)!.queries[0].id, '2024', NOBODY))
  c = setCorrection(c, claim, 'The deployment costs €650m a year.', NOBODY)
  c = dismiss(c, itemStarting(c, 'Critics say').id, NOBODY)
  c = ok(addSource(c, { kind: 'web', title: 'Budget office', url: 'https://budget.example.org' }, NOBODY)).case
  // Later, with the name set.
  return ok(setStatus(c, itemStarting(c, 'France will send').id, 'in-progress', ANNA))
}

describe('signUnnamed', () => {
  test('every "Unnamed checker" signature becomes the name; the name set later is untouched', () => {
    const before = workWithoutAName()
    expect(countUnnamed(before)).toBe(11)
    expect(buildReportModel(before, { now: new Date() }).checkers).toEqual(['Anna Checker', 'Unnamed checker'])
    const after = signUnnamed(before, 'Anna Checker', ANNA)
    expect(countUnnamed(after)).toBe(0)
    expect(JSON.stringify(after)).not.toContain('Unnamed checker')
    expect(buildReportModel(after, { now: new Date() }).checkers).toEqual(['Anna Checker'])
    // A pure op: the case it was given is unchanged (undo keeps it).
    expect(countUnnamed(before)).toBe(11)
  })

  test('nothing to sign, or no name: the same case back', () => {
    const c = sampleCase()
    expect(signUnnamed(c, 'Anna Checker', ANNA)).toBe(c)
    const unnamed = workWithoutAName()
    expect(signUnnamed(unnamed, '  ', ANNA)).toBe(unnamed)
  })
})
