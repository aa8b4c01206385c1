/**
 * Durable, atomic replacement of a file, as a lowdb adapter.
 *
 * Why not lowdb's own JSONFile: its writer (steno) does write a temp file and rename it over the
 * target, which is atomic, but it never fsyncs, so after a power cut the renamed file can be
 * empty on some filesystems; it also leaves its temp file behind when the write fails (e.g. a
 * full disk) and shares one temp name between writers. Cases are a checker's day of work, so the
 * case store uses this adapter: unique temp file in the same folder → write → fsync → rename →
 * fsync the folder. A crash at any point leaves the target either the old or the new version.
 */
import { open, readFile, rename, unlink, type FileHandle } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'
import { fail, type ErrorCode, type Result } from '../../shared/result'

/**
 * Asked just before the rename: false when the target changed since the caller read it (another program, which takes
 * no lock, replaced or edited it meanwhile). The write then leaves the target alone and throws ChangedMeanwhileError.
 */
export type Unchanged = () => Promise<boolean>

/** Writes `text` to `path` atomically; the seam tests use to simulate a full disk. */
export type TextWriter = (path: string, text: string, unchanged?: Unchanged) => Promise<void>

/** What an atomic write takes: text, bytes, or bytes in pieces written in their order (a case's, case-text.ts). */
export type WriteData = string | Uint8Array | readonly Uint8Array[]

/** Writes text or bytes to `path` atomically and durably. */
export type AtomicWriter = (path: string, data: WriteData, unchanged?: Unchanged) => Promise<void>

/** The target changed between the caller's read and the rename: nothing was written. */
export class ChangedMeanwhileError extends Error {}

/** The temp files this module creates look like `.<name>.<random>.tmp`; readers ignore them. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
}

export const writeFileAtomic: AtomicWriter = async (path, data, unchanged) => {
  const temp = tempPathFor(path)
  let handle: FileHandle | null = null
  try {
    handle = await open(temp, 'wx', 0o644)
    if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data)
    else await writePieces(handle, data)
    await handle.sync()
    await handle.close()
    handle = null
    // Last look before the rename (the write and fsync above take the longest): microseconds left, not the save.
    if (unchanged && !(await unchanged())) throw new ChangedMeanwhileError(`${path} changed while it was being saved`)
    await rename(temp, path)
  } catch (error) {
    // Nothing half-written may stay behind: the target was never touched, the temp goes.
    await handle?.close().catch(() => undefined)
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await syncFolder(dirname(path))
}

/**
 * The pieces written in order, not joined first: a 1.5 MB case is about 2,560 kept pieces (case-text.ts). writev
 * may write only some of them and answer how much, with no error (a disk filling up: libuv stops at the call that
 * fails and answers the bytes written before it), so the rest is written again until it is all written or a write
 * fails as the system says (ENOSPC): a short file never takes the case's name.
 */
async function writePieces(handle: FileHandle, pieces: readonly Uint8Array[]): Promise<void> {
  let rest = pieces.filter((piece) => piece.byteLength > 0)
  while (rest.length > 0) {
    let { bytesWritten } = await handle.writev(rest)
    if (bytesWritten <= 0) throw new Error(`the disk took none of the remaining ${rest.length} pieces`)
    let done = 0
    while (done < rest.length && bytesWritten >= rest[done].byteLength) bytesWritten -= rest[done++].byteLength
    rest = rest.slice(done)
    if (bytesWritten > 0) rest = [rest[0].subarray(bytesWritten), ...rest.slice(1)]
  }
}

/** Makes a rename or link itself durable. Some platforms cannot fsync a folder; that is not an error. */
export async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // EISDIR/EPERM/EINVAL on platforms without directory fsync: the rename is still atomic.
  }
}

/** Pretty JSON with a final newline: diff-friendly, and the exact bytes the fingerprint hashes. */
export function serialiseJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`
}

function textOf(data: WriteData): string {
  if (typeof data === 'string') return data
  return (data instanceof Uint8Array ? Buffer.from(data) : Buffer.concat(data)).toString('utf8')
}

export class AtomicJsonFile<T> implements Adapter<T> {
  /** The exact bytes (or text) of the last successful write, so callers hash it without serialising twice. */
  lastWritten: WriteData | null = null

  constructor(
    private readonly path: string,
    private readonly writeText: TextWriter = writeFileAtomic,
    private readonly serialise: (data: T) => WriteData = serialiseJson,
    private readonly unchanged?: Unchanged
  ) {}

  async read(): Promise<T | null> {
    try {
      return JSON.parse(await readFile(this.path, 'utf8')) as T
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
  }

  async write(data: T): Promise<void> {
    const out = this.serialise(data)
    // The test seam takes text; the real writer takes the bytes as they are.
    if (this.writeText !== writeFileAtomic) await this.writeText(this.path, textOf(out), this.unchanged)
    else await writeFileAtomic(this.path, out, this.unchanged)
    this.lastWritten = out
  }
}

/** Why a write failed, in words, with a stable code: shared by every writer's error message. */
export function writeFailure(error: unknown): { code: ErrorCode; reason: string } {
  switch ((error as NodeJS.ErrnoException).code ?? '') {
    case 'ENOSPC':
    case 'EDQUOT':
      return { code: 'disk-full', reason: 'the disk is full' }
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return { code: 'read-only', reason: 'the folder is read-only or not yours to write' }
    case 'ENOENT':
      return { code: 'not-writable', reason: 'its folder does not exist' }
    case 'ENOTDIR':
      return { code: 'not-writable', reason: 'part of its path is a file, not a folder' }
    case 'EEXIST':
      return { code: 'not-writable', reason: 'a file is where its folder goes' }
    case 'EISDIR':
      return { code: 'not-writable', reason: 'a folder has that name' }
    default:
      return { code: 'write-failed', reason: (error as Error).message ?? String(error) }
  }
}

const FOLDER_ADVICE = 'Your edits are still on screen: save them as a copy, or move the folder away and put them back.'

/** A folder that cannot be written (a share remounted read-only): where the checker's work can still go. */
const READ_ONLY_ADVICE =
  'Your edits are still on screen: save them as a copy (it goes to Factdesk’s data folder while this folder cannot be written), or try again once it can be.'

/**
 * A write error in words; the atomic writer guarantees the previous file, if any (`creating`: none), is untouched.
 * `doing`: what was asked, said first ('save', or 'put back' for the checker's version put in place of the file).
 */
export function describeWriteError(
  error: unknown,
  casePath: string,
  creating = false,
  doing: 'save' | 'put back' = 'save'
): Result<never> {
  const { code, reason } = writeFailure(error)
  if ((error as NodeJS.ErrnoException).code === 'EISDIR' && !creating)
    return fail(
      code,
      `Not ${doing === 'save' ? 'saved' : 'put back'}: ${casePath} is a folder now, not the case file; it was left as it is. ${FOLDER_ADVICE}`
    )
  const advice =
    code === 'disk-full'
      ? ` Free some space and ${creating ? 'try' : doing} again.`
      : code === 'read-only' && !creating
        ? ` ${READ_ONLY_ADVICE}`
        : ''
  if (creating) return fail(code, `Could not create ${casePath}: ${reason}; nothing was written.${advice}`)
  return fail(code, `Could not ${doing} ${casePath}: ${reason}. The previous version is intact.${advice}`)
}
