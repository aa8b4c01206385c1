/**
 * A conflict (the same field changed on two sides, core/case/merge-cases.ts) in words the checker can pick from:
 * what clashed ("Status of “Harbour fees rose 12%…”") and each side's value ("Verified", "Removed", the text).
 */
import type { CaseConflict, CaseFile, StatusDef } from '../../../shared/case'
import { firstWords } from './filters'
import { shownWords } from '../../../core/case/case-reading'

const FIELD_WORDS: Record<string, string> = {
  status: 'Status',
  state: 'Accepted or dismissed',
  anchor: 'Words covered',
  verdictNote: 'Verdict',
  correction: 'Suggested correction',
  claimant: 'Claimant',
  speaker: 'Speaker',
  claimType: 'Claim type',
  twinOf: 'Twin',
  notes: 'Note',
  queries: 'Query',
  checklist: 'Checklist',
  unsent: 'Text not sent yet',
  title: 'Title',
  url: 'URL',
  passage: 'Passage',
  articleDate: 'Article date',
  statuses: 'Statuses',
  ratingMap: 'Ratings',
  threshold: 'Threshold',
  checklists: 'Checklists',
  reportHeader: 'Report header',
  drafts: 'Current draft'
}

/** What clashed, as a heading. */
export function conflictSubject(c: CaseFile, conflict: CaseConflict): string {
  const field = FIELD_WORDS[conflict.field.split('.')[0]] ?? conflict.field
  if (conflict.scope === 'item') {
    const item = c.items.find((it) => it.id === conflict.targetId)
    const words = item ? `“${firstWords(shownWords(item))}”` : `item ${conflict.targetId}`
    return conflict.kind === 'deleted' ? `${words}: deleted on one side, changed on the other` : `${field} of ${words}`
  }
  if (conflict.scope === 'source') {
    const source = c.sources.find((s) => s.id === conflict.targetId)
    const name = source?.title || source?.url || `source ${conflict.targetId}`
    return conflict.kind === 'deleted' ? `${name}: deleted on one side, changed on the other` : `${field} of ${name}`
  }
  return `${field} of the case`
}

function statusLabel(statuses: readonly StatusDef[], id: unknown): string {
  return statuses.find((s) => s.id === id)?.label ?? String(id)
}

/** One side's value in words. */
export function conflictValue(c: CaseFile, conflict: CaseConflict, value: unknown): string {
  if (value === null || value === undefined) return conflict.kind === 'deleted' ? 'Deleted' : '(nothing)'
  if (conflict.kind === 'deleted') return 'Kept, with changes'
  if (typeof value === 'string') return value === '' ? '(empty)' : value
  if (typeof value !== 'object') return String(value)
  const record = value as Record<string, unknown>
  const field = conflict.field.split('.')[0]
  if (field === 'status' && 'status' in record) return statusLabel(c.statuses, record.status)
  if (field === 'state' && 'state' in record) return String(record.state)
  if (typeof record.replacement === 'string') return record.replacement
  if (typeof record.text === 'string')
    return typeof record.answer === 'string' ? `${record.text} → ${record.answer}` : record.text
  if (typeof record.name === 'string') return record.name
  if (typeof record.exact === 'string') return record.exact
  if ('anchor' in record && typeof (record.anchor as { exact?: unknown })?.exact === 'string')
    return (record.anchor as { exact: string }).exact
  const text = JSON.stringify(value)
  return text.length > 160 ? `${text.slice(0, 157)}…` : text
}
