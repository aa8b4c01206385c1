/**
 * What `factdesk report` (and anything else that takes "a case or an article") reads: a
 * `.factdesk.json` case as saved, the case saved beside an article, or — for an article nobody
 * has opened yet — a case built in memory from the engine's suggestions, all Unchecked. Nothing
 * is written: asking for a report must not create files.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { CaseFile } from '../../shared/case'
import { shortHash } from '../../core/case/ids'
import { ok, type Result } from '../../shared/result'
import { CASE_SUFFIX, isCasePath, readCase } from './case-store'
import { importFile } from './file-import'

export async function loadCaseOrArticle(path: string, now: Date = new Date()): Promise<Result<{ case: CaseFile; casePath: string | null }>> {
  const full = resolve(path)
  const casePath = isCasePath(full) ? full : existsSync(`${full}${CASE_SUFFIX}`) ? `${full}${CASE_SUFFIX}` : null
  if (casePath) {
    const loaded = await readCase(casePath)
    if (!loaded.ok) return loaded
    return ok({ case: loaded.value.case, casePath })
  }
  const imported = await importFile(full)
  if (!imported.ok) return imported
  const { article, hash, fileName } = imported.value
  // The engine loads only when an article needs it: reporting a saved case never pays for it.
  const [{ createCase }, { extract }] = await Promise.all([import('../../core/case/create-case'), import('../../core/extract/extract')])
  const caseFile = createCase({
    article,
    extraction: extract(article),
    hash,
    fileName,
    articlePath: full,
    now: now.toISOString(),
    // Stable for the same draft, so two reports of an unsaved article are comparable.
    caseId: `unsaved-${shortHash(hash)}`
  })
  return ok({ case: caseFile, casePath: null })
}
