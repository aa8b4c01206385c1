/**
 * What `factdesk report` and `factdesk revise` (anything that takes "a case or an article") read:
 * a `.factdesk.json` case as saved; for an article, the case the app keeps for it — beside it, or
 * in the data folder by the article's hash (case-paths.ts `existingCasePath`, the app's own lookup);
 * `--case` to name one; and — for an article nobody has opened yet — a case built in memory from
 * the engine's suggestions, all Unchecked, with the newsroom profile's settings as the app would give
 * it. Nothing is written: asking for a report must not create
 * files. `notes` say, in one line each, which case was used and anything odd about it.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { CaseFile } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import { currentDraft } from '../../core/case/case-reading'
import type { CaseSettings } from '../../core/case/create-case'
import { shortHash } from '../../core/case/ids'
import { CASE_SUFFIX, isCasePath, readCase } from './case-store'
import { importFile, type ImportedArticle } from './file-import'
import { profileSettings, readProfile } from './profile'
import { existingCasePath } from './case-paths'
import { caseOfDraft } from './case-of-draft'

export interface LoadedInput {
  case: CaseFile
  /** The case file used; null when the case exists only in memory (an article with no case yet). */
  casePath: string | null
  /** One line each: which case was used and why, or that there is none. */
  notes: string[]
}

export interface LoadOptions {
  dataDir: string
  /** --case: use this case file for the article. */
  casePath?: string | null
  now?: Date
}

export async function loadCaseOrArticle(path: string, options: LoadOptions): Promise<Result<LoadedInput>> {
  const full = resolve(path)
  if (options.casePath) return loadChosenCase(full, resolve(options.casePath))
  if (isCasePath(full)) return loadCase(full, [])
  // The case beside the article is read without importing it: a report must work even when the
  // article itself can no longer be read (moved to a format Factdesk does not import, say).
  const beside = `${full}${CASE_SUFFIX}`
  if (existsSync(beside)) {
    const imported = await importFile(full)
    return loadCase(beside, [`using the case beside the article: ${beside}`], imported.ok ? imported.value : null)
  }
  const imported = await importFile(full)
  if (!imported.ok) return imported
  const found = existingCasePath(options.dataDir, imported.value, full)
  if (found)
    return loadCase(found, [`using the case found by the article's text in the data folder: ${found}`], imported.value)
  const held = await caseOfDraft(full, imported.value.hash)
  if (held.casePath) return loadCase(held.casePath, [held.note], imported.value)
  if (held.problem) return fail('not-found', `${held.problem}; name one with --case.`)
  // Built as the app would build it, from the same newsroom profile: the report looks like the one the app makes.
  const profile = await readProfile(options.dataDir)
  return ok({
    case: await unsavedCase(imported.value, full, options.now ?? new Date(), profileSettings(profile.profile)),
    casePath: null,
    notes: [
      `no case found for ${full} (beside it or in ${options.dataDir}); reporting the engine's suggestions, all Unchecked`,
      ...(profile.problem ? [profile.problem] : [])
    ]
  })
}

/**
 * The case file of a case-or-article argument, without reading the case: a case path as given;
 * for an article, the case the app keeps for it. The error says what to do when there is none.
 */
export async function findCaseFor(
  path: string,
  dataDir: string
): Promise<{ casePath: string; note: string | null } | { error: string }> {
  const full = resolve(path)
  if (isCasePath(full)) return { casePath: full, note: null }
  if (!existsSync(full)) return { error: `${path} does not exist.` }
  const beside = `${full}${CASE_SUFFIX}`
  if (existsSync(beside)) return { casePath: beside, note: `using the case beside the article: ${beside}` }
  const imported = await importFile(full)
  if (!imported.ok) return { error: imported.error.message }
  const found = existingCasePath(dataDir, imported.value, full)
  if (found) return { casePath: found, note: `using the case found by the article's text in the data folder: ${found}` }
  const held = await caseOfDraft(full, imported.value.hash)
  if (held.casePath) return { casePath: held.casePath, note: held.note }
  if (held.problem) return { error: `${held.problem}; name one with --case.` }
  return {
    error: `no case found for ${full} (beside it or in ${dataDir}); open it in Factdesk or run factdesk init ${full} first, or name one with --case.`
  }
}

