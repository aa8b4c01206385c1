/**
 * `factdesk revise CASE_OR_ARTICLE NEW_FILE [--case CASE] [--json] [--dry-run] [--checker NAME]`:
 * import the next draft of an article into its case, carrying every annotation across. Given the
 * article instead of its case, the case the app keeps for it is used (beside it, or in the data
 * folder by the article's text) and named on stderr; `--case` names the case outright. Prints a readable summary (counts,
 * then each changed or removed item) or, with --json, `{ items, added }` for scripts. --dry-run
 * reports what would happen and writes nothing.
 */
import { userInfo } from 'node:os'
import { resolve } from 'node:path'
import { findCaseFor } from '../../main/services/case-loader'
import { revise } from '../../main/services/revise'
import { defaultDataDir } from '../../main/services/data-dir'
import { loadSettings } from '../../main/services/settings'
import { reportJson, reportText } from '../../core/revisions/revision-report'
import { sayBackupTrouble, withCaseAdvice } from '../case-advice'

const USAGE =
  'usage: factdesk revise CASE_OR_ARTICLE NEW_FILE [--json] [--dry-run] [--checker NAME]  (or: revise --case CASE NEW_FILE)'

interface Parsed {
  /** The case file, or the article whose case is to be found. */
  caseOrArticle: string
  /** --case given: use it as is. */
  caseGiven: boolean
  filePath: string
  json: boolean
  dryRun: boolean
  checker: string | null
}

export function parseReviseArgs(args: string[]): Parsed | string {
  const positional: string[] = []
  let json = false
  let dryRun = false
  let checker: string | null = null
  let caseOption: string | null = null
  for (let k = 0; k < args.length; k++) {
    const arg = args[k]
    if (arg === '--json') json = true
    else if (arg === '--case') {
      const path = args[++k]
      if (!path || path.startsWith('--')) return `--case needs a case file; ${USAGE}`
      caseOption = path
    } else if (arg === '--dry-run') dryRun = true
    else if (arg === '--checker') {
      const name = args[++k]
      if (!name || name.startsWith('--')) return `--checker needs a name; ${USAGE}`
      checker = name
    } else if (arg.startsWith('-')) return `unknown option ${arg}; ${USAGE}`
    else positional.push(arg)
  }
  if (caseOption !== null) {
    // With --case the article is optional: `revise --case C new.txt` or `revise article.txt new.txt --case C`.
    if (positional.length !== 1 && positional.length !== 2) return `give the NEW_FILE draft; ${USAGE}`
    return {
      caseOrArticle: caseOption,
      caseGiven: true,
      filePath: positional[positional.length - 1],
      json,
      dryRun,
      checker
    }
  }
  if (positional.length !== 2)
    return `give the CASE file (or its article) and the NEW_FILE draft (got ${positional.length} file${positional.length === 1 ? '' : 's'}); ${USAGE}`
  return { caseOrArticle: positional[0], caseGiven: false, filePath: positional[1], json, dryRun, checker }
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseReviseArgs(args)
  if (typeof parsed === 'string') {
    console.error(`factdesk revise: ${parsed}`)
    return 1
  }
  const found = parsed.caseGiven
    ? { casePath: resolve(parsed.caseOrArticle), note: null }
    : await findCaseFor(parsed.caseOrArticle, defaultDataDir())
  if ('error' in found) {
    console.error(`factdesk revise: ${found.error}`)
    return 1
  }
  if (found.note) console.error(`factdesk revise: ${found.note}`)
  const casePath = found.casePath
  const result = await revise({
    casePath,
    file: { path: parsed.filePath },
    dryRun: parsed.dryRun,
    checker: parsed.checker ?? (await checkerName())
  })
  if (!result.ok) {
    console.error(`factdesk revise: ${await withCaseAdvice(result.error, casePath)}`)
    return 1
  }
  const { report } = result.value
  if (parsed.json) {
    process.stdout.write(JSON.stringify(reportJson(report), null, 2) + '\n')
  } else {
    const written = parsed.dryRun ? 'Dry run: nothing was written.' : `Saved ${casePath}.`
    process.stdout.write(`${reportText(report)}\n\n${written}\n`)
  }
  if (!parsed.dryRun) await sayBackupTrouble('revise', casePath)
  return 0
}

/** The name in Settings, else the login name: history must say who imported the draft. */
async function checkerName(): Promise<string> {
  try {
    const settings = await loadSettings(defaultDataDir())
    if (settings.checkerName.trim() !== '') return settings.checkerName.trim()
  } catch {
    // no readable settings: fall through to the login name
  }
  try {
    return userInfo().username || 'checker'
  } catch {
    return 'checker'
  }
}
