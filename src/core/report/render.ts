/**
 * One entry point for every text format. PDF is the HTML printed by a browser engine, which
 * lives outside core (src/main/services/export.ts).
 */
import { REPORT_FORMATS, type ReportFormat } from '../../shared/contract'
import type { CaseFile } from '../../shared/case'
import { renderClaimReviewFromModel } from './claimreview'
import { renderCsvFromModel } from './csv'
import { renderHtmlFromModel } from './html/document'
import { renderJsonFromModel } from './json'
import { renderMarkdownFromModel } from './markdown/document'
import { buildReportModel } from './build-report'
import { type ReportOptions } from './summary'

export type TextReportFormat = Exclude<ReportFormat, 'pdf'>

export { REPORT_FORMATS }

/** File name extension per format (the ClaimReview file is JSON-LD). */
export const REPORT_EXTENSIONS: Record<ReportFormat, string> = {
  html: 'html',
  pdf: 'pdf',
  md: 'md',
  csv: 'csv',
  json: 'json',
  claimreview: 'claimreview.jsonld'
}

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value)
}

export interface RenderOptions extends ReportOptions {
  /** Newsroom name for ClaimReview authorship. */
  organisation?: string
}

export function renderTextReport(caseFile: CaseFile, format: TextReportFormat, options: RenderOptions): string {
  const model = buildReportModel(caseFile, options)
  switch (format) {
    case 'html':
      return renderHtmlFromModel(model, options.paperSize ?? 'A4')
    case 'md':
      return renderMarkdownFromModel(model)
    case 'csv':
      return renderCsvFromModel(model)
    case 'json':
      return renderJsonFromModel(model)
    case 'claimreview':
      return renderClaimReviewFromModel(model, options.organisation)
  }
}
