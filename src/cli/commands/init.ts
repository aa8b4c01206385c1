/**
 * `factdesk init FILE`: create the case file the app would create on opening FILE, or refresh
 * the engine's suggestions in an existing one (never touching the checker's work), and print its
 * path. Useful to prepare cases in bulk before a shift, or to script around the JSON.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { currentDraft } from '../../core/case/case-reading'
import { extract } from '../../core/extract/extract'
import { readCase, isCasePath, writeCase } from '../../main/services/case-store'
import { defaultDataDir } from '../../main/services/data-dir'
import { importFile, type ImportedArticle } from '../../main/services/file-import'
import { refreshChangesNothing, refreshSuggestions } from '../../core/case/refresh'
import { existingCasePath } from '../../main/services/case-paths'
import { openImportedArticle } from '../../main/services/sessions'
import { forTheTerminal, sayBackupTrouble, withCaseAdvice } from '../case-advice'
import { caseOfDraft } from '../../main/services/case-of-draft'

const USAGE = 'usage: factdesk init FILE'

export async function run(args: string[]): Promise<number> {
  const files = args.filter((arg) => !arg.startsWith('-'))
  const unknown = args.find((arg) => arg.startsWith('-'))
  if (unknown) return complain(`unknown option ${unknown}; ${USAGE}`)
  if (files.length !== 1) return complain(USAGE)
  const file = resolve(files[0])
  if (!existsSync(file)) return complain(`${files[0]} does not exist`)
  const dataDir = defaultDataDir()

  if (isCasePath(file)) return refresh(file, null)
  const imported = await importFile(file)
  if (!imported.ok) return complain(forTheTerminal(imported.error))
  const existing = existingCasePath(dataDir, imported.value, file)
  if (!existing) {
    // A later draft of a case kept under the first draft's name: refreshing it, not a second case, keeps one check.
    const held = await caseOfDraft(file, imported.value.hash)
    if (held.problem) return complain(`${held.problem}; refresh the one you mean with factdesk init CASE`)
    if (held.casePath) {
      console.error(`factdesk init: ${held.note}`)
      return refresh(held.casePath, imported.value)
    }
    const opened = await openImportedArticle({ dataDir }, imported.value, extract(imported.value.article))
    if (!opened.ok) return complain(opened.error.message)
    console.log(opened.value.casePath)
    await sayBackupTrouble('init', opened.value.casePath)
    // The case was made with the built-in settings because the newsroom profile could not be used: say why.
    if (opened.value.notice) console.error(`factdesk init: ${opened.value.notice}`)
    return 0
  }
  return refresh(existing, imported.value)
}

async function refresh(casePath: string, article: ImportedArticle | null): Promise<number> {
  const loaded = await readCase(casePath)
  if (!loaded.ok) return complain(await withCaseAdvice(loaded.error, casePath))
  const caseFile = loaded.value.case
  const draft = currentDraft(caseFile)
  if (article) {
    if (article.hash !== draft.hash) {
      // A new draft is a revision, not a refresh: re-anchoring is `factdesk revise`'s job.
      console.log(casePath)
      console.error(
        `factdesk init: ${casePath} left unchanged: ${article.path} differs from the case's current draft; run factdesk revise ${casePath} ${article.path}`
      )
      return 0
    }
  }
  const extraction = extract(draft.article, { articleDate: caseFile.articleDate, threshold: caseFile.threshold })
  const refreshed = refreshSuggestions(caseFile, extraction, new Date().toISOString())
  const { kept, unchanged, updated, added, dropped } = refreshed.summary
  if (refreshChangesNothing(refreshed.summary)) {
    // Writing the same case again would add a backup identical to the file and push a real one out of the last 10.
    console.log(casePath)
    console.error(
      `factdesk init: suggestions already up to date (${unchanged} unchanged, ${kept} checked items kept); nothing written`
    )
    return 0
  }
  const saved = await writeCase(casePath, refreshed.case, loaded.value.fingerprint)
  if (!saved.ok) return complain(saved.error.message)
  console.log(casePath)
  await sayBackupTrouble('init', casePath)
  console.error(
    `factdesk init: refreshed suggestions (${kept} checked items kept, ${unchanged} unchanged, ${updated} updated, ${added} added, ${dropped} dropped)`
  )
  return 0
}

function complain(message: string): number {
  console.error(`factdesk init: ${message}`)
  return 1
}
