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
 *
 * Another program (no Factdesk lock) may write the file while this runs: the file set aside must be the very one
 * judged (its bytes are compared once it is aside), and the rename of ours into place happens only while nothing is
 * there; a file changed meanwhile is judged again (up to 3 times), never written over unseen.
 */
import { link, readFile, rename, unlink } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { CasePatch, PutBack } from '../../shared/contract'
import { fail, ok, type AppError, type Result } from '../../shared/result'
import { applyPatch } from '../../core/case/case-patch'
import { ChangedMeanwhileError, describeWriteError, writeFileAtomic, type AtomicWriter } from './atomic-file'
import { brokenAside, keepBackupNoted } from './case-backups'
import { LockTimeoutError, withCaseLock } from './case-lock'
import { baseVersion } from './case-saves'
import { CASE_SUFFIX, canonicalCasePath, fingerprintOf, newerMessage, parseCaseText } from './case-store'
import { linkInPlace } from './case-read'
import { serialiseCaseBytes } from './case-text'
import { noteWritten, rememberVersion, statKey } from './case-versions'
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
): Promise<'none' | 'good' | { newer: AppError } | { aside: string; fingerprint: string }> {
  // A link in its place is not this case file whatever it points to (nothing, another case, this case moved): the
  // link itself is kept aside, what it points to is neither read as the case nor written.
  const link = await linkInPlace(casePath)
  if (link) return { aside: brokenAside(casePath, now, 'link'), fingerprint: await identityOf(casePath) }
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
  const aside = parsed.ok ? replacedAside(casePath, now) : brokenAside(casePath, now)
  return { aside, fingerprint: fingerprintOf(bytes) }
}

/** What tells the file judged from another put there meanwhile: its bytes' fingerprint, or a link's target. */
async function identityOf(path: string): Promise<string> {
  const link = await linkInPlace(path)
  return link ? `link to ${link.target}` : fingerprintOf(await readFile(path))
}

type Placed = 'good' | { newer: AppError } | { setAside: string | null }

/** Moves the file judged out of the way; the seam tests use to have another program write in that very moment. */
export type MoveAside = (from: string, to: string) => Promise<void>

/** Sets aside what is at `casePath` (the very file judged) and writes `bytes` there while nothing else is. */
async function placeOnce(
  casePath: string,
  id: string,
  bytes: Uint8Array,
  now: Date,
  replacing: string | undefined,
  write: AtomicWriter,
  moveAside: MoveAside
): Promise<Placed> {
  const before = await statKey(casePath)
  const found = await standing(casePath, id, now, replacing)
  if (found === 'good' || (found !== 'none' && 'newer' in found)) return found
  const aside = found === 'none' ? null : found
  if (aside) {
    if ((await statKey(casePath)) !== before) throw new ChangedMeanwhileError(`${casePath} changed while judged`)
    await moveAside(casePath, aside.aside)
    if ((await identityOf(aside.aside)) !== aside.fingerprint) {
      // Another program's file was renamed, not the one judged: back where it was (unless yet another is there).
      await link(aside.aside, casePath).then(
        () => unlink(aside.aside),
        () => undefined
      )
      throw new ChangedMeanwhileError(`${casePath} changed while it was set aside`)
    }
  }
  try {
    // Ours goes in only while nothing is at the path: a file another program put there meanwhile stays.
    await write(casePath, bytes, async () => (await statKey(casePath)) === null)
  } catch (error) {
    // Not written (a full disk): the file that was there goes back where it was, as it was.
    if (aside && !(error instanceof ChangedMeanwhileError)) await rename(aside.aside, casePath).catch(() => undefined)
    throw error
  }
  return { setAside: aside?.aside ?? null }
}

/** A program that keeps writing the file under every try is not chased for ever. */
const CHANGED_MEANWHILE_TRIES = 3

export async function putBackCase(
  givenPath: string,
  request: { fingerprint: string; patch: CasePatch; replacing?: string },
  now: Date,
  write: AtomicWriter = writeFileAtomic,
  moveAside: MoveAside = rename
): Promise<Result<PutBack>> {
  // The open case's own path: a link put there since is set aside, not followed.
  const casePath = await canonicalCasePath(givenPath, false)
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
  let placed: Placed
  try {
    placed = await withCaseLock(casePath, async () => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await placeOnce(casePath, ours.value.id, bytes, now, request.replacing, write, moveAside)
        } catch (error) {
          if (!(error instanceof ChangedMeanwhileError) || attempt >= CHANGED_MEANWHILE_TRIES) throw error
        }
      }
    })
  } catch (error) {
    if (error instanceof LockTimeoutError)
      return fail('locked', `Not put back yet: ${error.message} (${casePath}). Try again in a moment.`)
    if (error instanceof ChangedMeanwhileError)
      return fail(
        'conflict',
        `Not put back: ${casePath} was written by another program during each try, and was left as it wrote it. Your edits are still on screen; try again in a moment, or save them as a copy.`
      )
    return describeWriteError(error, casePath, false, 'put back')
  }
  if (placed === 'good')
    return fail(
      'conflict',
      `Not put back: ${casePath} is a good version of this case again; your changes are merged into it as usual.`
    )
  if ('newer' in placed) return fail('case-newer', newerMessage(casePath, placed.newer, 'put back'))
  const { setAside } = placed
  const fingerprint = fingerprintOf(bytes)
  rememberVersion(casePath, fingerprint, ours.value)
  await noteWritten(casePath, fingerprint)
  // As every save: kept among the backups too (best effort, how it went noted for the poll to tell).
  await keepBackupNoted(casePath, bytes, ours.value.updatedAt)
  return ok({ fingerprint, savedAt: ours.value.updatedAt, setAside })
}
