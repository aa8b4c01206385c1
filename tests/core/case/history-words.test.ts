/**
 * History in sentences a checker reads, never the stored action names: no "query-resolved", no
 * "source-linked — s3", no "unchecked → in-progress (d1)". Reports hide people off the record.
 */
import { describe, expect, test } from 'vitest'
import { historySentence, vocabularyOf, type HistoryVocabulary } from '../../../src/core/case/history-words'
import type { HistoryEntry } from '../../../src/shared/case'
import { sampleCase } from '../report/sample-case'

const words: HistoryVocabulary = {
  statusLabel: (id) =>
    ({ unchecked: 'Unchecked', 'in-progress': 'In progress', verified: 'Verified', 'needs-recheck': 'Needs re-check' })[
      id
    ] ?? id,
  draftNumber: (id) => ({ d1: 1, d2: 2 })[id] ?? null,
  itemWords: (id) => (id === 'i7' ? 'The levy raised £6.2 million' : null)
}
const at = '2024-05-14T09:00:00.000Z'
const entry = (fields: Partial<HistoryEntry>): HistoryEntry => ({ at, by: 'Ana', action: 'note', ...fields })

describe('history as sentences', () => {
  test.each<[Partial<HistoryEntry>, string]>([
    [{ by: 'Factdesk', action: 'suggested', draftId: 'd1' }, 'Factdesk suggested it, on draft 1'],
    [{ action: 'added', detail: 'manual claim', draftId: 'd1' }, 'Ana added it by hand, on draft 1'],
    [{ action: 'accept', from: 'suggested', to: 'accepted', draftId: 'd1' }, 'Ana accepted it for checking'],
    [{ action: 'dismiss', from: 'suggested', to: 'dismissed' }, 'Ana dismissed it: not to check'],
    [{ action: 'restore', from: 'dismissed', to: 'accepted' }, 'Ana brought it back for checking'],
    [
      { action: 'status', from: 'unchecked', to: 'in-progress', draftId: 'd1' },
      'Ana changed the status: Unchecked → In progress, on draft 1'
    ],
    [
      { action: 'status', from: 'unchecked', to: 'verified', draftId: 'd2', detail: 'via twin i3' },
      'Ana changed the status: Unchecked → Verified, on draft 2 (given to its twin, the same fact elsewhere)'
    ],
    [{ action: 'query', detail: 'Where does £6.2m come from?' }, 'Ana asked the writer: “Where does £6.2m come from?”'],
    [{ action: 'query-resolved' }, 'Ana resolved the query'],
    [
      { action: 'query-resolved', detail: 'The forecast, not the outturn.' },
      'Ana resolved the query: “The forecast, not the outturn.”'
    ],
    [
      { action: 'source-linked', detail: 'Council minutes, 11 March' },
      'Ana linked the source “Council minutes, 11 March”'
    ],
    [
      { action: 'source-unlinked', detail: 'Council minutes, 11 March' },
      'Ana unlinked the source “Council minutes, 11 March”'
    ],
    [{ action: 'note' }, 'Ana added a note'],
    [{ action: 'note-deleted' }, 'Ana deleted a note'],
    [{ action: 'correction', to: 'raised £5.4 million' }, 'Ana suggested a correction: “raised £5.4 million”'],
    [{ action: 'correction-removed' }, 'Ana withdrew the suggested correction'],
    [{ action: 'checked', detail: 'base-year' }, 'Ana ticked “base-year” on the checklist'],
    [{ action: 'unchecked', detail: 'base-year' }, 'Ana unticked “base-year” on the checklist'],
    [
      { action: 'moved', from: 'raised £6.2', to: 'raised £6.2 million' },
      'Ana moved its edges: “raised £6.2” → “raised £6.2 million”'
    ],
    [
      { action: 'merged', detail: 'merged with i7' },
      'Ana merged another item into it (“The levy raised £6.2 million”)'
    ],
    [{ action: 'split', detail: 'split into i8 and i9' }, 'Ana split it in two'],
    [
      { action: 'revised', detail: 'changed', from: 'verified', to: 'needs-recheck', draftId: 'd2' },
      'Its words changed in draft 2, imported by Ana; status: Verified → Needs re-check'
    ],
    [
      { by: 'Factdesk', action: 'revised', detail: 'removed', from: 'verified', to: 'verified', draftId: 'd2' },
      'No longer in draft 2: kept with all its work'
    ],
    [
      { action: 'source-edited', detail: 's3', from: 'Budget', to: 'URL, passage' },
      'Ana edited the source “s3”: URL, passage'
    ],
    [
      { action: 'status', from: 'legal', to: 'unchecked', detail: 'status removed: Legal review' },
      'Ana removed the status “Legal review”: this item moved to Unchecked'
    ],
    [{ action: 'snapshot-refreshed', detail: 's3' }, 'Ana: snapshot refreshed (s3)']
  ])('%j → %s', (fields, sentence) => {
    expect(historySentence(entry(fields), words)).toBe(sentence)
  })

  test('no sentence shows a stored action name, a status id or a draft id', () => {
    const caseFile = sampleCase()
    const vocabulary = vocabularyOf(caseFile)
    for (const item of caseFile.items) {
      for (const event of item.history) {
        const sentence = historySentence(event, vocabulary)
        expect(sentence).not.toMatch(/query-resolved|source-linked|needs-recheck|in-progress|\bd\d\b/)
      }
    }
  })

  test('an old entry that recorded the source by id is named by its title', () => {
    const caseFile = sampleCase()
    expect(historySentence(entry({ action: 'source-linked', to: 's1' }), vocabularyOf(caseFile))).toBe(
      'Ana linked the source “Fares to fall from March”'
    )
  })

  test('in a shared report, a person off the record is never named, whatever history recorded', () => {
    const caseFile = sampleCase()
    const s3 = caseFile.sources.find((source) => source.id === 's3')!
    s3.person!.onRecord = false
    const shared = vocabularyOf(caseFile, { shared: true })
    expect(historySentence(entry({ action: 'source-linked', detail: 'Councillor Amara Osei' }), shared)).toBe(
      'Ana linked a person source (on file)'
    )
    expect(
      historySentence(entry({ action: 'source-linked', detail: 'Councillor Amara Osei' }), vocabularyOf(caseFile))
    ).toBe('Ana linked the source “Councillor Amara Osei”')
  })
})
