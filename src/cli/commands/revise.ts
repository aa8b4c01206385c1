/**
 * `factdesk revise CASE NEW_FILE [--json] [--dry-run] [--checker NAME]`: import the next draft of
 * an article into its case, carrying every annotation across. Prints a readable summary (counts,
 * then each changed or removed item) or, with --json, `{ items, added }` for scripts. --dry-run
 * reports what would happen and writes nothing.
 */
import { userInfo } from 'node:os'
import { revise } from '../../main/services/revise'
import { defaultDataDir } from '../../main/services/data-dir'
import { loadSettings } from '../../main/services/settings'
import { reportJson, reportText } from '../../core/revisions/revision-report'

const USAGE = 'usage: factdesk revise CASE NEW_FILE [--json] [--dry-run] [--checker NAME]'

interface Parsed {
  casePath: string
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
  for (let k = 0; k < args.length; k++) {
    const arg = args[k]
    if (arg === '--json') json = true
    else if (arg === '--dry-run') dryRun = true
    else if (arg === '--checker') {
      const name = args[++k]
      if (!name || name.startsWith('--')) return `--checker needs a name; ${USAGE}`
      checker = name
    } else if (arg.startsWith('-')) return `unknown option ${arg}; ${USAGE}`
    else positional.push(arg)
  }
  if (positional.length !== 2) return `give the CASE file and the NEW_FILE draft (got ${positional.length} file${positional.length === 1 ? '' : 's'}); ${USAGE}`
  return { casePath: positional[0], filePath: positional[1], json, dryRun, checker }
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseReviseArgs(args)
  if (typeof parsed === 'string') {
    console.error(`factdesk revise: ${parsed}`)
    return 1
  }
  const result = await revise({
    casePath: parsed.casePath,
    file: { path: parsed.filePath },
    dryRun: parsed.dryRun,
    checker: parsed.checker ?? (await checkerName())
  })
  if (!result.ok) {
    console.error(`factdesk revise: ${result.error.message}`)
    return 1
  }
  const { report } = result.value
  if (parsed.json) {
    process.stdout.write(JSON.stringify(reportJson(report), null, 2) + '\n')
  } else {
    const written = parsed.dryRun ? 'Dry run: nothing was written.' : `Saved ${parsed.casePath}.`
    process.stdout.write(`${reportText(report)}\n\n${written}\n`)
  }
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
