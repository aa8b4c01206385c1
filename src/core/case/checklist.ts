/**
 * Checklists: what a careful checker confirms for each kind of item. Quotes need the speaker, a
 * recording or transcript and matching wording; claims need what their type calls for.
 */
import type { ClaimType } from '../../shared/article'
import type { CaseFile, ChecklistEntry, Item } from '../../shared/case'
import { findItem, historyEntry, updateItem, withHistory, type OpContext } from './op-context'

export interface ChecklistStep {
  key: string
  label: string
  /** What to write in the detail field. */
  hint: string
}

const QUOTE_STEPS: ChecklistStep[] = [
  { key: 'speaker-confirmed', label: 'Speaker confirmed', hint: 'Who confirmed, when, and by which channel' },
  { key: 'recording', label: 'Recording or transcript', hint: 'Where the recording or transcript is' },
  { key: 'wording-matches', label: 'Wording matches', hint: 'Differences from the recording, if any' }
]

const CLAIM_STEPS: Partial<Record<ClaimType, ChecklistStep[]>> = {
  quantity: [
    { key: 'unit', label: 'Unit checked', hint: 'Unit and scale (thousands, %, per capita…)' },
    { key: 'base-year', label: 'Base year checked', hint: 'Year or period the figure refers to' },
    { key: 'source-table', label: 'Source table found', hint: 'Table or series the figure comes from' }
  ],
  'correlation/causation': [
    { key: 'evidence-shows', label: 'What the evidence shows', hint: 'Correlation only, or cause established?' }
  ],
  prediction: [
    { key: 'whose-prediction', label: 'Whose prediction it is', hint: 'Who predicts it, and is that attributed?' }
  ]
}

/** Claims of any other type: find where it comes from and check its context. */
const GENERIC_STEPS: ChecklistStep[] = [
  { key: 'primary-source', label: 'Primary source found', hint: 'The original document, data or person' },
  { key: 'context', label: 'Context checked', hint: 'Anything that changes how it reads' }
]

export function checklistSteps(item: Pick<Item, 'kind' | 'claimType'>): ChecklistStep[] {
  if (item.kind === 'quote') return QUOTE_STEPS
  return (item.claimType && CLAIM_STEPS[item.claimType]) || GENERIC_STEPS
}

export function checklistEntry(item: Item, key: string): ChecklistEntry {
  return item.checklist[key] ?? { done: false, detail: '' }
}

export function setChecklistEntry(
  c: CaseFile,
  itemId: string,
  key: string,
  entry: ChecklistEntry,
  ctx: OpContext
): CaseFile {
  const item = findItem(c, itemId)
  if (!item) return c
  const before = checklistEntry(item, key)
  if (before.done === entry.done && before.detail === entry.detail) return c
  return updateItem(c, itemId, ctx, (it) => {
    const next = { ...it, checklist: { ...it.checklist, [key]: { done: entry.done, detail: entry.detail } } }
    // Only ticking and unticking is history; typing the detail is not an event worth a line.
    return before.done === entry.done
      ? next
      : withHistory(next, historyEntry(c, ctx, entry.done ? 'checked' : 'unchecked', { detail: key }))
  })
}

/** Steps done out of steps expected, for the detail panel's heading. */
export function checklistProgress(item: Item): { done: number; total: number } {
  const steps = checklistSteps(item)
  return { done: steps.filter((s) => checklistEntry(item, s.key).done).length, total: steps.length }
}
