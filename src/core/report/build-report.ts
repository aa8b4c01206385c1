/**
 * The report model built from a case, once for every format: the items numbered and grouped (in the draft,
 * checked, unchecked, dismissed, removed, by speaker), status counts, the verdict and its reasons, queries,
 * checkers, changes since the previous draft and which items use each source (summary.ts says what each is).
 */
import { NEEDS_RECHECK_STATUS, type CaseFile } from '../../shared/case'
import { caseReportHeader } from '../case/case-settings'
import { ENGINE_NAME } from '../case/op-context'
import { withoutUnsent } from '../case/unsent'
import { speakerGroups } from './speaker-groups'
import { textChangeSentence } from '../revisions/draft-diff'
import { changedLabel, reassignedTurns, retimedTurns, withSpeakerChanges } from '../revisions/turn-speakers'
import {
  BLOCKING_RESOLVED_STATUS,
  CORRECTION_STATUSES,
  type ChangeRow,
  type QueryRow,
  type ReportItem,
  type ReportModel,
  type ReportOptions,
  type Verdict
} from './summary'
import { currentDraft, isInDraft, itemLabels, number, statusOf } from './report-items'

function verdictFor(inDraft: ReportItem[], openQueries: number): Verdict {
  const blockers: string[] = []
  const warnings: string[] = []
  // With no claim or quote in the draft every rule below held, and the report said "Ready to publish" of a draft
  // nobody had checked.
  if (inDraft.length === 0) blockers.push('Nothing has been checked: the current draft has no claims or quotes.')
  const unresolved = inDraft.filter((entry) => !entry.status.resolved)
  if (unresolved.length > 0) {
    const byStatus = new Map<string, number>()
    for (const entry of unresolved) byStatus.set(entry.status.label, (byStatus.get(entry.status.label) ?? 0) + 1)
    const parts = [...byStatus].map(([label, count]) => `${count} ${label}`)
    blockers.push(
      `${unresolved.length} item${unresolved.length === 1 ? ' is' : 's are'} not resolved (${parts.join(', ')}).`
    )
  }
  const incorrect = inDraft.filter((entry) => entry.status.id === BLOCKING_RESOLVED_STATUS)
  if (incorrect.length > 0) {
    blockers.push(
      `${incorrect.length} item${incorrect.length === 1 ? ' is' : 's are'} rated Incorrect and still in the draft: ${incorrect.map((e) => `[${e.label}]`).join(' ')}.`
    )
  }
  if (openQueries > 0) blockers.push(`${openQueries} quer${openQueries === 1 ? 'y' : 'ies'} to the writer still open.`)
  const misleading = inDraft.filter((entry) => entry.status.id === 'misleading')
  if (misleading.length > 0) {
    warnings.push(
      `${misleading.length} item${misleading.length === 1 ? ' is' : 's are'} rated Misleading: ${misleading.map((e) => `[${e.label}]`).join(' ')}.`
    )
  }
  const unsourced = inDraft.filter((entry) => entry.status.id === 'verified' && entry.sources.length === 0)
  if (unsourced.length > 0) {
    warnings.push(
      `${unsourced.length} verified item${unsourced.length === 1 ? ' has' : 's have'} no source linked: ${unsourced.map((e) => `[${e.label}]`).join(' ')}.`
    )
  }
  return { ready: blockers.length === 0, blockers, warnings }
}

