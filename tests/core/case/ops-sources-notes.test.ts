import { describe, expect, it } from 'vitest'
import {
  addAndLinkSource,
  addSource,
  editSource,
  itemsUsingSource,
  linkSource,
  unlinkSource
} from '../../../src/core/case/ops-sources'
import {
  addNote,
  addQuery,
  openQueryCount,
  resolveQuery,
  setCorrection,
  setVerdictNote
} from '../../../src/core/case/ops-notes'
import { wordDiff } from '../../../src/core/report/word-diff'
import { caseProgress } from '../../../src/core/case/progress'
import { setStatus } from '../../../src/core/case/ops-status'
import { itemStarting } from '../../helpers/builders'
import { ANNA, BEN, sahelCase } from './sahel-case'

describe('sources', () => {
  const rows: Array<{ name: string; input: Parameters<typeof addSource>[1]; error: string | null }> = [
    {
      name: 'a web page with a passage',
      input: { kind: 'web', url: 'https://budget.example.gov/2024', title: 'Budget 2024', passage: '€600m a year' },
      error: null
    },
    {
      name: 'a person by name only',
      input: {
        kind: 'person',
        person: {
          name: 'Florence Parly',
          role: 'minister',
          contact: '',
          reachedAt: '',
          channel: 'phone',
          confirmed: 'yes',
          onRecord: false
        }
      },
      error: null
    },
    { name: 'nothing to find it by', input: { kind: 'other', passage: 'a passage alone' }, error: 'title, a URL' },
    { name: 'a javascript: link', input: { kind: 'web', url: 'javascript:alert(1)', title: 'x' }, error: 'http://' }
  ]
  for (const row of rows) {
    it(row.name, () => {
      const result = addSource(sahelCase(), row.input, ANNA)
      if (row.error) {
        expect(result.ok).toBe(false)
        if (!result.ok) expect(result.error.message).toContain(row.error)
      } else {
        expect(result.ok).toBe(true)
        if (result.ok)
          expect(result.value.case.sources[0]).toMatchObject({
            id: 's1',
            createdBy: 'Anna Checker',
            kind: row.input.kind
          })
      }
    })
  }

  it('a source is recorded once and linked to several items; unlinking leaves it in the library', () => {
    const c = sahelCase()
    const a = itemStarting(c, 'The deployment').id
    const b = itemStarting(c, 'Critics say').id
    const added = addAndLinkSource(c, a, { kind: 'dataset', title: 'Defence budget series' }, ANNA)
    if (!added.ok) throw new Error(added.error.message)
    const linked = linkSource(added.value.case, b, added.value.id, BEN)
    if (!linked.ok) throw new Error(linked.error.message)
    expect(itemsUsingSource(linked.value, added.value.id)).toEqual([a, b])
    const unlinked = unlinkSource(linked.value, a, added.value.id, ANNA)
    expect(itemsUsingSource(unlinked, added.value.id)).toEqual([b])
    expect(unlinked.sources).toHaveLength(1)
    expect(itemStarting(unlinked, 'The deployment').history.map((h) => h.action)).toEqual([
      'suggested',
      'source-linked',
      'source-unlinked'
    ])
  })

  it('a web address typed without https:// is taken as one, as a browser takes it; other schemes are refused', () => {
    const added = addSource(
      sahelCase(),
      { kind: 'web', url: ' budget.example.gov/2024?p=2 ', archiveUrl: 'web.archive.org/web/2024/x', title: 'B' },
      ANNA
    )
    if (!added.ok) throw new Error(added.error.message)
    expect(added.value.case.sources[0]).toMatchObject({
      url: 'https://budget.example.gov/2024?p=2',
      archiveUrl: 'https://web.archive.org/web/2024/x'
    })
    const edited = editSource(added.value.case, 's1', { url: 'www.bbc.co.uk' }, ANNA)
    expect(edited.ok && edited.value.sources[0].url).toBe('https://www.bbc.co.uk')
    for (const [url, archiveUrl] of [
      ['localhost:8080/x', ''],
      ['budget report', ''],
      ['https://a.example', 'javascript:alert(1)'],
      ['https://a.example', 'ftp://archive.example/x']
    ])
      expect(
        addSource(sahelCase(), { kind: 'web', url, archiveUrl, title: 'C' }, ANNA).ok,
        `${url} ${archiveUrl}`
      ).toBe(false)
  })

  it('editing a source keeps its id and refuses a bad URL', () => {
    const added = addSource(sahelCase(), { kind: 'web', url: 'https://a.example', title: 'A' }, ANNA)
    if (!added.ok) throw new Error(added.error.message)
    const edited = editSource(added.value.case, 's1', { title: 'A, revised' }, ANNA)
    expect(edited.ok && edited.value.sources[0].title).toBe('A, revised')
    expect(editSource(added.value.case, 's1', { url: 'file:///etc/passwd' }, ANNA).ok).toBe(false)
  })
})

