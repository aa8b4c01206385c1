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
  // Each value is memoised on the parts of the case it reads, so a status change does not redo the draft's work.
  const { drafts, currentDraftId, items, statuses, sources } = c
  const draft = useMemo(() => currentDraft({ drafts, currentDraftId }), [drafts, currentDraftId])
  const text = draft?.article.text ?? ''
  const sorted = useMemo(() => sortItems(items), [items])
  const statusMap = useMemo(() => new Map<string, StatusDef>(statuses.map((s) => [s.id, s])), [statuses])
  const searchIndex = useMemo(() => {
    const context = {
      sources: new Map(sources.map((s) => [s.id, s])),
      statusLabel: (id: string) => statusMap.get(id)?.label ?? id
    }
    return new Map(items.map((item) => [item.id, searchText(item, context)]))
  }, [items, sources, statusMap])
  const resolved = useMemo(() => new Set(statuses.filter((s) => s.resolved).map((s) => s.id)), [statuses])
  const visible = useMemo(
    () => filterItems(sorted, searchIndex, filter, resolved),
    [sorted, searchIndex, filter, resolved]
  )
  const statusColors = useMemo(() => Object.fromEntries(statuses.map((s) => [s.id, s.color])), [statuses])
  const progress = useMemo(() => caseProgress({ items, statuses }), [items, statuses])
  const speakerNames = useMemo(() => speakers(items), [items])
  const marks = useMemo(
    () => articleMarks(items, text, draft?.article.blocks ?? [], sentences, showCoverage),
    [items, text, draft, sentences, showCoverage]
  )
  return { draft, text, sorted, visible, statusMap, statusColors, progress, speakerNames, marks }
}