export function buildReportModel(checked: CaseFile, options: ReportOptions): ReportModel {
  // Text typed and never sent is the checker's scratch pad, not part of the check: no report holds it.
  const caseFile = withoutUnsent(checked)
  const { draft, number: draftNumber } = currentDraft(caseFile)
  const live = caseFile.items.filter(isInDraft)
  const labels = itemLabels(caseFile)
  const inDraft = number(caseFile, live, labels)
  const dismissed = number(
    caseFile,
    caseFile.items.filter((item) => item.state === 'dismissed'),
    labels
  )
  const removed = number(
    caseFile,
    caseFile.items.filter((item) => item.state === 'removed'),
    labels
  )
  const all = [...inDraft, ...dismissed, ...removed]

  const counts = caseFile.statuses.map((def) => ({ status: statusOf(caseFile, def.id), count: 0 }))
  for (const entry of inDraft) {
    let row = counts.find((count) => count.status.id === entry.status.id)
    if (!row) counts.push((row = { status: entry.status, count: 0 }))
    row.count += 1
  }

  const queries: QueryRow[] = all.flatMap((owner) => owner.item.queries.map((query) => ({ query, owner })))
  queries.sort(
    (a, b) =>
      Number(a.query.resolvedAt !== null) - Number(b.query.resolvedAt !== null) || a.query.at.localeCompare(b.query.at)
  )
  const openQueries = inDraft.reduce(
    (sum, entry) => sum + entry.item.queries.filter((query) => query.resolvedAt === null).length,
    0
  )

  const checkers = [...new Set(caseFile.items.flatMap((item) => item.history.map((entry) => entry.by)))]
    .filter((name) => name && name !== ENGINE_NAME)
    .sort((a, b) => a.localeCompare(b))
  const statusGiven = new Map<string, number>()
  for (const entry of inDraft)
    if (entry.checker) statusGiven.set(entry.checker, (statusGiven.get(entry.checker) ?? 0) + 1)
  const checkerRows = checkers
    .map((name) => ({ name, statuses: statusGiven.get(name) ?? 0 }))
    .sort((a, b) => b.statuses - a.statuses || a.name.localeCompare(b.name))

  const changes: ChangeRow[] = []
  if (caseFile.drafts.length > 1) {
    for (const owner of all) {
      const revised = owner.item.history.find(
        (entry) =>
          entry.action === 'revised' &&
          entry.draftId === draft.id &&
          (entry.detail === 'changed' || entry.detail === 'removed')
      )
      if (!revised) continue
      const detail = revised.detail as 'changed' | 'removed'
      const before = owner.item.previousText ?? owner.item.anchor.exact
      const after = detail === 'removed' ? '' : owner.item.anchor.exact
      const what =
        detail === 'removed' ? 'Removed from the draft' : changedLabel(owner.item, draft.id, before !== after)
      changes.push({ owner, detail, what, before, after })
    }
  }

  const previousDraft = draftNumber > 1 ? caseFile.drafts[draftNumber - 2] : undefined
  const sourceUse = new Map<string, string[]>()
  for (const owner of all) {
    for (const source of owner.sources) sourceUse.set(source.id, [...(sourceUse.get(source.id) ?? []), owner.label])
  }

  return {
    case: caseFile,
    header: caseReportHeader(caseFile),
    draft,
    draftNumber,
    title: draft.article.title || draft.fileName || 'Untitled article',
    author: draft.article.metadata.author ?? null,
    articleDate: caseFile.articleDate,
    checkers,
    checkerRows,
    generatedAt: options.now.toISOString(),
    appendix: options.appendix === true,
    inDraft,
    checked: inDraft.filter((entry) => entry.checked),
    bySpeaker: speakerGroups(
      draft.article,
      inDraft.filter((entry) => entry.checked)
    ),
    unchecked: inDraft.filter((entry) => !entry.checked),
    dismissed,
    removed,
    counts,
    verdict: verdictFor(inDraft, openQueries),
    openQueries,
    openQueryRows: queries.filter((row) => row.query.resolvedAt === null && isInDraft(row.owner.item)),
    queries,
    toCorrect: inDraft.filter((entry) => CORRECTION_STATUSES.has(entry.status.id)),
    recheck: inDraft.filter((entry) => entry.status.id === NEEDS_RECHECK_STATUS),
    unsourced: inDraft.filter((entry) => entry.status.id === 'verified' && entry.sources.length === 0),
    changes,
    textChanges: previousDraft
      ? withSpeakerChanges(
          textChangeSentence(previousDraft.article.text, draft.article.text),
          reassignedTurns(previousDraft.article, draft.article),
          retimedTurns(previousDraft.article, draft.article)
        )
      : null,
    sourceUse
  }
}
