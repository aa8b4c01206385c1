/**
 * Reading and writing case files (`<article>.factdesk.json`) through lowdb.
 *
 * Rules that protect a checker's work:
 * - a file that does not parse or validate is never overwritten: reading answers 'case-invalid'
 *   naming the bad field, and the caller offers a backup (see case-backups.ts);
 * - writes are atomic (atomic-file.ts) and guarded by a fingerprint, the SHA-256 of the bytes
 *   last read or written: if someone else changed the file since, the save is refused ('conflict');
 * - a full disk or read-only folder answers a clear message and leaves the previous file intact;
 * - every successful save is also kept in the rotating backups.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { Low } from 'lowdb'
import type { CaseFile } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import { AtomicJsonFile, serialiseJson, writeFailure, writeFileAtomic, type TextWriter } from './atomic-file'
import { keepBackup } from './case-backups'
import { rememberVersion } from './case-versions'
import { migrateCase } from '../../core/case/migrations'
import { validateCase } from './validation'

export const CASE_SUFFIX = '.factdesk.json'

export interface LoadedCase {
  case: CaseFile
  fingerprint: string
}

export interface WriteOptions {
  /** Replaces the atomic writer; tests use it to simulate a full disk. */
  writeText?: TextWriter
  /** Clock for updatedAt and the backup name. */
  now?: () => Date
}

/** The fingerprint: SHA-256 of the exact bytes on disk. */
export function fingerprintOf(bytes: string | Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function isCasePath(path: string): boolean {
  return path.endsWith(CASE_SUFFIX)
}

/** Reads the bytes on disk, or null when there is no file. */
async function readBytes(path: string): Promise<Buffer | null> {
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

export async function readCase(casePath: string): Promise<Result<LoadedCase>> {
  let bytes: Buffer | null
  try {
    bytes = await readBytes(casePath)
  } catch (error) {
    return fail('read-failed', `Could not read ${casePath}: ${(error as Error).message}.`)
  }
  if (bytes === null) return fail('not-found', `The case file ${casePath} does not exist (moved or deleted?).`)
  const parsed = parseCaseText(bytes.toString('utf8'), basename(casePath))
  if (!parsed.ok) return parsed
  const fingerprint = fingerprintOf(bytes)
  rememberVersion(casePath, fingerprint, parsed.value)
  return ok({ case: parsed.value, fingerprint })
}

/** One write at a time per file inside this process; the fingerprint check covers other processes. */
const queues = new Map<string, Promise<unknown>>()

function serialised<T>(path: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(path) ?? Promise.resolve()
  const next = previous.then(task, task)
  queues.set(path, next)
  void next.finally(() => {
    if (queues.get(path) === next) queues.delete(path)
  })
  return next
}

/** Resolves when every write queued for `casePath` (saves and their backups) has finished. */
export async function pendingWrites(casePath: string): Promise<void> {
  await (queues.get(casePath) ?? Promise.resolve()).catch(() => undefined)
}

/**
 * Saves `caseFile` to `casePath` if the file on disk is still the one `expectedFingerprint` names
 * ('' = the file must not exist yet). Answers the new fingerprint and the save time.
 */
export function writeCase(
  casePath: string,
  caseFile: CaseFile,
  expectedFingerprint: string,
  options: WriteOptions = {}
): Promise<Result<{ fingerprint: string; savedAt: string; case: CaseFile }>> {
  return serialised(casePath, async () => {
    const savedAt = (options.now ?? (() => new Date()))().toISOString()
    const toWrite: CaseFile = { ...caseFile, updatedAt: savedAt }
    const valid = validateCase(toWrite)
    if (!valid.ok) return fail('invalid-input', `Not saved: the case is not valid (${valid.error.message}).`)

    let current: Buffer | null
    try {
      current = await readBytes(casePath)
    } catch (error) {
      return describeWriteError(error, casePath)
    }
    const conflict = checkFingerprint(casePath, current, expectedFingerprint)
    if (conflict) return conflict

    const adapter = new AtomicJsonFile<CaseFile>(casePath, options.writeText ?? writeFileAtomic)
    const db = new Low<CaseFile>(adapter, valid.value)
    try {
      await db.write()
    } catch (error) {
      return describeWriteError(error, casePath)
    }
    const text = adapter.lastWritten ?? serialiseJson(valid.value)
    // The backup goes after the answer, in this file's queue: the checker sees "Saved" as soon as
    // the case itself is durable, and the next save still waits for the backup. A backup that
    // cannot be written must not turn a successful save into a failure.
    void serialised(casePath, () => keepBackup(casePath, text, savedAt).catch(() => undefined))
    const fingerprint = fingerprintOf(text)
    rememberVersion(casePath, fingerprint, valid.value)
    return ok({ fingerprint, savedAt, case: valid.value })
  })
}

function checkFingerprint(casePath: string, current: Buffer | null, expected: string): Result<never> | null {
  if (current === null) return null // nothing on disk to overwrite: (re)creating loses nothing
  if (expected === '') {
    return fail('conflict', `Not saved: ${casePath} already exists; open it instead of creating it again.`)
  }
  if (fingerprintOf(current) !== expected) {
    return fail(
      'conflict',
      `Not saved: ${casePath} was changed on disk since it was opened (by another window or program). Re-open it to see those changes; your edits are still on screen.`
    )
  }
  return null
}

/** A write error in words; the atomic writer guarantees the previous file is untouched. */
export function describeWriteError(error: unknown, casePath: string): Result<never> {
  const { code, reason } = writeFailure(error)
  const advice = code === 'disk-full' ? ' Free some space and save again.' : ''
  return fail(code, `Could not save ${casePath}: ${reason}. The previous version is intact.${advice}`)
}
