/**
 * One writer at a time per case across processes: the desktop app, browser mode, a second window's server, the
 * CLI, a colleague's Factdesk on a shared folder. A write holds `.<case file name>.lock` beside the case while it
 * compares the file with the version it started from and replaces it; the lock is created with O_EXCL (`wx`), so
 * exactly one process gets it, and holds who took it (host, pid, a random nonce, when).
 *
 * A lock left by a writer that died (kill -9, power cut) is stale: its pid is gone on this host, or it is older
 * than LOCK_STALE_MS (a write takes milliseconds; another host's pid cannot be checked). A stale lock is taken
 * over by renaming it aside and checking that what was renamed is the very lock judged stale (two processes may
 * judge it at once: the second one's rename would otherwise remove the first one's fresh lock).
 *
 * A lock appears with its contents: they are written to `<lock>.new-<hex>` and hard-linked to the lock's name, which
 * fails when a lock is there. So a lock that is empty or does not parse is no live writer's (a write that failed on a
 * full disk, a crash, an older Factdesk) and is taken over at once, not waited out for seconds at every save. Only a
 * folder without hard links (FAT, some shares) and older Factdesks create the lock first and fill it after: an
 * unreadable lock younger than UNREADABLE_GRACE_MS is left to them.
 */
import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { link, open, readFile, rename, stat, unlink, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Older than this, a lock is a leftover whatever its pid says: no write takes this long. */
export const LOCK_STALE_MS = 30_000
/** How long a write waits for another process's write before answering 'locked'. */
export const LOCK_WAIT_MS = 15_000
/** A lock created, then filled (no hard links there, an older Factdesk), is full well within this. */
export const UNREADABLE_GRACE_MS = 100

export interface LockOwner {
  host: string
  pid: number
  nonce: string
  at: string
}

export class LockTimeoutError extends Error {}

export function lockPathFor(casePath: string): string {
  return join(dirname(casePath), `.${basename(casePath)}.lock`)
}

/** True when `pid` runs on this host (EPERM: it runs as someone else). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const HOST = hostname()

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>
    if (typeof parsed.pid !== 'number' || typeof parsed.nonce !== 'string' || typeof parsed.host !== 'string')
      return null
    return parsed as LockOwner
  } catch {
    return null
  }
}

/** Why a lock is stale, or null when its writer may still be at work. */
async function staleness(path: string, owner: LockOwner | null): Promise<string | null> {
  let age: number
  try {
    age = Date.now() - (await stat(path)).mtimeMs
  } catch {
    return null // gone meanwhile: just try again
  }
  if (age > LOCK_STALE_MS) return `older than ${LOCK_STALE_MS / 1000} s`
  // Empty or unparseable: nobody's, past the moment a lock made without a link takes to be filled.
  if (owner === null) return age > UNREADABLE_GRACE_MS ? 'unreadable' : null
  if (owner.host === HOST && owner.pid !== process.pid && !processAlive(owner.pid))
    return `its process ${owner.pid} is gone`
  return null
}

/** Removes the stale lock judged by `owner`, and only that one. */
async function takeOver(path: string, owner: LockOwner | null): Promise<void> {
  const aside = `${path}.stale-${randomBytes(6).toString('hex')}`
  try {
    await rename(path, aside)
  } catch {
    return // someone else took it over first
  }
  const moved = await readOwner(aside)
  // An unreadable lock was judged: one that reads is another's, taken meanwhile.
  if (moved !== null && (owner === null || moved.nonce !== owner.nonce)) {
    // What was renamed is a fresh lock taken meanwhile: put it back (link fails if yet another one exists).
    await link(aside, path).catch(() => undefined)
  }
  await unlink(aside).catch(() => undefined)
}

/** Puts the lock's text into its freshly created file; the seam tests use to fill the disk meanwhile. */
export type LockFiller = (handle: FileHandle, text: string) => Promise<void>

const fillFile: LockFiller = (handle, text) => handle.writeFile(text)

/** Creates `path` holding `text` if nothing is there (false when something is); a failed write leaves no file. */
async function createWith(path: string, text: string, fill: LockFiller): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>>
  try {
    handle = await open(path, 'wx', 0o644)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error // a read-only or missing folder: the caller words it
  }
  try {
    await fill(handle, text)
    await handle.close()
  } catch (error) {
    // A full disk: an empty file left here would be a lock nobody holds.
    await handle.close().catch(() => undefined)
    await unlink(path).catch(() => undefined)
    throw error
  }
  return true
}

/** Errors of a folder that cannot hard-link: the lock is then created in place and filled after. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK'])

/**
 * Gives the file at `from` the name `to` too, whole at once, unless a file has that name ('taken'), as O_EXCL would;
 * 'no-links' where the folder cannot hard-link (FAT, some shares). Used by the lock and by a copy (case-copy.ts).
 */
export async function linkNew(from: string, to: string): Promise<'linked' | 'taken' | 'no-links'> {
  try {
    await link(from, to)
    return 'linked'
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    if (code === 'EEXIST') return 'taken'
    if (NO_LINKS.has(code)) return 'no-links'
    throw error
  }
}

async function tryCreate(path: string, owner: LockOwner, fill: LockFiller): Promise<boolean> {
  const text = JSON.stringify(owner)
  const filled = `${path}.new-${randomBytes(6).toString('hex')}`
  if (!(await createWith(filled, text, fill))) return false
  try {
    const linked = await linkNew(filled, path)
    return linked === 'no-links' ? await createWith(path, text, fill) : linked === 'linked'
  } finally {
    await unlink(filled).catch(() => undefined)
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs `task` holding the case's lock; throws LockTimeoutError after `waitMs` of another writer holding it, and the
 * write's own error when the lock cannot be made (a full disk, a read-only folder), leaving no lock file behind.
 */
export async function withCaseLock<T>(
  casePath: string,
  task: () => Promise<T>,
  waitMs = LOCK_WAIT_MS,
  fill: LockFiller = fillFile
): Promise<T> {
  const path = lockPathFor(casePath)
  const me: LockOwner = {
    host: HOST,
    pid: process.pid,
    nonce: randomBytes(8).toString('hex'),
    at: new Date().toISOString()
  }
  const deadline = Date.now() + waitMs
  for (let attempt = 0; !(await tryCreate(path, me, fill)); attempt += 1) {
    const owner = await readOwner(path)
    if (await staleness(path, owner)) {
      await takeOver(path, owner)
      continue
    }
    if (Date.now() > deadline)
      throw new LockTimeoutError(
        `another Factdesk (${owner ? `${owner.host}, process ${owner.pid}` : 'unknown'}) is writing it`
      )
    // Short waits first (another write takes milliseconds), with jitter so two waiters do not step in time.
    await sleep(Math.min(50, 2 + attempt * 3) * (0.5 + Math.random()))
  }
  try {
    return await task()
  } finally {
    const still = await readOwner(path)
    if (still?.nonce === me.nonce) await unlink(path).catch(() => undefined)
  }
}
