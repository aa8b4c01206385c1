/**
 * Writing the verification report in any format. Text formats come from the pure renderers in
 * src/core/report; PDF is the same HTML printed by a browser engine through the injectable
 * PdfPrinter (Electron passes one built on webContents.printToPDF; the CLI and browser mode use
 * headless Chromium via playwright-core). Files are written atomically: a failed export never
 * leaves half a report where a good one was.
 */
import { existsSync } from 'node:fs'
import { realpath } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { PaperSize, ReportFormat } from '../../shared/contract'
import type { CaseFile } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import { REPORT_EXTENSIONS, renderTextReport } from '../../core/report/render'
import { buildReportModel } from '../../core/report/build-report'
import { renderHtmlFromModel } from '../../core/report/html/document'
import { PRINT_MARGINS_MM, printFooterTemplate } from '../../core/report/html/print-page'
import { writeFailure, writeFileAtomic } from './atomic-file'
import { CASE_SUFFIX, isCasePath } from './case-read'

/** Prints self-contained report HTML to PDF bytes. `footer.title` goes in the page footer. */
export type PdfPrinter = (html: string, paperSize: PaperSize, footer?: { title: string }) => Promise<Uint8Array>

export interface ExportInput {
  case: CaseFile
  casePath: string | null
  format: ReportFormat
  out: string | null
  paperSize: PaperSize
  /** Add the appendix (history, evidence hashes, the checked copy); the editor's report leaves it out. */
  appendix?: boolean
  now: Date
}

/** Thrown by the Chromium printer when no browser binary exists; becomes fail('no-chromium'). */
export class NoChromiumError extends Error {}

/** Where Chromium is looked for when FACTDESK_CHROMIUM is not set, in order. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
]

/** Flags that keep a headless print job from talking to anything (updates, sync, field trials). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env.FACTDESK_CHROMIUM
  if (chosen) return existsSync(chosen) ? chosen : null
  return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate)) ?? null
}

const millimetres = (value: number): string => `${value}mm`
const PDF_MARGIN = {
  top: millimetres(PRINT_MARGINS_MM.top),
  bottom: millimetres(PRINT_MARGINS_MM.bottom),
  left: millimetres(PRINT_MARGINS_MM.left),
  right: millimetres(PRINT_MARGINS_MM.right)
}

/** The default printer: headless Chromium with JavaScript off and every request refused. */
export const chromiumPdfPrinter: PdfPrinter = async (html, paperSize, footer) => {
  const executablePath = findChromium()
  if (!executablePath) {
    const tried = process.env.FACTDESK_CHROMIUM
      ? `FACTDESK_CHROMIUM=${process.env.FACTDESK_CHROMIUM}`
      : CHROMIUM_CANDIDATES.join(', ')
    throw new NoChromiumError(
      `No Chromium found to print the PDF (tried ${tried}); install Chromium or set FACTDESK_CHROMIUM to its path.`
    )
  }
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: 30_000 })
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
    const page = await context.newPage()
    // Defence in depth: the report's CSP already forbids loads; this refuses any that slip through.
    await page.route('**/*', (route) => route.abort())
    await page.setContent(html, { waitUntil: 'load' })
    const pdf = await page.pdf({
      format: paperSize,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate: printFooterTemplate(footer?.title),
      margin: PDF_MARGIN
    })
    return new Uint8Array(pdf)
  } finally {
    await browser.close()
  }
}

/** `<folder>/<name>.report.<ext>` beside the case or article: "story.docx.factdesk.json" → "story.report.pdf". */
export function defaultReportPath(inputPath: string, format: ReportFormat): string {
  const name =
    basename(inputPath)
      .replace(/\.factdesk\.json$/i, '')
      .replace(/\.[^.]+$/, '') || 'article'
  return join(dirname(inputPath), `${name}.report.${REPORT_EXTENSIONS[format]}`)
}

/** The file a path names, links followed; the path as given when nothing is there yet. */
const fileOf = (path: string) => realpath(path).catch(() => path)

/**
 * What `out` would replace that a report never may, or null: a case file (any: a checker's work, its own backups
 * aside) or the article the case checks (beside the case, or where the case says it was opened from).
 */
async function protectedTarget(out: string, input: ExportInput): Promise<string | null> {
  const target = await fileOf(out)
  if (isCasePath(out) || isCasePath(target)) return 'a case file'
  const articles = [input.case.articlePath]
  if (input.casePath && isCasePath(input.casePath)) articles.push(input.casePath.slice(0, -CASE_SUFFIX.length))
  for (const article of articles.filter((path) => path !== '')) {
    if ((await fileOf(article)) === target) return 'the article this case checks'
  }
  return null
}

export async function exportReport(
  input: ExportInput,
  options: { printer?: PdfPrinter } = {}
): Promise<Result<{ content: string | null; path: string | null }>> {
  const refused = input.out ? await protectedTarget(input.out, input) : null
  if (refused)
    return fail(
      'invalid-input',
      `Report not written: ${input.out} is ${refused}, which a report never replaces. Choose another file for the report.`
    )
  const renderOptions = { now: input.now, paperSize: input.paperSize, appendix: input.appendix === true }
  let data: string | Uint8Array
  let path = input.out
  try {
    if (input.format === 'pdf') {
      path = input.out ?? (input.casePath ? defaultReportPath(input.casePath, 'pdf') : null)
      if (!path) return fail('out-required', 'A PDF report needs a file to write to: give an output path.')
      const model = buildReportModel(input.case, renderOptions)
      const printer = options.printer ?? chromiumPdfPrinter
      data = await printer(renderHtmlFromModel(model, input.paperSize), input.paperSize, {
        title: `Verification report: ${model.title}`
      })
    } else {
      data = renderTextReport(input.case, input.format, renderOptions)
      if (!path) return ok({ content: data, path: null })
    }
  } catch (error) {
    if (error instanceof NoChromiumError) return fail('no-chromium', error.message)
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    return fail(
      input.format === 'pdf' ? 'pdf-failed' : 'render-failed',
      `Could not make the ${input.format.toUpperCase()} report: ${message}`
    )
  }
  try {
    await writeFileAtomic(path, data)
  } catch (error) {
    return fail('write-failed', `Could not write the report to ${path}: ${writeFailure(error).reason}.`)
  }
  return ok({ content: null, path })
}