async function loadCase(
  casePath: string,
  notes: string[],
  article: ImportedArticle | null = null
): Promise<Result<LoadedInput>> {
  const loaded = await readCase(casePath)
  if (!loaded.ok) return loaded
  const caseFile = loaded.value.case
  return ok({ case: caseFile, casePath, notes: [...notes, ...draftWarning(casePath, caseFile, article)] })
}

/** --case with an article: the case is used as asked, with a warning when the article is not one of its drafts. */
async function loadChosenCase(input: string, casePath: string): Promise<Result<LoadedInput>> {
  if (!existsSync(casePath)) return fail('not-found', `--case ${casePath} does not exist.`)
  if (!isCasePath(casePath))
    return fail('unsupported-format', `--case ${casePath} is not a case file (…${CASE_SUFFIX}).`)
  const article = input === casePath || isCasePath(input) ? null : await importFile(input)
  return loadCase(casePath, [`using the case given with --case: ${casePath}`], article?.ok ? article.value : null)
}

/** An article's text against a case's drafts: the one it checks now, an earlier one, or none of them. */
export function draftStanding(caseFile: CaseFile, hash: string): 'current' | 'earlier' | 'other' {
  if (currentDraft(caseFile).hash === hash) return 'current'
  return caseFile.drafts.some((draft) => draft.hash === hash) ? 'earlier' : 'other'
}

/** The article on disk is not the draft the case checks: say so, and what to do. */
function draftWarning(casePath: string, caseFile: CaseFile, article: ImportedArticle | null): string[] {
  if (!article) return []
  const standing = draftStanding(caseFile, article.hash)
  if (standing === 'current') return []
  const name = article.path ?? article.fileName
  return [
    standing === 'earlier'
      ? `${name} is an earlier draft of this case; the case's current draft is used`
      : `${name} differs from the case's current draft; to bring it in, run: factdesk revise ${casePath} ${name}`
  ]
}

/**
 * The same in the app, where opening an article shows its case: the file as it is on disk (edited by someone else
 * since, say) is not what the checker is shown, and nothing else would tell them. Null when it is the current draft.
 */
export function staleArticleNotice(
  caseFile: CaseFile,
  hash: string,
  fileName: string,
  /** The article was opened from a file the window watches (not uploaded): its banner offers it as the next draft. */
  watched = false
): string | null {
  const standing = draftStanding(caseFile, hash)
  if (standing === 'current') return null
  const shown = currentDraft(caseFile).fileName
  return standing === 'earlier'
    ? `${fileName} is an earlier draft of this case: shown is its current draft (${shown}).`
    : `${fileName} has changed since this case last read it: shown is the case's current draft (${shown}). To check the file as it is now, ${watched ? 'import it as the next draft from the banner above the article' : 'choose File › Import new draft… and pick it'}.`
}

async function unsavedCase(
  imported: ImportedArticle,
  full: string,
  now: Date,
  settings: Partial<CaseSettings>
): Promise<CaseFile> {
  const { article, hash, fileName } = imported
  // The engine loads only when an article needs it: reporting a saved case never pays for it.
  const [{ createCase }, { extract }] = await Promise.all([
    import('../../core/case/create-case'),
    import('../../core/extract/extract')
  ])
  return createCase({
    article,
    extraction: extract(article),
    hash,
    fileName,
    articlePath: full,
    now: now.toISOString(),
    // Stable for the same draft, so two reports of an unsaved article are comparable.
    caseId: `unsaved-${shortHash(hash)}`,
    settings
  })
}
