/**
 * Writing case files (`<article>.factdesk.json`) through lowdb; reading them is case-read.ts's.
 *
 * Rules that protect a checker's work:
 * - a file that does not parse or validate is never overwritten: reading answers 'case-invalid'
 *   naming the bad field, and the caller offers a backup (see case-backups.ts);
 * - writes are atomic (atomic-file.ts), one at a time per case across processes (case-lock.ts), and
 *   compare-and-swap on a fingerprint, the SHA-256 of the bytes last read or written: if someone else
 *   changed the file since, the two versions are merged three-way (merge-cases.ts), never overwritten;
 * - a full disk or read-only folder answers a clear message and leaves the previous file intact;
 * - every successful save is also kept in the rotating backups.
 */
import { basename } from 'node:path'
import { Low } from 'lowdb'
import type { CaseFile } from '../../shared/case'
import { fail, ok, type AppError, type Result } from '../../shared/result'
import { currentDraft } from '../../core/case/case-reading'
import { mergeCases } from '../../core/case/merge-cases'
import { AtomicJsonFile, ChangedMeanwhileError, describeWriteError, writeFileAtomic } from './atomic-file'
import type { AtomicWriter, TextWriter } from './atomic-file'
import { backupTrouble, keepBackupNoted } from './case-backups'
import { LOCK_WAIT_MS, LockTimeoutError, withCaseLock, type LockFiller } from './case-lock'
import { otherOwnerNames } from './case-owners'
import {
  canonicalCasePath,
  fingerprintOf,
  fingerprintOfWritten,
  linkRefusal,
  parseCaseText,
  readBytes
} from './case-read'
import { caseByteParts, isSentOnly, serialiseCaseBytes } from './case-text'
import {
  findVersion,
  holdsVersion,
  noteReplaced,
  noteWritten,
  rememberVersion,
  statKey,
  unchangedSince,
  wasReplaced,
  wholeCase
} from './case-versions'
import { validateCase } from './validation'

// Reading lives in case-read.ts; its names are answered here too, where every caller has always found them.
export {
  CASE_SUFFIX,
  canonicalCasePath,
  fingerprintOf,
  isCasePath,
  loadCaseFile,
  noteRead,
  parseCaseText,
  readCase,
  type LoadedCase
} from './case-read'

export interface WriteOptions {
  /** Replaces the atomic writer; tests use it to simulate a full disk. */
  writeText?: TextWriter
  /** Replaces the backup's atomic writer; tests use it to fill the disk after the case itself is written. */
  writeBackup?: AtomicWriter
  /** Replaces how the lock's file is filled; tests use it to fill the disk while the lock is made. */
  fillLock?: LockFiller
  /** Clock for updatedAt and the backup name. */
  now?: () => Date
  /** The case was checked already (a checked patch applied to a checked version): skip the whole-case check. */
  checked?: boolean
  /** When the file changed since the expected version: merge three-way (the default), or refuse ('conflict'). */
  merge?: boolean
  /** Who saves, named in any conflict the merge records (asked only when there is a merge). */
  by?: () => Promise<string>
  /** `casePath` is an open case's own path: a link put in its place since is refused, not followed. */
  opened?: boolean
  /**
   * A new case checked and serialised already (the import worker's, new-case.ts): these are its exact bytes, written
   * as they are, and the case keeps its own updatedAt. Only to create a file: a case merged with one found on disk
   * is not these bytes.
   */
  bytes?: Uint8Array
}

export interface WriteResult {
  fingerprint: string
  savedAt: string
  /** The case as written: the one given, or the merge of it with the change found on disk. */
  case: CaseFile
  /** True when the file had changed on disk and `case` is the merge. */
  merged: boolean
  /** Why backups of this case are not being kept (the last one could not be written), or null when they are. */
  backups: string | null
}

/** One write at a time per case (canonical path) inside this process; the case lock covers other processes. */
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

/** Resolves when every write queued for `casePath` (saves, backups; as opened or resolved: case-read.ts) is done. */
export async function pendingWrites(casePath: string): Promise<void> {
  const paths = [await canonicalCasePath(casePath), await canonicalCasePath(casePath, false)]
  await Promise.all(paths.map((path) => (queues.get(path) ?? Promise.resolve()).catch(() => undefined)))
}

/** What is on disk when a write starts, compared with the version the write started from. */
type OnDisk = { state: 'none' } | { state: 'same' } | { state: 'changed'; fingerprint: string; case: CaseFile }

/**
 * The file on disk against `expected`. A file this process last wrote or read (same inode, size and times) is
 * not read again; one that changed is read, and refused when it does not parse and validate: whatever token the
 * caller holds, a damaged file is never replaced (its backups are offered instead).
 */
