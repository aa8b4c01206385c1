/**
 * Rotating backups of a case: every successful save is also copied to
 * `<case minus .json>.backups/<save time>.json` (e.g. draft.txt.factdesk.backups/2024-03-14T09-30-00.000Z.json),
 * and only the newest BACKUPS_KEPT stay. When a case file is damaged, the newest backups that
 * still validate are offered; restoring one keeps the damaged file aside, never deletes it.
 */
import { mkdir, readdir, readFile, rename, unlink } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { fail, ok, type Result } from '../../shared/result'
import { ChangedMeanwhileError, writeFailure, writeFileAtomic, type AtomicWriter, type WriteData } from './atomic-file'
import { withCaseLock } from './case-lock'
import { fingerprintOf, parseCaseText } from './case-store'
import { noteWritten, statKey } from './case-versions'

/** Ten versions: enough to step back past a bad afternoon, small enough to never matter on disk. */
export const BACKUPS_KEPT = 10

const BACKUP_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z\.json$/

function stem(casePath: string): string {
  return casePath.endsWith('.json') ? casePath.slice(0, -'.json'.length) : casePath
}

export function backupsDirFor(casePath: string): string {
  return `${stem(casePath)}.backups`
}

/** 2024-03-14T09:30:00.000Z ↔ 2024-03-14T09-30-00.000Z.json (colons are not allowed in Windows names). */
function backupName(at: Date): string {
  return `${at.toISOString().replace(/:/g, '-')}.json`
}

function savedAtOf(name: string): string {
  const stamp = name.slice(0, -'.json'.length)
  return `${stamp.slice(0, 10)}${stamp.slice(10).replace(/-/g, ':')}`
}

/** Copies the text just saved into the backups folder and drops the oldest beyond BACKUPS_KEPT. */
export async function keepBackup(
  casePath: string,
  text: WriteData,
  savedAt: string,
  write: AtomicWriter = writeFileAtomic
): Promise<string> {
  const dir = backupsDirFor(casePath)
  await mkdir(dir, { recursive: true })
  // Two saves in the same millisecond: step the name forward so neither overwrites the other.
  let at = new Date(savedAt)
  while (existsSync(join(dir, backupName(at)))) at = new Date(at.getTime() + 1)
  const path = join(dir, backupName(at))
  // Written before any old one goes: a backup that fails (a full disk) leaves the ones kept so far as they were.
  await write(path, text)
  const names = (await readdir(dir)).filter((name) => BACKUP_NAME.test(name)).sort()
  for (const old of names.slice(0, Math.max(0, names.length - BACKUPS_KEPT))) {
    await unlink(join(dir, old)).catch(() => undefined)
  }
  return path
}

/** Why each case's last backup could not be written, by case path: cleared by the next backup that is. */
const troubles = new Map<string, string>()

/** Why backups of the case at `casePath` are not being kept (its last one failed), or null when they are. */
export function backupTrouble(casePath: string): string | null {
  return troubles.get(casePath) ?? null
}

/**
 * keepBackup under the case's lock, noting how it went: a backup that cannot be written never fails the save it
 * follows, but the checker is told (backupTrouble, answered by the next save and poll) that the safety net is gone.
 */
export async function keepBackupNoted(
  casePath: string,
  text: WriteData,
  savedAt: string,
  write: AtomicWriter = writeFileAtomic
): Promise<void> {
  try {
    await withCaseLock(casePath, () => keepBackup(casePath, text, savedAt, write))
    troubles.delete(casePath)
  } catch (error) {
    const { code, reason } = writeFailure(error)
    const fix = code === 'disk-full' ? 'free some space' : 'make that folder writable (or move what is in its place)'
    troubles.set(
      casePath,
      `Backups of ${basename(casePath)} are not being kept: ${backupsDirFor(casePath)} cannot be written (${reason}). Your saves still go through, but no older copy is kept to go back to; ${fix}, and Factdesk will say when backups are kept again.`
    )
  }
}

