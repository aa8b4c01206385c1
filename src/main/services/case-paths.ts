/**
 * Where an article's case is: beside the article as `<file name>.factdesk.json`, else in the data folder as
 * `<file name>-<hash prefix>.factdesk.json`, found again by the article's hash. Plain file-system lookups, so the
 * import worker asks them too (an article that has a case is not given a second one).
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { shortHash } from '../../core/case/ids'
import { CASE_SUFFIX } from './case-store'
import { casesDir, safeFileName } from './data-dir'

export function dataCasePath(dataDir: string, fileName: string, hash: string): string {
  return join(casesDir(dataDir), `${safeFileName(fileName)}-${shortHash(hash)}${CASE_SUFFIX}`)
}

/**
 * The case the app keeps for this article, if it has one: beside it, else in the data folder by
 * its hash (under its own file name, or under another name: the same text uploaded as
 * "story (1).txt" is the same article). The app, `factdesk report`, `revise` and `init` all ask here.
 */
export function existingCasePath(
  dataDir: string,
  imported: { fileName: string; hash: string },
  articlePath: string | null
): string | null {
  const beside = articlePath ? `${articlePath}${CASE_SUFFIX}` : null
  const found = [beside, dataCasePath(dataDir, imported.fileName, imported.hash)].find(
    (candidate) => candidate !== null && existsSync(candidate)
  )
  return found ?? dataCaseByHash(dataDir, imported.hash)
}

/** A data-folder case whose name ends in this hash's prefix, whatever the file name before it. */
function dataCaseByHash(dataDir: string, hash: string): string | null {
  const ending = `-${shortHash(hash)}${CASE_SUFFIX}`
  let names: string[]
  try {
    names = readdirSync(casesDir(dataDir))
  } catch {
    return null // no data folder yet: no case
  }
  const match = names.filter((name) => name.endsWith(ending)).sort()[0]
  return match ? join(casesDir(dataDir), match) : null
}