async function onDisk(casePath: string, expected: string): Promise<Result<OnDisk>> {
  const throughLink = await linkRefusal(casePath)
  if (throughLink) return fail('conflict', throughLink)
  if (expected !== '' && (await unchangedSince(casePath, expected))) return ok({ state: 'same' })
  const bytes = await readBytes(casePath)
  if (bytes === null) return ok({ state: 'none' })
  const fingerprint = fingerprintOf(bytes)
  if (fingerprint === expected && holdsVersion(casePath, fingerprint)) return ok({ state: 'same' })
  const parsed = parseCaseText(bytes.toString('utf8'), basename(casePath))
  if (!parsed.ok && parsed.error.code === 'case-newer') return fail('case-newer', newerMessage(casePath, parsed.error))
  if (!parsed.ok) {
    return fail(
      'case-invalid',
      `Not saved: ${casePath} on disk is damaged (${parsed.error.message}) and was not replaced. Save your version as a copy; a good backup can be restored from the start screen.`
    )
  }
  if (fingerprint === expected) return ok({ state: 'same' })
  rememberVersion(casePath, fingerprint, parsed.value)
  return ok({ state: 'changed', fingerprint, case: parsed.value })
}

/** A newer Factdesk saved the file meanwhile: what only it knows would be lost by writing over it. */
export function newerMessage(casePath: string, error: AppError, not = 'saved'): string {
  return `Not ${not}: ${error.message.replace(/; update Factdesk to open it\.$/, '')}, since you opened it; it was not replaced, which would lose what only that version records. Your edits are still on screen: save them as a copy, and update Factdesk to bring them into the case (${casePath}).`
}

function olderMessage(casePath: string, older: CaseFile): string {
  return `Not saved: ${casePath} on disk was put back to an older copy of this case (saved ${older.updatedAt}), by a program, a sync tool or a checkout; merged, it would undo what was saved since, so nothing was written. Your edits are still on screen: put your version back (the older copy is kept aside) or save it as a copy.`
}

function goneMessage(casePath: string): string {
  return `Not saved: ${casePath} is gone (moved, renamed or deleted since it was opened), and no new file was made in its place, so no second copy of the case appears. Your edits are still on screen: put your version back to write it there again, or save it as a copy.`
}

/** The case to write over what is on disk: ours, or ours merged with a change made outside since `expected`. */
async function caseToWrite(
  casePath: string,
  ours: CaseFile,
  expected: string,
  disk: OnDisk,
  options: WriteOptions
): Promise<Result<{ case: CaseFile; merged: boolean }>> {
  // A save names the version it was made on: the file gone since (moved, renamed, deleted, a branch checked out
  // without it) is not made again here, which would leave two copies of the case to drift apart unseen.
  if (disk.state === 'none' && expected !== '') return fail('not-found', goneMessage(casePath))
  if (disk.state !== 'changed') return ok({ case: ours, merged: false })
  if (expected === '')
    return fail('conflict', `Not saved: ${casePath} already exists; open it instead of creating it again.`)
  // Another case copied over this one is no change to merge (it would mix this case's work into another article's).
  if (disk.case.id !== ours.id) {
    const other = currentDraft(disk.case)
    return fail(
      'conflict',
      `Not saved: ${casePath} on disk is now another case (“${other.article.title || other.fileName}”), not the one you are checking; it was not replaced. Your edits are still on screen: put your version back or save it as a copy.`
    )
  }
  if (wasReplaced(casePath, disk.fingerprint)) return fail('conflict', olderMessage(casePath, disk.case))
  const base = options.merge === false ? null : await findVersion(casePath, expected, parseCaseText)
  // A patched case whose items are held as keys (case-text.ts) is merged whole, parsed from its bytes.
  const whole = base && wholeCase(ours, basename(casePath), parseCaseText)
  if (!base || !whole) {
    return fail(
      'conflict',
      `Not saved: ${casePath} was changed on disk since it was opened (by another window or program)${options.merge === false ? '' : ', and the version your edits started from is no longer known'}. Your edits are still on screen: save them as a copy, then reload.`
    )
  }
  const merged = mergeCases(base, whole, disk.case, {
    at: ours.updatedAt,
    oursBy: (await options.by?.()) ?? '',
    theirsBy: await otherOwnerNames(casePath)
  })
  const valid = validateCase(merged.case)
  if (!valid.ok) {
    return fail(
      'conflict',
      `Not saved: your edits and the changes made on disk to ${casePath} could not be merged (${valid.error.message}).`
    )
  }
  return ok({ case: valid.value, merged: true })
}

