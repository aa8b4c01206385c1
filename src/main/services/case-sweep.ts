/**
 * Leftovers of writes that never finished (a crash, kill -9, a power cut): the temp files of the case's atomic
 * writes (`.<case file name>.<12 hex>.tmp`, full copies of a possibly confidential case), of its backups and of its
 * copies being saved (`.<name> (copy <time>).factdesk.json.<12 hex>.tmp`), and stale locks set aside during a
 * takeover. Opening a case sweeps its own (old copy temps in the data folder's `cases/`: see sweepDataFolderCopies),
 * by name pattern, and by whether a write can be in progress: under the case's lock no Factdesk is writing it (every case write and backup holds that
 * lock), so every leftover goes; when the lock stays busy, only those older than SWEEP_AGE_MS go.
 */
import { readdir, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
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

/** What a sweep did: how many leftovers went, and how many matched but were too young to go yet. */
type Swept = { removed: number; young: number }

/** Each folder's names, read once however many patterns look in it (a case's folder can be large, or on a slow share). */
async function listings(leftovers: Leftovers[]): Promise<Map<string, string[]>> {
  const folders = [...new Set(leftovers.map(({ folder }) => folder))]
  const names = await Promise.all(folders.map((folder) => readdir(folder).catch(() => undefined)))
  return new Map(folders.flatMap((folder, i) => (names[i] ? [[folder, names[i]] as const] : [])))
}

async function sweepFolders(leftovers: Leftovers[], olderThanMs: number): Promise<Swept> {
  const swept = { removed: 0, young: 0 }
  const now = Date.now()
  const listed = await listings(leftovers)
  // A name removed for one pattern is not there for the next, as a fresh read of the folder would say.
  const removed = new Set<string>()
  for (const { folder, pattern, ageMs = 0 } of leftovers) {
    const minAge = Math.max(olderThanMs, ageMs)
    for (const name of (listed.get(folder) ?? []).filter((n) => pattern.test(n))) {
      const path = join(folder, name)
      if (removed.has(path)) continue
      try {
        if (minAge > 0 && now - (await stat(path)).mtimeMs < minAge) {
          swept.young += 1
          continue
        }
        await unlink(path)
        removed.add(path)
        swept.removed += 1
      } catch {
        // gone meanwhile, or not ours to delete: leave it
      }
    }
  }
  return swept
}

const running = new Map<string, Promise<number>>()

/** Removes the case's leftovers; answers how many went. Never fails: a sweep is housekeeping. */
export function sweepLeftovers(casePath: string): Promise<number> {
  const already = running.get(casePath)
  if (already) return already
  const leftovers = leftoverPatterns(casePath)
  const sweep = withCaseLock(casePath, () => sweepFolders(leftovers, 0), 2_000)
    .catch(() => sweepFolders(leftovers, SWEEP_AGE_MS))
    .then(({ removed }) => removed)
    .catch(() => 0)
    .finally(() => running.delete(casePath))
  running.set(casePath, sweep)
  return sweep
}

/**
 * Per data folder's `cases/` (by resolved path), in this process: whether the next start or open sweeps it, and the
 * sweep under way. Due the first time; then only once a copy went there (copyGoesToDataFolder) or while the last
 * sweep saw a copy temp too young to go (a copy of this process that never finished leaves one; cleared once it is
 * old enough to go). Not every open: a process opens many cases, and the folder can be large or on a slow share.
 */
const dataFolders = new Map<string, { due: boolean; sweep?: Promise<number> }>()

function dataFolderState(dataDir: string): { due: boolean; sweep?: Promise<number> } {
  const key = resolve(casesDir(dataDir))
  let state = dataFolders.get(key)
  if (!state) dataFolders.set(key, (state = { due: true }))
  return state
}

/** A copy is being written in the data folder's `cases/`: the next open sweeps it again (see above). */
export function copyGoesToDataFolder(dataDir: string): void {
  dataFolderState(dataDir).due = true
}

/**
 * The temps of copies that went to the data folder's `cases/` (the case's own folder refused them) and were left by
 * a crash: no case's open sweeps that folder for another case's copies, so the first start or open of a process
 * does, and a later open when due (see dataFolders). Only copy temps by their exact name pattern, of any case, once
 * old enough that no copy can still be writing them.
 */
export function sweepDataFolderCopies(dataDir: string): Promise<number> {
  const state = dataFolderState(dataDir)
  if (state.sweep) return state.sweep
  if (!state.due) return Promise.resolve(0)
  state.due = false
  const sweep = sweepFolders([copyTemps(casesDir(dataDir), '.+')], SWEEP_AGE_MS)
    .then(({ removed, young }) => {
      // A copy noted meanwhile has set it due already; a temp left young is looked at again by a later open.
      if (young > 0) state.due = true
      return removed
    })
    .catch(() => 0)
    .finally(() => (state.sweep = undefined))
  state.sweep = sweep
  return sweep
}