describe('notes, queries and corrections', () => {
  it('a note keeps its author and time; an empty one is refused', () => {
    const c = sahelCase()
    const id = c.items[0].id
    const result = addNote(c, id, '  Rang the ministry press office.  ', ANNA)
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.items[0].notes).toEqual([
      { id: 'n1', at: ANNA.at, by: 'Anna Checker', text: 'Rang the ministry press office.' }
    ])
    expect(addNote(c, id, '   ', ANNA).ok).toBe(false)
  })

  it('an open query keeps the article from being ready until resolved', () => {
    let c = sahelCase()
    for (const item of c.items) {
      const r = setStatus(c, item.id, 'verified', ANNA)
      if (r.ok) c = r.value
    }
    expect(caseProgress(c).ready).toBe(true)
    const id = c.items[1].id
    const asked = addQuery(c, id, 'Which budget line is this?', ANNA)
    if (!asked.ok) throw new Error(asked.error.message)
    expect(openQueryCount(asked.value)).toBe(1)
    expect(caseProgress(asked.value).ready).toBe(false)
    const resolved = resolveQuery(asked.value, id, 'q1', 'Line 14, operations abroad', BEN)
    if (!resolved.ok) throw new Error(resolved.error.message)
    expect(resolved.value.items[1].queries[0]).toMatchObject({
      resolvedBy: 'Ben Editor',
      answer: 'Line 14, operations abroad'
    })
    expect(caseProgress(resolved.value).ready).toBe(true)
  })

  it('a correction is shown as a word diff of the item', () => {
    const c = sahelCase()
    const item = itemStarting(c, 'The deployment')
    const corrected = setCorrection(
      c,
      item.id,
      'The deployment costs €580m a year, according to the budget office.',
      ANNA
    )
    const after = itemStarting(corrected, 'The deployment')
    expect(after.correction).toMatchObject({ by: 'Anna Checker' })
    const diff = wordDiff(after.anchor.exact, after.correction!.replacement)
    expect(
      diff
        .filter((p) => p.kind === 'del')
        .map((p) => p.text)
        .join('')
    ).toBe('€600m')
    expect(
      diff
        .filter((p) => p.kind === 'ins')
        .map((p) => p.text)
        .join('')
    ).toBe('€580m')
    expect(
      diff
        .filter((p) => p.kind !== 'ins')
        .map((p) => p.text)
        .join('')
    ).toBe(after.anchor.exact)
    expect(itemStarting(setCorrection(corrected, item.id, '', ANNA), 'The deployment').correction).toBeNull()
  })

  it('the verdict note is replaced, not appended', () => {
    const c = setVerdictNote(sahelCase(), sahelCase().items[0].id, 'Matches the ministry statement.', ANNA)
    expect(c.items[0].verdictNote).toBe('Matches the ministry statement.')
  })
})
