/**
 * Reading case files (`<article>.factdesk.json`): the one spelling of a case's path, the fingerprint of its bytes, and
 * the file read, parsed, upgraded and checked. A file that does not parse or validate answers 'case-invalid' naming
 * the bad field, and the caller offers a backup (see case-backups.ts); what this process read is remembered for its
 * later saves (case-versions.ts). Writing is case-store.ts's.
 */
import { createHash } from 'node:crypto'
import { lstat, readFile, readlink, realpath } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import type { CaseFile } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import { migrateCase } from '../../core/case/migrations'
import { CASE_FILE_SUFFIX } from '../../core/import/errors'
import { noteSeen, rememberVersion, statKey } from './case-versions'
import { validateCase } from './validation'
import type { WriteData } from './atomic-file'

/** The ending of every case file's name; core owns it (a renamed upload is told apart there too). */
export const CASE_SUFFIX = CASE_FILE_SUFFIX

export interface LoadedCase {
  case: CaseFile
  fingerprint: string
}

/**
 * The one spelling of a case's path: symlinks and `.` steps resolved (realpath), so the same file opened as
 * `/a/./x.factdesk.json` and `/a/x.factdesk.json`, or through a link, is one queue and one lock. A file not
 * created yet is named through its folder's real path.
 *
 * An open case's own path (`followLink` false) was spelled so when it was opened, and is kept as it is: its versions,
 * queue and owners are held under it. A link found since in place of its file was put there, and is said and never
 * written through (linkInPlace). A link found since in place of one of its folders is followed, as the system follows
 * it: that is the checker's folder moved and linked back (a sync folder migrated, a project moved to another disk),
 * and whatever file is found there is checked as any change on disk is (another case, damaged, missing, an older
 * copy: said, never written over). Resolved again, the path would name the link's target, under which nothing of the
 * open case is held, and saves were refused as made on a version 'no longer known'.
 */
export async function canonicalCasePath(path: string, followLink = true): Promise<string> {
  const full = resolve(path)
  if (!followLink) return full
  try {
    return await realpath(full)
  } catch {
    try {
      return join(await realpath(dirname(full)), basename(full))
    } catch {
      return full
    }
  }
}

/** The link standing at `path` and the full path it points to (which may not exist), or null when it is no link. */
export async function linkInPlace(path: string): Promise<{ target: string } | null> {
  try {
    if (!(await lstat(path)).isSymbolicLink()) return null
    return { target: resolve(dirname(path), await readlink(path)) }
  } catch {
    return null
  }
}

/**
 * What a link put in place of an open case file is, in words. Opened through a link, a case is its target's path
 * (canonicalCasePath), so a link at an open case's path was put there since; Factdesk writes through none.
 */
export function linkInPlaceMessage(casePath: string, target: string): string {
  return `${casePath} is now a link to ${target}, put in place of the case file since you opened it; Factdesk does not write through a link it did not make, and left both as they are.`
}

/** Why a save is refused when a link is in the case file's place (nothing written, the ways on), or null. */
export async function linkRefusal(casePath: string): Promise<string | null> {
  const link = await linkInPlace(casePath)
  if (!link) return null
  return `Not saved: ${linkInPlaceMessage(casePath, link.target)} Your edits are still on screen: put your version back (the link is kept aside beside it) or save them as a copy.`
}

