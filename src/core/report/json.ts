/**
 * The report as data: the whole case file, untouched, plus the computed summary every other
 * format shows (numbering, counts, verdict, queries, changes). Schema in docs/FORMAT.md,
 * section "Report JSON". The case is included in full, person sources' names and contact details
 * too (whether or not they are on the record), and the file says so in `notice`: this export is
 * for archives and tools, not for circulation.
 */
import type { CaseFile, ReportHeader } from '../../shared/case'
import { buildReportModel } from './build-report'
import { VERDICT_RULE, type ReportModel, type ReportOptions } from './summary'

export const REPORT_JSON_FORMAT = 'factdesk-report'
export const REPORT_JSON_VERSION = 1

/** Said in the file itself, so whoever opens it knows what it holds before passing it on. */
export const REPORT_JSON_NOTICE =
  'Everything in the case, unredacted: the names, roles and contact details of person sources, including those ' +
  'not on the record, which the HTML, PDF, Markdown and CSV reports leave out. Keep it like the case file itself.'

export interface ReportJson {
  format: typeof REPORT_JSON_FORMAT
  version: number
  /** REPORT_JSON_NOTICE: this file is the full record, not a report to circulate. */
  notice: string
  generatedAt: string
  summary: {
    /** The report header the case's settings give (also in `case.reportHeader` when the case sets one). */
    header: ReportHeader
    title: string
    author: string | null
    articleDate: string | null
    checkers: string[]
    draft: { id: string; number: number; of: number; fileName: string; hash: string; importedAt: string }
    verdict: { ready: boolean; rule: string; blockers: string[]; warnings: string[] }
    counts: Array<{ status: string; label: string; color: string; resolved: boolean; count: number }>
    openQueries: number
    items: Array<{
      label: string
      id: string
      group: 'draft' | 'dismissed' | 'removed'
      status: string
      checked: boolean
      checker: string | null
      lastChanged: string | null
    }>
    changes: Array<{ label: string; id: string; detail: 'changed' | 'removed'; before: string; after: string }>
  }
  case: CaseFile
}

export function reportJsonFromModel(model: ReportModel): ReportJson {
  const group = (entries: ReportModel['inDraft'], name: 'draft' | 'dismissed' | 'removed') =>
    entries.map((entry) => ({
      label: entry.label,
      id: entry.item.id,
      group: name,
      status: entry.status.id,
      checked: entry.checked,
      checker: entry.checker,
      lastChanged: entry.lastChanged
    }))
  return {
    format: REPORT_JSON_FORMAT,
    version: REPORT_JSON_VERSION,
    notice: REPORT_JSON_NOTICE,
    generatedAt: model.generatedAt,
    summary: {
      header: model.header,
      title: model.title,
      author: model.author,
      articleDate: model.articleDate,
      checkers: model.checkers,
      draft: {
        id: model.draft.id,
        number: model.draftNumber,
        of: model.case.drafts.length,
        fileName: model.draft.fileName,
        hash: model.draft.hash,
        importedAt: model.draft.importedAt
      },
      verdict: {
        ready: model.verdict.ready,
        rule: VERDICT_RULE,
        blockers: model.verdict.blockers,
        warnings: model.verdict.warnings
      },
      counts: model.counts.map((row) => ({
        status: row.status.id,
        label: row.status.label,
        color: row.status.color,
        resolved: row.status.resolved,
        count: row.count
      })),
      openQueries: model.openQueries,
      items: [
        ...group(model.inDraft, 'draft'),
        ...group(model.dismissed, 'dismissed'),
        ...group(model.removed, 'removed')
      ],
      changes: model.changes.map((change) => ({
        label: change.owner.label,
        id: change.owner.item.id,
        detail: change.detail,
        before: change.before,
        after: change.after
      }))
    },
    case: model.case
  }
}

export function renderJsonFromModel(model: ReportModel): string {
  return `${JSON.stringify(reportJsonFromModel(model), null, 2)}\n`
}

export function renderJson(caseFile: CaseFile, options: ReportOptions): string {
  return renderJsonFromModel(buildReportModel(caseFile, options))
}
