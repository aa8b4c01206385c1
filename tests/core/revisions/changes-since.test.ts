/**
 * The Changes view's old and new wording of a quote, shown as the list, the detail and the report show it: without
 * the comma that closes it inside the marks (case-reading.ts shownQuote). The view diffed "us," against "us here,"
 * and struck the comma out as if the speaker's words had changed there.
 */
import { describe, expect, it } from 'vitest'
import { changesSincePreviousDraft } from '../../../src/core/revisions/changes-since'
import { articleOf, caseFile, claim, draft, p, quote } from '../../helpers/builders'

const FIRST = articleOf(p('“The pier will stay open for all of us,” said Mara Quist, the harbour master.'))
const SECOND = articleOf(p('“The pier will stay open for all of us here,” said Mara Quist, the harbour master.'))
const revised = { at: '2024-05-15T09:00:00.000Z', by: 'Factdesk', action: 'revised', draftId: 'd2', detail: 'changed' }

describe('the Changes view wording', () => {
  it("shows a quote's old and new words without the comma that closes them, a claim's as they are", () => {
    const said = quote(SECOND, 'The pier will stay open for all of us here,', {
      id: 'q1',
      previousText: 'The pier will stay open for all of us,',
      history: [revised]
    })
    const claimed = claim(SECOND, 'said Mara Quist, the harbour master.', {
      id: 'c1',
      previousText: 'said Mara Quist, the harbour master,',
      history: [revised]
    })
    const c = caseFile([draft(FIRST), draft(SECOND, { id: 'd2' })], { items: [said, claimed] })
    const words = changesSincePreviousDraft(c).entries.map((e) => [e.item.id, e.before, e.after])
    expect(words).toEqual([
      ['q1', 'The pier will stay open for all of us', 'The pier will stay open for all of us here'],
      ['c1', 'said Mara Quist, the harbour master,', 'said Mara Quist, the harbour master.']
    ])
  })
})