/** The fingerprint: SHA-256 of the exact bytes on disk. */
export function fingerprintOf(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** A large case is hashed this much at a time: 46 MB in one go took 30–70 ms in which nobody else was answered. */
const HASH_SLICE_BYTES = 1024 * 1024

/** fingerprintOf the bytes written (text, bytes or pieces), a large case's a slice at a time, others answered between. */
export async function fingerprintOfWritten(data: WriteData): Promise<string> {
  if (typeof data === 'string') return fingerprintOf(data)
  const hash = createHash('sha256')
  let sinceAnswered = 0
  for (const piece of data instanceof Uint8Array ? [data] : data) {
    for (let at = 0; at < piece.byteLength; at += HASH_SLICE_BYTES) {
      if (sinceAnswered >= HASH_SLICE_BYTES) {
        await new Promise((resolve) => setImmediate(resolve))
        sinceAnswered = 0
      }
      const slice = piece.subarray(at, at + HASH_SLICE_BYTES)
      hash.update(slice)
      sinceAnswered += slice.byteLength
    }
  }
  return hash.digest('hex')
}

export function isCasePath(path: string): boolean {
  return path.endsWith(CASE_SUFFIX)
}

/** A read that failed, in words: a folder in the case file's place is said as such, not as its errno. */
function readFailure(casePath: string, error: unknown): Result<never> {
  if ((error as NodeJS.ErrnoException).code === 'EISDIR')
    return fail(
      'is-directory',
      `A folder is at ${casePath}, where the case file was; Factdesk leaves a folder as it is.`
    )
  return fail('read-failed', `Could not read ${casePath}: ${(error as Error).message}.`)
}

/** Reads the bytes on disk, or null when there is no file. */
export async function readBytes(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** Parses, upgrades and validates a case file's text; `label` names the file in messages. */
export function parseCaseText(text: string, label: string): Result<CaseFile> {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return fail('case-invalid', `${label} is damaged: it is not valid JSON (${(error as Error).message}).`)
  }
  const migrated = migrateCase(raw, label)
  if (!migrated.ok) return migrated
  const valid = validateCase(migrated.value)
  if (!valid.ok) return fail('case-invalid', `${label} is damaged: ${valid.error.message}.`)
  return valid
}

/**
 * A case file read, parsed, upgraded and checked, with the fingerprint of its bytes; nothing remembered. The import
 * worker reads a case being opened this way (case-work.ts), so a big one is parsed and checked off the thread that
 * answers the window; that thread then calls noteRead.
 */
export async function loadCaseFile(casePath: string): Promise<Result<LoadedCase>> {
  const bytes = await caseFileBytes(casePath)
  if (!bytes.ok) return bytes
  const parsed = parseCaseText(bytes.value.toString('utf8'), basename(casePath))
  if (!parsed.ok) return parsed
  return ok({ case: parsed.value, fingerprint: fingerprintOf(bytes.value) })
}

/** A case file's bytes as they are on disk; a missing file or a failed read answered as loadCaseFile answers them. */
export async function caseFileBytes(casePath: string): Promise<Result<Buffer>> {
  let bytes: Buffer | null
  try {
    bytes = await readBytes(casePath)
  } catch (error) {
    return readFailure(casePath, error)
  }
  if (bytes === null) return fail('not-found', `The case file ${casePath} does not exist (moved or deleted?).`)
  return ok(bytes)
}

/**
 * What this process keeps of a case it read: the version, to merge against when a later save finds the file changed;
 * and, only when the file's stats were the same just before and just after the read (`before`, `after`), that the
 * file is the one read, so a later save may trust it without reading it again.
 */
export function noteRead(casePath: string, loaded: LoadedCase, before: string | null, after: string | null): void {
  rememberVersion(casePath, loaded.fingerprint, loaded.case)
  if (before !== null && before === after) noteSeen(casePath, loaded.fingerprint, before)
}

/** `followLink` false: `givenPath` is an open case's own path, kept as opened (canonicalCasePath). */
export async function readCase(givenPath: string, followLink = true): Promise<Result<LoadedCase>> {
  const casePath = await canonicalCasePath(givenPath, followLink)
  let before: string | null
  let after: string | null
  let loaded: Result<LoadedCase>
  try {
    before = await statKey(casePath)
    loaded = await loadCaseFile(casePath)
    after = await statKey(casePath)
  } catch (error) {
    return readFailure(casePath, error)
  }
  if (loaded.ok) noteRead(casePath, loaded.value, before, after)
  return loaded
}
