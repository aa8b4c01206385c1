/**
 * Where an article's case is: beside the article as `<file name>.factdesk.json`, else in the data folder as
 * `<file name>-<hash prefix>.factdesk.json`, found again by the article's hash. Plain file-system lookups, so the
 * import worker asks them too (an article that has a case is not given a second one).
 */
import { closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs'
import { basename, join } from 'node:path'
import { shortHash } from '../../core/case/ids'
import { CASE_SUFFIX } from './case-store'
import { casesDir, safeFileName } from './data-dir'

export function dataCasePath(dataDir: string, fileName: string, hash: string): string {
  return join(casesDir(dataDir), `${safeFileName(fileName)}-${shortHash(hash)}${CASE_SUFFIX}`)
}

/**
 * The case the app keeps for this article, if it has one: beside it, else in the data folder by
 * its hash (under its own file name, or under another name: the same text uploaded as
 * "story (1).txt" is the same article), else in the data folder as the case made for this very path (its folder was
 * read-only then) whatever the article says now. The app, `factdesk report`, `revise` and `init` all ask here.
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
  return found ?? dataCaseByHash(dataDir, imported.hash) ?? (articlePath ? dataCaseOfPath(dataDir, articlePath) : null)
}

/** Enough of a case file's start to hold its `articlePath`, the sixth field, after four short ones. */
const HEAD_BYTES = 8192

/**
 * The data folder's case made for the article at `articlePath` when its folder could not be written: found when the
 * article has been edited since (a new hash), as a case beside it would be, instead of a second case being started
 * beside it once the folder is writable again. Only cases named after the file are looked at, and only their start.
 */
function dataCaseOfPath(dataDir: string, articlePath: string): string | null {
  const prefix = `${safeFileName(basename(articlePath))}-`
  const field = `"articlePath": ${JSON.stringify(articlePath)},`
  const hashed = (name: string) =>
    name.endsWith(CASE_SUFFIX) && /-[0-9a-f]{12}$/.test(name.slice(0, -CASE_SUFFIX.length))
  const candidates = caseNames(dataDir)
    .filter((name) => name.startsWith(prefix) && hashed(name))
    .sort()
  const match = candidates.find((name) => headOf(join(casesDir(dataDir), name)).includes(field))
  return match ? join(casesDir(dataDir), match) : null
}

/** The first HEAD_BYTES of a file as text, or '' when it cannot be read. */
function headOf(path: string): string {
  let fd: number | null = null
  try {
    fd = openSync(path, 'r')
    const buffer = Buffer.alloc(HEAD_BYTES)
    return buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0)).toString('utf8')
  } catch {
    return ''
  } finally {
    if (fd !== null) closeSync(fd)
  }
}

/** A data-folder case whose name ends in this hash's prefix, whatever the file name before it. */
function dataCaseByHash(dataDir: string, hash: string): string | null {
  const ending = `-${shortHash(hash)}${CASE_SUFFIX}`
  const match = caseNames(dataDir)
    .filter((name) => name.endsWith(ending))
    .sort()[0]
  return match ? join(casesDir(dataDir), match) : null
}

/** The names in the data folder's cases/, none when there is no such folder yet. */
function caseNames(dataDir: string): string[] {
  try {
    return readdirSync(casesDir(dataDir))
  } catch {
    return []
  }
}
