/**
 * A new draft comes in: keep every version, carry every item into it (unchanged, changed or
 * removed — never deleted), and suggest what is new and check-worthy. Pure: the caller reads the
 * file, hashes it, extracts it and saves the result.
 */
import type { Article, Extraction } from '../../shared/article'
import type { CaseFile, Item } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import { createDraft } from '../case/create-case'
import { itemsFromExtraction } from '../case/engine-items'
import { nextNumber } from '../case/ids'
import { buildPositionMap } from './build-map'
import { carryItem, type CarryContext } from './carry-item'
import { reanchorAll } from './reanchor'
import type { ItemRevision, RevisionReport } from './revision-report'
import { sharedTextShare } from './shared-text'
import { reattribute, sameTurns, speakerChange, speakerChangeLabel } from './turn-speakers'

export interface NewDraft {
  article: Article
  /** SHA-256 of article.text (computed by the caller: core has no crypto). */
  hash: string
  fileName: string
  /** extract(article, { articleDate: case.articleDate }) */
  extraction: Extraction
  checker: string
  /** ISO timestamp. */
  now: string
}

export function reviseCase(caseFile: CaseFile, draft: NewDraft): Result<{ case: CaseFile; report: RevisionReport }> {
  const current = caseFile.drafts.find((d) => d.id === caseFile.currentDraftId)
  if (!current)
    return fail('case-invalid', `The case has no draft "${caseFile.currentDraftId}" to compare the new one with.`)
  // Same text: the same draft, unless a transcript now gives some turn to another speaker or another caption time
  // (labels and times are not text).
  if (current.hash === draft.hash && sameTurns(current.article, draft.article)) {
    return fail(
      'already-current',
      `${draft.fileName} is already the current draft (${current.id}) of this case; nothing changed.`
    )
  }
  const draftId = `d${nextNumber(
    'd',
    caseFile.drafts.map((d) => d.id)
  )}`
  const oldText = current.article.text
  const newText = draft.article.text
  const map = buildPositionMap(oldText, newText)

  const live = caseFile.items.filter((item) => item.state !== 'removed')
  const results = reanchorAll(
    oldText,
    newText,
    live.map((item) => ({ id: item.id, ...item.anchor })),
    map,
    draft.extraction.sentences
  )
  const ctx: CarryContext = {
    newText,
    map,
    extraction: draft.extraction,
    draftId,
    checker: draft.checker,
    now: draft.now
  }
  const carried = new Map<string, Item>()
  const revisions: ItemRevision[] = []
  // What the preview of an import says about speakers, as the changes view and the report will ("A → B").
  const speakerChanges: string[] = []
  live.forEach((item, index) => {
    const result = results[index]
    const moved = carryItem(item, result, ctx)
    const reattributed = speakerChange(item, moved, current.article, draft.article)
    const next = reattributed ? reattribute(item, moved, reattributed, ctx) : moved
    carried.set(item.id, next)
    if (reattributed) speakerChanges.push(speakerChangeLabel(reattributed))
    revisions.push({
      id: item.id,
      outcome: reattributed ? 'changed' : result.outcome,
      score: result.score,
      before: { start: item.anchor.start, end: item.anchor.end, text: item.anchor.exact },
      after:
        result.outcome === 'removed'
          ? null
          : { start: next.anchor.start, end: next.anchor.end, text: next.anchor.exact }
    })
  })

  // New check-worthy sentences: whatever the extractor finds that no carried item covers.
  const taken = [...carried.values()].filter((item) => item.state !== 'removed').map((item) => item.anchor)
  const isNew = (unit: { start: number; end: number }): boolean =>
    !taken.some((a) => a.start < unit.end && unit.start < a.end)
  const fresh: Extraction = {
    ...draft.extraction,
    claims: draft.extraction.claims.filter(isNew),
    quotes: draft.extraction.quotes.filter(isNew)
  }
  const addedItems = itemsFromExtraction(
    fresh,
    draftId,
    draft.now,
    nextNumber(
      'i',
      caseFile.items.map((i) => i.id)
    )
  )

  const next: CaseFile = {
    ...caseFile,
    updatedAt: draft.now,
    drafts: [
      ...caseFile.drafts,
      createDraft(draft.article, draft.hash, draft.fileName, draft.now, Number(draftId.slice(1)))
    ],
    currentDraftId: draftId,
    items: [...caseFile.items.map((item) => carried.get(item.id) ?? item), ...addedItems]
  }
  const count = (outcome: string): number => revisions.filter((r) => r.outcome === outcome).length
  const report: RevisionReport = {
    draftId,
    previousDraftId: current.id,
    fileName: draft.fileName,
    items: revisions,
    added: fresh.claims,
    addedQuotes: fresh.quotes,
    addedItemIds: addedItems.map((item) => item.id),
    summary: {
      unchanged: count('unchanged'),
      changed: count('changed') - speakerChanges.length,
      speakerChanged: speakerChanges.length,
      speakerChanges: [...new Set(speakerChanges)],
      removed: count('removed'),
      added: addedItems.length,
      sharedText: sharedTextShare(oldText, newText)
    }
  }
  return ok({ case: next, report })
}