/** A program that keeps replacing the file under every save is not chased for ever. */
const CHANGED_MEANWHILE_TRIES = 3

async function writeLocked(
  casePath: string,
  ours: CaseFile,
  expected: string,
  options: WriteOptions
): Promise<Result<WriteResult>> {
  // Another program takes no lock: a file it replaces between the read and the rename is read again and merged.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await writeOnce(casePath, ours, expected, options)
    } catch (error) {
      if (!(error instanceof ChangedMeanwhileError)) throw error
      if (attempt >= CHANGED_MEANWHILE_TRIES)
        return fail(
          'conflict',
          `Not saved: ${casePath} was changed by another program during each of ${attempt} saves, and was left as that program wrote it. Your edits are still on screen; save again in a moment, or save them as a copy.`
        )
    }
  }
}

async function writeOnce(
  casePath: string,
  ours: CaseFile,
  expected: string,
  options: WriteOptions
): Promise<Result<WriteResult>> {
  // The file as it stands before it is read: a rename may replace it only if it still stands so.
  const before = await statKey(casePath)
  const disk = await onDisk(casePath, expected)
  if (!disk.ok) return disk
  const chosen = await caseToWrite(casePath, ours, expected, disk.value, options)
  if (!chosen.ok) return chosen
  const prepared = options.bytes && chosen.value.case === ours ? options.bytes : null
  // The kept pieces, written without joining them (atomic-file.ts), then hashed and backed up as they are.
  const serialise = prepared ? () => prepared : caseByteParts
  const unchanged = async () => (await statKey(casePath)) === before
  const adapter = new AtomicJsonFile<CaseFile>(casePath, options.writeText ?? writeFileAtomic, serialise, unchanged)
  await new Low<CaseFile>(adapter, chosen.value.case).write()
  const text = adapter.lastWritten ?? serialiseCaseBytes(chosen.value.case)
  const fingerprint = await fingerprintOfWritten(text)
  rememberVersion(casePath, fingerprint, chosen.value.case)
  noteReplaced(casePath, [expected, disk.value.state === 'changed' ? disk.value.fingerprint : ''], fingerprint)
  await noteWritten(casePath, fingerprint)
  // The backup goes after the answer, in this file's queue (and under its lock): the checker sees "Saved" as soon
  // as the case itself is durable, and the next save still waits for the backup. A backup that cannot be written
  // must not turn a successful save into a failure; how the last one went is answered (backups) so the checker knows.
  const savedAt = ours.updatedAt
  void serialised(casePath, () => keepBackupNoted(casePath, text, savedAt, options.writeBackup))
  const { case: written, merged } = chosen.value
  return ok({ fingerprint, savedAt, case: written, merged, backups: backupTrouble(casePath) })
}

/**
 * Saves `caseFile` to `casePath` over the version `expectedFingerprint` names ('' = the file must not exist yet):
 * one write at a time per case in this process (its canonical path is the queue), under the case's lock across
 * processes. When the file changed since, the two are merged three-way (merge-cases.ts) unless `merge: false`.
 */
export async function writeCase(
  casePath: string,
  caseFile: CaseFile,
  expectedFingerprint: string,
  options: WriteOptions = {}
): Promise<Result<WriteResult>> {
  const path = await canonicalCasePath(casePath, !options.opened)
  // A stand-in for a case only sent on (case-text.ts) holds no items: writing it would empty the file.
  if (isSentOnly(caseFile)) return fail('internal', `Not saved: the case for ${path} was only answered, not kept.`)
  if (options.bytes && expectedFingerprint !== '')
    return fail('internal', `Not saved: a prepared case only creates a file, and ${path} exists already.`)
  return serialised(path, async () => {
    const savedAt = (options.now ?? (() => new Date()))().toISOString()
    let toWrite: CaseFile = options.bytes ? caseFile : { ...caseFile, updatedAt: savedAt }
    if (!options.checked && !options.bytes) {
      const valid = validateCase(toWrite)
      if (!valid.ok) return fail('invalid-input', `Not saved: the case is not valid (${valid.error.message}).`)
      toWrite = valid.value
    }
    try {
      const locked = () => writeLocked(path, toWrite, expectedFingerprint, options)
      return await withCaseLock(path, locked, LOCK_WAIT_MS, options.fillLock)
    } catch (error) {
      if (error instanceof LockTimeoutError) {
        return fail('locked', `Not saved yet: ${error.message} (${path}). Your edits are kept; save again in a moment.`)
      }
      return describeWriteError(error, path, expectedFingerprint === '')
    }
  })
}
