/**
 * Leftovers of writes that never finished (a crash, kill -9, a power cut): the temp files of the case's atomic
 * writes (`.<case file name>.<12 hex>.tmp`, full copies of a possibly confidential case), of its backups and of its
 * copies being saved (`.<name> (copy <time>).factdesk.json.<12 hex>.tmp`), and stale locks set aside during a takeover. Opening a case sweeps its own (and any old copy temps in the data folder's `cases/`), by name pattern, and by whether a write
 * can be in progress: under the case's lock no Factdesk is writing it (every case write and backup holds that
 * lock), so every leftover goes; when the lock stays busy, only those older than SWEEP_AGE_MS go.
 */
import { readdir, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { backupsDirFor } from './case-backups'
import { CASE_SUFFIX } from './case-read'
import { withCaseLock } from './case-lock'
import { casesDir } from './data-dir'

/** Old enough that no write could still be writing it. */
export const SWEEP_AGE_MS = 10 * 60_000

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

type Leftovers = { folder: string; pattern: RegExp; ageMs?: number }

const TEMP = '\\.[0-9a-f]{12}\\.tmp'

/**
 * The temps of copies being saved in `folder` (case-copy.ts: `.<copy name>.<12 hex>.tmp`, and the atomic writer's
 * `..<copy name>.<12 hex>.tmp.<12 hex>.tmp` inside it) of the case whose name without its suffix matches `stem`.
 */
function copyTemps(folder: string, stem: string): Leftovers {
  const copy = `${stem} \\(copy [0-9 -]{19}\\)${escape(CASE_SUFFIX)}`
  return { folder, pattern: new RegExp(`^\\.\\.?${copy}${TEMP}(${TEMP})?$`), ageMs: SWEEP_AGE_MS }
}

/**
 * The leftover names of this case in its folder, and of any file in its backups folder. A copy being saved holds no
 * lock (it is the way out when the case cannot be saved), so its temp (case-copy.ts, and the atomic writer's inside
 * it) goes only once it is old, lock or no lock.
 */
function leftoverPatterns(casePath: string): Leftovers[] {
  const name = escape(basename(casePath))
  return [
    { folder: dirname(casePath), pattern: new RegExp(`^\\.${name}${TEMP}$`) },
    { folder: dirname(casePath), pattern: new RegExp(`^\\.${name}\\.lock\\.stale-[0-9a-f]{12}$`) },
    copyTemps(dirname(casePath), escape(basename(casePath).slice(0, -CASE_SUFFIX.length))),
    { folder: backupsDirFor(casePath), pattern: /^\..+\.[0-9a-f]{12}\.tmp$/ }
  ]
}

async function sweepFolders(leftovers: Leftovers[], olderThanMs: number): Promise<number> {
  let removed = 0
  const now = Date.now()
  for (const { folder, pattern, ageMs = 0 } of leftovers) {
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
  const leftovers = leftoverPatterns(casePath)
  const sweep = withCaseLock(casePath, () => sweepFolders(leftovers, 0), 2_000)
    .catch(() => sweepFolders(leftovers, SWEEP_AGE_MS))
    .catch(() => 0)
    .finally(() => running.delete(casePath))
  running.set(casePath, sweep)
  return sweep
}

/**
 * The temps of copies that went to the data folder's `cases/` (the case's own folder refused them) and were left by
 * a crash: no case's open sweeps that folder for another case's copies, so the next start or open of any case does.
 * Only copy temps by their exact name pattern, of any case, once old enough that no copy can still be writing them.
 */
export function sweepDataFolderCopies(dataDir: string): Promise<number> {
  return sweepFolders([copyTemps(casesDir(dataDir), '.+')], SWEEP_AGE_MS).catch(() => 0)
}
