/**
 * Everything the workspace derives from the case, memoised on the parts it depends on: sorted
 * items and their search text (per case change), the filtered list (per keystroke), highlight
 * segments (per item change, not per selection), progress and status colours.
 */
import { useMemo } from 'react'
import type { ScoredSentence } from '../../../shared/article'
import type { CaseFile, StatusDef } from '../../../shared/case'
import { currentDraft, sortItems } from '../../../core/case/case-reading'
import { caseProgress } from '../../../core/case/progress'
import { articleMarks } from '../lib/article-marks'
import { filterItems, searchText, speakers, type ItemFilter } from '../lib/filters'

export function useWorkspaceData(c: CaseFile, sentences: ScoredSentence[], filter: ItemFilter, showCoverage: boolean) {
  const draft = useMemo(() => currentDraft(c), [c.drafts, c.currentDraftId])
  const text = draft?.article.text ?? ''
  const sorted = useMemo(() => sortItems(c.items), [c.items])
  const searchIndex = useMemo(() => new Map(c.items.map((item) => [item.id, searchText(item)])), [c.items])
  const visible = useMemo(() => filterItems(sorted, searchIndex, filter), [sorted, searchIndex, filter])
  const statusMap = useMemo(() => new Map<string, StatusDef>(c.statuses.map((s) => [s.id, s])), [c.statuses])
  const statusColors = useMemo(() => Object.fromEntries(c.statuses.map((s) => [s.id, s.color])), [c.statuses])
  const progress = useMemo(() => caseProgress(c), [c.items, c.statuses])
  const speakerNames = useMemo(() => speakers(c), [c.items])
  const marks = useMemo(
    () => articleMarks(c.items, c.threshold, text, draft?.article.blocks ?? [], sentences, showCoverage),
    [c.items, c.threshold, text, draft, sentences, showCoverage]
  )
  return { draft, text, sorted, visible, statusMap, statusColors, progress, speakerNames, marks }
}
