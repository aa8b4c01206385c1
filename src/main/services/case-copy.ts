/**
 * "Save my version as a copy": the case as the checker sees it, written beside the case file under a new name
 * (`draft.txt (copy 2024-03-14 09-30-00).factdesk.json`), never over anything. The way out of any conflict that
 * keeps every keystroke: the copy opens like any case. When the case's folder cannot be written (a share that turned
 * read-only, the very reason saves fail), the copy goes to the data folder's `cases/`, as a new case does.
 */
import { lstat, mkdir, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import type { CaseFile } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import { CASE_SUFFIX } from './case-store'
import { serialiseJson, syncFolder, tempPathFor, writeFailure, writeFileAtomic } from './atomic-file'
import type { AtomicWriter } from './atomic-file'
import { linkNew } from './case-lock'
import { copyGoesToDataFolder } from './case-sweep'
import { casesDir } from './data-dir'
import { validateCase } from './validation'

export interface CopyOptions {
  /** The data folder: where the copy goes when the case's own folder cannot be written. */
  dataDir?: string
  /** Replaces the atomic writer; tests simulate a full disk or a read-only folder with it. */
  write?: AtomicWriter
}

function copyName(casePath: string, at: Date, n: number): string {
  const stem = basename(casePath).slice(0, -CASE_SUFFIX.length)
  const stamp = at.toISOString().slice(0, 19).replace('T', ' ').replace(/:/g, '-')
  return `${stem} (copy ${stamp}${n > 1 ? ` ${n}` : ''})${CASE_SUFFIX}`
}

type Failed = { error: unknown; path: string }
type Copied = { path: string } | Failed | null

/** Where a copy is written whole before it takes its name: `.<first copy name>.<12 hex>.tmp`, swept when old. */
export function copyTempPath(folder: string, casePath: string, now: Date): string {
  return tempPathFor(join(folder, copyName(casePath, now, 1)))
}

/** True when something (a file, a folder, a link) has the name `path`. */
async function taken(path: string): Promise<boolean> {
  try {
    await lstat(path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
}

/** Gives the whole copy at `temp` the name `path` unless a file has it; false when one does. */
async function takeName(temp: string, path: string): Promise<boolean> {
  const linked = await linkNew(temp, path)
  if (linked !== 'no-links') return linked === 'linked'
  // No hard links here (FAT, exFAT, some shares): the whole copy is renamed to its name once that is seen free, so
  // the name never holds an empty or partial copy (claiming it empty first left one to a crash). The race, stated:
  // rename replaces, so a file made at that very name between the look and the rename (microseconds) would be
  // replaced; only another save as copy of this case, in the same second, makes that name.
  if (await taken(path)) return false
  await rename(temp, path)
  return true
}

/**
 * Writes the copy whole under a hidden temp name in `folder`, then gives it a fresh name (never one taken, so two
 * copies in one second never overwrite each other). A crash at any point leaves no copy or the whole copy, never an
 * empty or partial one; a temp left by a crash is swept by the next open of the case once it is old (case-sweep.ts;
 * in the data folder, by the next start or an open after a copy went there).
 * Null when every name is taken.
 */
async function copyInto(
  folder: string,
  casePath: string,
  text: string,
  now: Date,
  write: AtomicWriter
): Promise<Copied> {
  const temp = copyTempPath(folder, casePath, now)
  try {
    await write(temp, text)
  } catch (error) {
    return { error, path: join(folder, copyName(casePath, now, 1)) }
  }
  try {
    for (let n = 1; n < 100; n += 1) {
      const path = join(folder, copyName(casePath, now, n))
      try {
        if (!(await takeName(temp, path))) continue
      } catch (error) {
        return { error, path }
      }
      await syncFolder(folder)
      return { path }
    }
    return null
  } finally {
    await unlink(temp).catch(() => undefined)
  }
}

/** What a failed copy says: why, where, and that the checker's version is still on screen. */
function notCopied(copied: Failed | null, casePath: string, also?: Failed | null): Result<never> {
  if (!copied) return fail('write-failed', `Copy not saved: too many copies of ${basename(casePath)} this second.`)
  const { code, reason } = writeFailure(copied.error)
  const elsewhere = also ? `, nor in ${dirname(also.path)} (${writeFailure(also.error).reason})` : ''
  const fix = code === 'disk-full' ? 'free some space and save the copy again' : 'save the copy again once it can be'
  return fail(
    code,
    `Copy not saved: it could not be written in ${dirname(copied.path)} (${reason})${elsewhere}. Your version is still on screen; ${fix}.`
  )
}

export async function saveCopy(
  casePath: string,
  caseFile: CaseFile,
  now: Date,
  options: CopyOptions = {}
): Promise<Result<{ path: string }>> {
  const valid = validateCase({ ...caseFile, updatedAt: now.toISOString() })
  if (!valid.ok) return fail('invalid-input', `Copy not saved: the case is not valid (${valid.error.message}).`)
  const text = serialiseJson(valid.value)
  const write = options.write ?? writeFileAtomic
  const { dataDir } = options
  const dataCases = dataDir ? casesDir(dataDir) : null
  const inDataFolder = dataCases !== null && resolve(dataCases) === resolve(dirname(casePath))
  // A temp this copy leaves in the data folder (a write that never ends) is swept by a later open (case-sweep.ts).
  if (dataDir && inDataFolder) copyGoesToDataFolder(dataDir)
  const beside = await copyInto(dirname(casePath), casePath, text, now, write)
  if (beside && !('error' in beside)) return ok(beside)
  const refused = beside !== null && ['read-only', 'not-writable'].includes(writeFailure(beside.error).code)
  if (!refused || !dataDir || !dataCases || inDataFolder) return notCopied(beside, casePath)
  // The case's folder refuses any file: the copy is kept in the data folder instead.
  copyGoesToDataFolder(dataDir)
  await mkdir(dataCases, { recursive: true }).catch(() => undefined)
  const inData = await copyInto(dataCases, casePath, text, now, write)
  if (inData && !('error' in inData)) return ok(inData)
  return notCopied(beside, casePath, inData)
}
