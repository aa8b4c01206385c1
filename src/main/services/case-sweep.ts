/**
 * Leftovers of writes that never finished (a crash, kill -9, a power cut): the temp files of the case's atomic
 * writes (`.<case file name>.<12 hex>.tmp`, full copies of a possibly confidential case) and of its backups, and
 * stale locks set aside during a takeover. Opening a case sweeps its own, by name pattern, and by whether a write
 * can be in progress: under the case's lock no Factdesk is writing it (every case write and backup holds that
 * lock), so every leftover goes; when the lock stays busy, only those older than SWEEP_AGE_MS go.
 */
import { readdir, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { backupsDirFor } from './case-backups'
import { withCaseLock } from './case-lock'

/** Old enough that no write could still be writing it. */
export const SWEEP_AGE_MS = 10 * 60_000

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The leftover names of this case in its folder, and of any file in its backups folder. */
function leftoverPatterns(casePath: string): { folder: string; pattern: RegExp }[] {
  const name = escape(basename(casePath))
  return [
    { folder: dirname(casePath), pattern: new RegExp(`^\\.${name}\\.[0-9a-f]{12}\\.tmp$`) },
    { folder: dirname(casePath), pattern: new RegExp(`^\\.${name}\\.lock\\.stale-[0-9a-f]{12}$`) },
    { folder: backupsDirFor(casePath), pattern: /^\..+\.[0-9a-f]{12}\.tmp$/ }
  ]
}

async function sweepFolders(casePath: string, olderThanMs: number): Promise<number> {
  let removed = 0
  const now = Date.now()
  for (const { folder, pattern } of leftoverPatterns(casePath)) {
    let names: string[]
    try {
      names = await readdir(folder)
    } catch {
      continue
    }
    for (const name of names.filter((n) => pattern.test(n))) {
      const path = join(folder, name)
      try {
        if (olderThanMs > 0 && now - (await stat(path)).mtimeMs < olderThanMs) continue
        await unlink(path)
        removed += 1
      } catch {
        // gone meanwhile, or not ours to delete: leave it
      }
    }
  }
  return removed
}

const running = new Map<string, Promise<number>>()

/** Removes the case's leftovers; answers how many went. Never fails: a sweep is housekeeping. */
export function sweepLeftovers(casePath: string): Promise<number> {
  const already = running.get(casePath)
  if (already) return already
  const sweep = withCaseLock(casePath, () => sweepFolders(casePath, 0), 2_000)
    .catch(() => sweepFolders(casePath, SWEEP_AGE_MS))
    .catch(() => 0)
    .finally(() => running.delete(casePath))
  running.set(casePath, sweep)
  return sweep
}
