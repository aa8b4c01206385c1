/**
 * The HTML report: one self-contained file. No scripts, nothing loaded from anywhere: the CSP
 * forbids everything except inline styles and data: images, so even a renderer bug that let a
 * hostile draft's markup through could not run or fetch anything.
 */
import type { CaseFile } from '../../../shared/case'
import type { PaperSize } from '../../../shared/contract'
import { mastheadLine } from '../../case/case-settings'
import { escapeHtml } from '../escape'
import { buildReportModel } from '../build-report'
import { type ReportModel, type ReportOptions } from '../summary'
import { renderAppendix } from './appendix'
import { renderChanges } from './changes'
import { renderHeader } from './header'
import { renderCheckedItems, renderClosingList } from './items'
import { renderSummary } from './summary'
import { reportStyles } from './styles'

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

export function renderHtmlFromModel(model: ReportModel, paperSize: PaperSize = 'A4'): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Factdesk">
<title>${escapeHtml(mastheadLine(model.header))}: ${escapeHtml(model.title)}</title>
<style>${reportStyles(paperSize)}</style>
</head>
<body>
<main>
${renderHeader(model)}
${renderSummary(model)}
${renderCheckedItems(model)}
${renderChanges(model)}
${renderClosingList(model)}
${renderAppendix(model)}
<footer class="end">Made with Factdesk on this computer from case <code>${escapeHtml(model.case.id)}</code>, ${escapeHtml(model.generatedAt)}. Nothing in this report was fetched from the network.</footer>
</main>
</body>
</html>
`
}

export function renderHtml(caseFile: CaseFile, options: ReportOptions): string {
  return renderHtmlFromModel(buildReportModel(caseFile, options), options.paperSize ?? 'A4')
}
