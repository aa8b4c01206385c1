/**
 * `factdesk report FILE_OR_CASE --format html|pdf|md|csv|json|claimreview [--out PATH] [--paper A4|Letter]`
 *
 * FILE_OR_CASE is a `.factdesk.json` case, or an article: the case the app keeps for it is used
 * (beside it, or in the data folder found by the article's text; `--case` names another), and
 * which one is said on stderr; with no case the engine's suggestions (all Unchecked) are reported
 * without saving anything. Text formats go to stdout unless --out is given; a PDF goes to --out or
 * to `<name>.report.pdf` beside the input, and its path is printed. Paper size defaults to the
 * checker's setting. --appendix adds each item's history, the evidence hashes and the checked copy.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { PAPER_SIZES, type PaperSize, type ReportFormat } from '../../shared/contract'
import { isReportFormat, REPORT_FORMATS } from '../../core/report/render'
import { loadCaseOrArticle } from '../../main/services/case-loader'
import { defaultDataDir } from '../../main/services/data-dir'
import { defaultReportPath, exportReport } from '../../main/services/export'
import { loadSettings } from '../../main/services/settings'
import { caseFileOf, withCaseAdvice } from '../case-advice'

const USAGE = `usage: factdesk report FILE_OR_CASE --format ${REPORT_FORMATS.join('|')} [--out PATH] [--paper ${PAPER_SIZES.join('|')}] [--appendix] [--case CASE]`

interface ReportArgs {
  input: string
  format: ReportFormat
  out: string | null
  paper: PaperSize | null
  appendix: boolean
  /** --case: the case file to use, instead of looking for the article's own. */
  casePath: string | null
}

function complain(message: string): number {
  console.error(`factdesk report: ${message}`)
  return 1
}

/** Parses `--name value` and `--name=value`; answers the arguments or one line saying what is wrong. */
export function parseReportArgs(args: string[]): ReportArgs | string {
  const positional: string[] = []
  const options = new Map<string, string>()
  let appendix = false
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]
    if (!arg.startsWith('--')) {
      positional.push(arg)
      continue
    }
    if (arg === '--appendix') {
      appendix = true
      continue
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2)
    if (!['format', 'out', 'paper', 'case'].includes(name)) return `unknown option --${name}; ${USAGE}`
    const value = inline ?? args[++index]
    if (value === undefined || value === '') return `--${name} needs a value; ${USAGE}`
    options.set(name, value)
  }
  if (positional.length !== 1)
    return positional.length === 0
      ? `no case or article given; ${USAGE}`
      : `one case or article at a time (got ${positional.length}); ${USAGE}`
  const format = options.get('format')
  if (!format) return `--format is required; ${USAGE}`
  if (!isReportFormat(format)) return `unknown format "${format}"; use one of ${REPORT_FORMATS.join(', ')}`
  const paper = options.get('paper') ?? null
  if (paper !== null && !isPaperSize(paper)) return `unknown paper size "${paper}"; use ${PAPER_SIZES.join(' or ')}`
  return {
    input: positional[0],
    format,
    out: options.get('out') ?? null,
    paper,
    appendix,
    casePath: options.get('case') ?? null
  }
}

function isPaperSize(value: string): value is PaperSize {
  return (PAPER_SIZES as readonly string[]).includes(value)
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseReportArgs(args)
  if (typeof parsed === 'string') return complain(parsed)
  const inputPath = resolve(parsed.input)
  if (!existsSync(inputPath)) return complain(`${parsed.input} does not exist`)

  const dataDir = defaultDataDir()
  const loaded = await loadCaseOrArticle(inputPath, { dataDir, casePath: parsed.casePath })
  if (!loaded.ok)
    return complain(
      await withCaseAdvice(loaded.error, parsed.casePath ? resolve(parsed.casePath) : caseFileOf(inputPath))
    )
  // Which case was used goes to stderr, so a report on stdout stays clean for a pipe.
  for (const note of loaded.value.notes) console.error(`factdesk report: ${note}`)

  const paperSize = parsed.paper ?? (await loadSettings(dataDir)).paperSize
  const out = parsed.out
    ? resolve(parsed.out)
    : parsed.format === 'pdf'
      ? defaultReportPath(loaded.value.casePath ?? inputPath, 'pdf')
      : null
  const exported = await exportReport({
    case: loaded.value.case,
    casePath: loaded.value.casePath,
    format: parsed.format,
    out,
    paperSize,
    appendix: parsed.appendix,
    now: new Date()
  })
  if (!exported.ok) return complain(exported.error.message)
  // An empty list is a valid ClaimReview file, and easy to take for a failure: say why it is empty.
  if (parsed.format === 'claimreview' && (await reviewCount(exported.value)) === 0)
    console.error(
      "factdesk report: the ClaimReview list is empty: no item in the draft has a status that publishes a rating (each status's rating is set in Settings)"
    )
  if (exported.value.content !== null) process.stdout.write(exported.value.content)
  else if (exported.value.path) console.log(exported.value.path)
  return 0
}

/** How many reviews a ClaimReview export holds, from the text printed or the file written. */
async function reviewCount(exported: { content: string | null; path: string | null }): Promise<number> {
  const text = exported.content ?? (exported.path ? await readFile(exported.path, 'utf8') : '[]')
  return (JSON.parse(text) as unknown[]).length
}
