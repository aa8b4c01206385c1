/**
 * Everything the workspace derives from the case, memoised on the parts it depends on: sorted
 * items and their search text (per case change), the filtered list (per keystroke), highlight
 * segments (per item change, not per selection), progress and status colours.
 */
import { useMemo, useState } from 'react'
import type { Block, ScoredSentence } from '../../../shared/article'
import type { CaseFile, StatusDef } from '../../../shared/case'
import { currentDraft, sortItems } from '../../../core/case/case-reading'
import { rowLeadIns } from '../../../core/case/lead-in'
import { caseProgress } from '../../../core/case/progress'
import { itemsAsDrawn } from '../lib/article-marks'
import { marksMaker } from '../lib/article-marks-update'
import { filterItems, keptForUnsent, searchText, speakers, type ItemFilter } from '../lib/filters'
import { showerOf } from '../../../core/report/shown-names'

const NO_BLOCKS: Block[] = []

export function useWorkspaceData(c: CaseFile, sentences: ScoredSentence[], filter: ItemFilter, showCoverage: boolean) {
  // Each value is memoised on the parts of the case it reads, so a status change does not redo the draft's work.
  const { drafts, currentDraftId, items, statuses, sources } = c
  const draft = useMemo(() => currentDraft({ drafts, currentDraftId }), [drafts, currentDraftId])
  const text = draft?.article.text ?? ''
  const sorted = useMemo(() => sortItems(items), [items])
  const statusMap = useMemo(() => new Map<string, StatusDef>(statuses.map((s) => [s.id, s])), [statuses])
  // Each item's search text is kept while the sources and statuses it reads stay the same: ops never mutate, so a
  // status change makes one new item (or one per twin), not 28,000 texts to build again at the size limit.
  const searchCache = useMemo(() => {
    const context = {
      sources: new Map(sources.map((s) => [s.id, s])),
      statusLabel: (id: string) => statusMap.get(id)?.label ?? id
    }
    return { context, texts: new WeakMap<object, string>() }
  }, [sources, statusMap])
  const searchIndex = useMemo(() => {
    const { context, texts } = searchCache
    return new Map(
      items.map((item) => {
        let text = texts.get(item)
        if (text === undefined) texts.set(item, (text = searchText(item, context)))
        return [item.id, text]
      })
    )
  }, [items, searchCache])
  const resolved = useMemo(() => new Set(statuses.filter((s) => s.resolved).map((s) => s.id)), [statuses])
  const visible = useMemo(
    () => filterItems(sorted, searchIndex, filter, resolved),
    [sorted, searchIndex, filter, resolved]
  )
  // An empty list says how many items "All" would show (lib/filters.ts noMatchWords): counted only when it is empty.
  const elsewhere = useMemo(
    () =>
      visible.length > 0 || filter.show === 'all'
        ? 0
        : filterItems(sorted, searchIndex, { ...filter, show: 'all' }, resolved).length,
    [visible, sorted, searchIndex, filter, resolved]
  )
  const outsideFilter = useMemo(
    () => keptForUnsent(visible, searchIndex, filter, resolved),
    [visible, searchIndex, filter, resolved]
  )
  const statusColors = useMemo(() => Object.fromEntries(statuses.map((s) => [s.id, s.color])), [statuses])
  const progress = useMemo(() => caseProgress({ items, statuses }), [items, statuses])
  const speakerNames = useMemo(() => speakers(items), [items])
  // Rows and the detail pane show each body under the name the filter lists and the report prints ("The Harbour
  // Board" where items wrote "the Harbour Board" too). Keyed on the names, not the items: a status change keeps the
  // function, so the list's rows stay as drawn.
  const namesKey = speakerNames.join('\n')
  const shownName = useMemo(() => showerOf(namesKey.split('\n')), [namesKey])
  // The items as last drawn, kept while a change leaves the article as it was (a note typed, a source linked): at
  // the size limit, sweeping every item's marks and comparing every block takes most of a second. (Deferring the
  // marks behind the item list with useDeferredValue answered a status key sooner, but then a new item is selected
  // before it is drawn, and the scroll made to wait for it broke the workspace e2e test's keyboard import.)
  // A cut claim's row opens on the last words before it in its sentence ("…approve the increase, which staff said …").
  const rowLeadIn = useMemo(() => rowLeadIns(draft), [draft])
  const [drawn, setDrawn] = useState(items)
  const drawnItems = itemsAsDrawn(drawn, items)
  if (drawnItems !== drawn) setDrawn(drawnItems)
  // A status key remakes only the blocks of the items it changed (lib/article-marks-update.ts).
  const [makeMarks] = useState(marksMaker)
  const blocks = draft?.article.blocks ?? NO_BLOCKS
  const marks = useMemo(
    () => makeMarks({ items: drawnItems, text, blocks, sentences, showCoverage }),
    [makeMarks, drawnItems, text, blocks, sentences, showCoverage]
  )
  return {
    draft,
    text,
    sorted,
    visible,
    elsewhere,
    outsideFilter,
    statusMap,
    statusColors,
    progress,
    speakerNames,
    shownName,
    rowLeadIn,
    marks
  }
}
