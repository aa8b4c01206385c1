/**
 * Checklists: what a careful checker confirms for each kind of item, as the case's settings list it
 * (case-settings.ts), and the ticks and details an item records against each step.
 */
import type { CaseChecklists, CaseFile, ChecklistEntry, ChecklistStep, Item } from '../../shared/case'
import { CHECKLIST_KINDS, DEFAULT_CHECKLISTS } from './case-settings'
import { findItem, historyEntry, updateItem, withHistory, type OpContext } from './op-context'

export type { ChecklistStep }

/** The steps an item is checked against, from the case's checklists (the built-in ones when it has none). */
export function checklistSteps(
  item: Pick<Item, 'kind' | 'claimType'>,
  lists: CaseChecklists = DEFAULT_CHECKLISTS
): ChecklistStep[] {
  if (item.kind === 'quote') return lists.quote
  return (item.claimType && lists[item.claimType]) || lists.claim
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
export function checklistProgress(item: Item, lists?: CaseChecklists): { done: number; total: number } {
  const steps = checklistSteps(item, lists)
  return { done: steps.filter((s) => checklistEntry(item, s.key).done).length, total: steps.length }
}

/** Something was recorded on this step: a tick or a detail. */
function answered(entry: ChecklistEntry): boolean {
  return entry.done || entry.detail.trim() !== ''
}

/**
 * What a step key is called: its label on any of the case's lists, else on the built-in ones (a step removed
 * since), else the key in words ("unit-checked" → "unit checked").
 */
export function stepLabel(key: string, lists: CaseChecklists = DEFAULT_CHECKLISTS): string {
  for (const source of [lists, DEFAULT_CHECKLISTS])
    for (const kind of CHECKLIST_KINDS) {
      const step = source[kind]?.find((s) => s.key === key)
      if (step) return step.label
    }
  const words = key.replace(/[-_]+/g, ' ').trim()
  return words ? words[0].toUpperCase() + words.slice(1) : key
}

/**
 * Answers recorded on steps that are not (or no longer) on this item's checklist: a step removed in Settings, or
 * a list that changed with the claim type. Never deleted; shown apart so the work is not lost from sight.
 */
export function offListAnswers(
  item: Item,
  lists?: CaseChecklists
): Array<{ key: string; label: string; entry: ChecklistEntry }> {
  const onList = new Set(checklistSteps(item, lists).map((s) => s.key))
  return Object.entries(item.checklist)
    .filter(([key, entry]) => !onList.has(key) && answered(entry))
    .map(([key, entry]) => ({ key, label: stepLabel(key, lists), entry }))
}

/** The item's checklist in the order reports print it: its list's steps answered, then answers off the list. */
export function answeredSteps(
  item: Item,
  lists?: CaseChecklists
): Array<{ key: string; label: string; entry: ChecklistEntry; onList: boolean }> {
  const steps = checklistSteps(item, lists)
    .map((step) => ({ key: step.key, label: step.label, entry: checklistEntry(item, step.key), onList: true }))
    .filter((row) => Object.hasOwn(item.checklist, row.key))
  return [...steps, ...offListAnswers(item, lists).map((row) => ({ ...row, onList: false }))]
}