/** A backup that can be put back: its path and when the save it copies was made. */
export interface BackupListed {
  path: string
  savedAt: string
}

/**
 * Backups that parse and validate, newest first. Each is a whole case parsed and checked: the app asks the engine
 * (the import worker) for this list (case-work.ts 'good-backups'), not its own thread.
 */
export async function listGoodBackups(casePath: string): Promise<BackupListed[]> {
  const dir = backupsDirFor(casePath)
  let names: string[]
  try {
    names = (await readdir(dir))
      .filter((name) => BACKUP_NAME.test(name))
      .sort()
      .reverse()
  } catch {
    return []
  }
  const good: BackupListed[] = []
  for (const name of names) {
    const path = join(dir, name)
    const text = await readFile(path, 'utf8').catch(() => null)
    if (text !== null && parseCaseText(text, name).ok) good.push({ path, savedAt: savedAtOf(name) })
  }
  return good
}

/** True when `child` lies inside `folder` (no `..` escape, no other drive). */
export function isInside(folder: string, child: string): boolean {
  const rel = relative(resolve(folder), resolve(child))
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

/**
 * Where a damaged case file is kept when something is put in its place: `<case minus .json>.broken-<time>.json`; a
 * link put where the case file was, `<case minus .json>.link-<time>.json` (still a link, to what it pointed to).
 */
export function brokenAside(casePath: string, now: Date, what: 'broken' | 'link' = 'broken'): string {
  return join(dirname(casePath), `${basename(stem(casePath))}.${what}-${now.toISOString().replace(/:/g, '-')}.json`)
}

/** A path the checker may restore from: one of `casePath`'s own backups, by its folder and its name. */
export function backupRefusal(casePath: string, backupPath: string): Result<never> | null {
  if (isInside(backupsDirFor(casePath), backupPath) && BACKUP_NAME.test(basename(backupPath))) return null
  return fail('invalid-input', `${backupPath} is not one of the backups of ${basename(casePath)}.`)
}

export const backupGone = (backupPath: string): string => `The backup ${backupPath} no longer exists.`
export const backupUnusable = (problem: string): string => `The backup cannot be used either: ${problem}`

/**
 * Puts a backup in place of the case file: `bytes` (a backup's, checked by the caller off this thread:
 * sessions.ts restoreBackupOffThread) are written where the case file is, the file there renamed first to
 * `<case minus .json>.broken-<time>.json` beside it (brokenAside), so nothing is ever lost.
 */
export async function putBackupInPlace(
  casePath: string,
  bytes: string | Uint8Array,
  now = new Date(),
  write: AtomicWriter = writeFileAtomic
): Promise<Result<null>> {
  const aside = brokenAside(casePath, now)
  try {
    await withCaseLock(casePath, async () => {
      const there = existsSync(casePath)
      if (there) await rename(casePath, aside)
      try {
        // The backup goes in only while nothing is at the path: a file another program put there meanwhile stays.
        await write(casePath, bytes, async () => (await statKey(casePath)) === null)
      } catch (error) {
        // Not restored (a full disk): the file that was there goes back to its place, as it was, not left aside.
        if (there && !(error instanceof ChangedMeanwhileError)) await rename(aside, casePath).catch(() => undefined)
        throw error
      }
      // The checker chose this older version: it is the one on disk now, not an older copy put back unseen.
      await noteWritten(casePath, fingerprintOf(bytes))
    })
  } catch (error) {
    if (error instanceof ChangedMeanwhileError) {
      const before = existsSync(aside) ? `; what was there before is at ${aside}` : ''
      return fail(
        'conflict',
        `Could not restore ${basename(casePath)}: another program wrote it meanwhile, and it was left as that program wrote it${before}. Open it again to see it; the backup is still there.`
      )
    }
    const { code, reason } = writeFailure(error)
    const kept = existsSync(casePath) ? 'The case file is as it was' : `The file that was there is at ${aside}`
    return fail(code, `Could not restore ${basename(casePath)}: ${reason}. ${kept}; the backup is still there.`)
  }
  return ok(null)
}
