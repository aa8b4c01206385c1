/**
 * "Put my version back": the case file on disk cannot be used (another program damaged it, it was moved or deleted,
 * another case was copied over it) while a window holds the checker's version of it. That version (the version on
 * disk it was made from, named by its fingerprint, and a patch of what changed since, as a save sends) is written in
 * the file's place, and whatever file was there is kept aside first, never deleted: a damaged one as
 * `<case minus .json>.broken-<time>.json` (as restoring a backup does), another case as
 * `<name> (replaced <time>).factdesk.json`, which opens as a case. All of it under the case's lock, atomically.
 * A file that is a good version of this very case again is not replaced: that is an ordinary change, merged by the
 * next save; unless it is the very file (by its token) the window found to be an older copy of the case, which the
 * checker chose to replace.
 */
import { readFile, rename } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { CasePatch, PutBack } from '../../shared/contract'
import { fail, ok, type AppError, type Result } from '../../shared/result'
import { applyPatch } from '../../core/case/case-patch'
import { writeFileAtomic } from './atomic-file'
import { brokenAside, keepBackupNoted } from './case-backups'
import { LockTimeoutError, withCaseLock } from './case-lock'
import { baseVersion } from './case-saves'
import {
  CASE_SUFFIX,
  canonicalCasePath,
  describeWriteError,
  fingerprintOf,
  newerMessage,
  parseCaseText
} from './case-store'
import { serialiseCaseBytes } from './case-text'
import { noteWritten, rememberVersion } from './case-versions'
import { checkPatchedCase, validatePatch } from './patch-validation'

/** `<name> (replaced 2024-03-14 09-30-00).factdesk.json` beside the case, a name not taken yet. */
function replacedAside(casePath: string, now: Date): string {
  const stem = basename(casePath).slice(0, -CASE_SUFFIX.length)
  const stamp = now.toISOString().slice(0, 19).replace('T', ' ').replace(/:/g, '-')
  let path = join(dirname(casePath), `${stem} (replaced ${stamp})${CASE_SUFFIX}`)
  for (let n = 2; existsSync(path); n += 1)
    path = join(dirname(casePath), `${stem} (replaced ${stamp} ${n})${CASE_SUFFIX}`)
  return path
}

/**
 * The file now at `casePath`: none, a good version of the case `id`, or something to keep aside (and where). A good
 * version whose token is `replacing` is kept aside too: an older copy the checker was told of and chose to replace.
 */
async function standing(
  casePath: string,
  id: string,
  now: Date,
  replacing?: string
): Promise<'none' | 'good' | { newer: AppError } | { aside: string }> {
  let bytes: Buffer
  try {
    bytes = await readFile(casePath)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'none'
    throw error
  }
  const parsed = parseCaseText(bytes.toString('utf8'), basename(casePath))
  if (!parsed.ok && parsed.error.code === 'case-newer') return { newer: parsed.error }
  if (parsed.ok && parsed.value.id === id && fingerprintOf(bytes) !== replacing) return 'good'
  return { aside: parsed.ok ? replacedAside(casePath, now) : brokenAside(casePath, now) }
}

export async function putBackCase(
  givenPath: string,
  request: { fingerprint: string; patch: CasePatch; replacing?: string },
  now: Date
): Promise<Result<PutBack>> {
  const casePath = await canonicalCasePath(givenPath)
  const patch = validatePatch(request.patch)
  if (!patch.ok) return patch
  const base = await baseVersion(casePath, request.fingerprint)
  if (!base)
    return fail(
      'conflict',
      `Not put back: the version of ${casePath} your edits were made on is no longer known here. Save your version as a copy.`
    )
  const ours = checkPatchedCase({ ...applyPatch(base, patch.value), updatedAt: now.toISOString() })
  if (!ours.ok) return ours
  const bytes = serialiseCaseBytes(ours.value)
  let setAside: string | null = null
  try {
    const done = await withCaseLock(casePath, async () => {
      const found = await standing(casePath, ours.value.id, now, request.replacing)
      if (found === 'good' || (typeof found === 'object' && 'newer' in found)) return found
      if (found !== 'none') {
        await rename(casePath, found.aside)
        setAside = found.aside
      }
      try {
        await writeFileAtomic(casePath, bytes)
      } catch (error) {
        // Not written (a full disk): the file that was there goes back where it was, as it was.
        if (found !== 'none') await rename(found.aside, casePath).catch(() => undefined)
        throw error
      }
      return 'written' as const
    })
    if (done !== 'written' && done !== 'good') return fail('case-newer', newerMessage(casePath, done.newer, 'put back'))
    if (done === 'good')
      return fail(
        'conflict',
        `Not put back: ${casePath} is a good version of this case again; your changes are merged into it as usual.`
      )
  } catch (error) {
    if (error instanceof LockTimeoutError)
      return fail('locked', `Not put back yet: ${error.message} (${casePath}). Try again in a moment.`)
    return describeWriteError(error, casePath)
  }
  const fingerprint = fingerprintOf(bytes)
  rememberVersion(casePath, fingerprint, ours.value)
  await noteWritten(casePath, fingerprint)
  // As every save: kept among the backups too (best effort, how it went noted for the poll to tell).
  await keepBackupNoted(casePath, bytes, ours.value.updatedAt)
  return ok({ fingerprint, savedAt: ours.value.updatedAt, setAside })
}
