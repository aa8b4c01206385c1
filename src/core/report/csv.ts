/**
 * The report as a spreadsheet: one row per item (in the draft, dismissed, removed). Sources are
 * named as in every shared report: a person off the record is "Person source (on file)".
 *
 * Made to open cleanly in Excel and LibreOffice:
 * - UTF-8 with a byte-order mark (Excel otherwise guesses a legacy code page and mangles é, ’, —);
 * - CRLF between rows and RFC 4180 quoting (every field quoted, inner quotes doubled);
 *   line breaks inside a cell are plain LF, which both programs show as a line break in the cell;
 * - formula-injection guard: a cell whose text starts with = + - @ tab, CR or LF (a lone CR is
 *   stored as LF) is prefixed with an apostrophe ('), so "=HYPERLINK(…)" or "-2+3" in an article
 *   or note is shown, never evaluated.
 *   The apostrophe is visible in the cell; readers of the CSV should strip one leading ' from such cells.
 */
import type { CaseFile } from '../../shared/case'
import { revealControls } from './escape'
import { buildReportModel } from './build-report'
import { type ReportItem, type ReportModel, type ReportOptions } from './summary'

export const CSV_COLUMNS = [
  'number',
  'id',
  'kind',
  'claim type',
  'state',
  'status',
  'text',
  'speaker',
  'score',
  'sources',
  'passages',
  'verdict note',
  'correction',
  'notes',
  'open queries',
  'checker',
  'last changed'
] as const

const BOM = '\ufeff'
const ROW_END = '\r\n'
/**
 * Characters a spreadsheet may take as the start of a formula (CR arrives here as LF, so LF too).
 * Apostrophes already in front count too, so the guard stays reversible: a cell that really reads
 * `'=x` becomes `''=x`, and removing one leading apostrophe always gives the original back.
 */
const FORMULA_START = /^'*[=+\-@\t\r\n]/

/** Guard, then quote one cell (RFC 4180: always quoted, quotes doubled). */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : revealControls(String(value).replace(/\r\n?/g, '\n'))
  if (FORMULA_START.test(text)) text = `'${text}`
  return `"${text.replace(/"/g, '""')}"`
}

function row(entry: ReportItem): string[] {
  const { item } = entry
  return [
    entry.label,
    item.id,
    item.kind,
    item.claimType ?? '',
    item.state,
    entry.status.label,
    entry.text,
    entry.who ? entry.who.name : '',
    // Two decimals are all a reader can use; the JSON report keeps the exact score.
    item.score === null ? '' : String(Number(item.score.toFixed(2))),
    entry.sources.map((source) => (source.url ? `${source.title} (${source.url})` : source.title)).join('; '),
    entry.sources
      .filter((source) => source.passage)
      .map((source) => `${source.title}: ${source.passage}`)
      .join('\n'),
    item.verdictNote,
    item.correction ? item.correction.replacement : '',
    item.notes.map((note) => `${note.by}: ${note.text}`).join('\n'),
    item.queries
      .filter((query) => query.resolvedAt === null)
      .map((query) => query.text)
      .join('\n'),
    entry.checker ?? '',
    entry.lastChanged ?? ''
  ]
}

export function renderCsvFromModel(model: ReportModel): string {
  const entries = [...model.inDraft, ...model.dismissed, ...model.removed]
  const lines = [CSV_COLUMNS.map(csvCell).join(','), ...entries.map((entry) => row(entry).map(csvCell).join(','))]
  return BOM + lines.join(ROW_END) + ROW_END
}

export function renderCsv(caseFile: CaseFile, options: ReportOptions): string {
  return renderCsvFromModel(buildReportModel(caseFile, options))
}
