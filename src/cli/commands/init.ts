/**
 * `factdesk init FILE`: create the case file the app would create on opening FILE, or refresh
 * the engine's suggestions in an existing one (never touching the checker's work), and print its
 * path. Useful to prepare cases in bulk before a shift, or to script around the JSON.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { currentDraft } from '../../core/case/ops-base'
import { extract } from '../../core/extract/extract'
import { readCase, isCasePath, writeCase, CASE_SUFFIX } from '../../main/services/case-store'
import { defaultDataDir } from '../../main/services/data-dir'
import { importFile } from '../../main/services/file-import'
import { refreshSuggestions } from '../../main/services/refresh'
import { dataCasePath, openFile } from '../../main/services/sessions'

const USAGE = 'usage: factdesk init FILE'

export async function run(args: string[]): Promise<number> {
  const files = args.filter((arg) => !arg.startsWith('-'))
  const unknown = args.find((arg) => arg.startsWith('-'))
  if (unknown) return complain(`unknown option ${unknown}; ${USAGE}`)
  if (files.length !== 1) return complain(USAGE)
  const file = resolve(files[0])
  if (!existsSync(file)) return complain(`${files[0]} does not exist`)
  const dataDir = defaultDataDir()

  const existing = isCasePath(file) ? file : await findExistingCase(file, dataDir)
  if (!existing) {
    const opened = await openFile({ dataDir }, { path: file })
    if (!opened.ok) return complain(opened.error.message)
    console.log(opened.value.casePath)
    return 0
  }
  return refresh(existing, isCasePath(file) ? null : file)
}

async function findExistingCase(articlePath: string, dataDir: string): Promise<string | null> {
  const beside = `${articlePath}${CASE_SUFFIX}`
  if (existsSync(beside)) return beside
  const imported = await importFile(articlePath)
  if (!imported.ok) return null // openFile reports the import error with its own message
  const inDataDir = dataCasePath(dataDir, imported.value.fileName, imported.value.hash)
  return existsSync(inDataDir) ? inDataDir : null
}

async function refresh(casePath: string, articlePath: string | null): Promise<number> {
  const loaded = await readCase(casePath)
  if (!loaded.ok) return complain(loaded.error.message)
  const caseFile = loaded.value.case
  const draft = currentDraft(caseFile)
  if (articlePath) {
    const imported = await importFile(articlePath)
    if (!imported.ok) return complain(imported.error.message)
    if (imported.value.hash !== draft.hash) {
      // A new draft is a revision, not a refresh: re-anchoring is `factdesk revise`'s job.
      console.log(casePath)
      console.error(`factdesk init: ${casePath} left unchanged: ${articlePath} differs from the case's current draft; run factdesk revise ${casePath} ${articlePath}`)
      return 0
    }
  }
  const extraction = extract(draft.article, { articleDate: caseFile.articleDate, threshold: caseFile.threshold })
  const refreshed = refreshSuggestions(caseFile, extraction, new Date().toISOString())
  const saved = await writeCase(casePath, refreshed.case, loaded.value.revision)
  if (!saved.ok) return complain(saved.error.message)
  console.log(casePath)
  const { kept, updated, added, dropped } = refreshed.summary
  console.error(`factdesk init: refreshed suggestions (${kept} checked items kept, ${updated} updated, ${added} added, ${dropped} dropped)`)
  return 0
}

function complain(message: string): number {
  console.error(`factdesk init: ${message}`)
  return 1
}
