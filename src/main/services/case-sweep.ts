/**
 * Leftovers of writes that never finished (a crash, kill -9, a power cut): the temp files of the case's atomic
 * writes (`.<case file name>.<12 hex>.tmp`, full copies of a possibly confidential case), of its backups and of its
 * copies being saved (`.<name> (copy <time>).factdesk.json.<12 hex>.tmp`), and stale locks set aside during a takeover. Opening a case sweeps its own, by name pattern, and by whether a write
 * can be in progress: under the case's lock no Factdesk is writing it (every case write and backup holds that
 * lock), so every leftover goes; when the lock stays busy, only those older than SWEEP_AGE_MS go.
 */
import { readdir, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { backupsDirFor } from './case-backups'
import { CASE_SUFFIX } from './case-read'
import { withCaseLock } from './case-lock'

/** Old enough that no write could still be writing it. */
export const SWEEP_AGE_MS = 10 * 60_000

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The leftover names of this case in its folder, and of any file in its backups folder. A copy being saved holds no
 * lock (it is the way out when the case cannot be saved), so its temp (case-copy.ts, and the atomic writer's inside
 * it) goes only once it is old, lock or no lock.
 */
function leftoverPatterns(casePath: string): { folder: string; pattern: RegExp; ageMs?: number }[] {
  const name = escape(basename(casePath))
  const copy = `${escape(basename(casePath).slice(0, -CASE_SUFFIX.length))} \\(copy [0-9 -]{19}\\)${escape(CASE_SUFFIX)}`
  const temp = '\\.[0-9a-f]{12}\\.tmp'
  return [
    { folder: dirname(casePath), pattern: new RegExp(`^\\.${name}${temp}$`) },
    { folder: dirname(casePath), pattern: new RegExp(`^\\.${name}\\.lock\\.stale-[0-9a-f]{12}$`) },
    { folder: dirname(casePath), pattern: new RegExp(`^\\.\\.?${copy}${temp}(${temp})?$`), ageMs: SWEEP_AGE_MS },
    { folder: backupsDirFor(casePath), pattern: /^\..+\.[0-9a-f]{12}\.tmp$/ }
  ]
}

async function sweepFolders(casePath: string, olderThanMs: number): Promise<number> {
  let removed = 0
  const now = Date.now()
  for (const { folder, pattern, ageMs = 0 } of leftoverPatterns(casePath)) {
    const minAge = Math.max(olderThanMs, ageMs)
    let names: string[]
    try {
      names = await readdir(folder)
    } catch {
      continue
    }
    for (const name of names.filter((n) => pattern.test(n))) {
      const path = join(folder, name)
      try {
        if (minAge > 0 && now - (await stat(path)).mtimeMs < minAge) continue
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
