/**
 * Recently opened cases, newest first, at most MAX_RECENT, in `<data folder>/recent.json`
 * (lowdb). An entry whose case file has gone is never dropped unseen: a USB stick may come back, and a case moved
 * elsewhere is the checker's to find again. The start screen and the window's File menu list it as missing (Locate…,
 * Remove from list); the desktop app's native menu and the start-up's "last case opened" skip it.
 *
 * The list is a convenience: a data folder that is full or read-only must never stop a case from opening. A write
 * that fails is logged and kept as a warning the start screen shows once (takeHousekeepingWarnings). Writes go one
 * at a time in this process, each through a temp file of its own (two Factdesks never share a temp name).
 */
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { z } from 'zod'
import type { RecentEntry } from '../../shared/contract'
import { AtomicJsonFile } from './atomic-file'

export const MAX_RECENT = 10

const entrySchema = z.object({
  casePath: z.string().min(1),
  articlePath: z.string().nullable(),
  title: z.string(),
  openedAt: z.string()
})

function recentPath(dataDir: string): string {
  return join(dataDir, 'recent.json')
}

async function readAll(dataDir: string): Promise<RecentEntry[]> {
  const db = new Low<unknown>(new JSONFile<unknown>(recentPath(dataDir)), [])
  try {
    await db.read()
  } catch {
    return [] // a damaged list is rebuilt from the next case opened
  }
  const list = Array.isArray(db.data) ? db.data : []
  return list.flatMap((entry) => {
    const parsed = entrySchema.safeParse(entry)
    return parsed.success ? [parsed.data] : []
  })
}

/**
 * The list: only cases still on disk, or with `withMissing` every entry, those whose case file has gone marked
 * `missing` (the start screen's list).
 */
export async function listRecent(dataDir: string, options: { withMissing?: boolean } = {}): Promise<RecentEntry[]> {
  const entries = (await readAll(dataDir)).map((entry) =>
    existsSync(entry.casePath) ? entry : { ...entry, missing: true }
  )
  return (options.withMissing ? entries : entries.filter((entry) => !entry.missing)).slice(0, MAX_RECENT)
}

const warnings: string[] = []
/** Every warning already queued or shown in this run: the same failure is news once. */
const said = new Set<string>()

/** Housekeeping failures since the last call, each said once (the start screen shows them). */
export function takeHousekeepingWarnings(): string[] {
  return warnings.splice(0, warnings.length)
}

/** Logs a failed bit of housekeeping and keeps it to tell the checker once (the same sentence only once). */
export function housekeepingFailed(what: string, error: unknown): void {
  const message = `${what}: ${(error as Error)?.message ?? String(error)}. Your cases open and save as usual.`
  console.warn(`factdesk: ${message}`)
  if (said.has(message)) return
  said.add(message)
  warnings.push(message)
}

let queue: Promise<unknown> = Promise.resolve()

/** Rewrites the list as `change` makes it from the entries on file, one rewrite at a time. Never fails. */
function rewrite(dataDir: string, change: (entries: RecentEntry[]) => RecentEntry[]): Promise<void> {
  const next = queue.then(async () => {
    try {
      const entries = change(await readAll(dataDir)).slice(0, MAX_RECENT)
      await mkdir(dataDir, { recursive: true })
      await new Low(new AtomicJsonFile<RecentEntry[]>(recentPath(dataDir)), entries).write()
    } catch (error) {
      housekeepingFailed(`The recent files list in ${dataDir} could not be updated`, error)
    }
  })
  queue = next
  return next
}

/** Puts `entry` first (replacing an older entry for the same case) and trims the list. Never fails. */
export function addRecent(dataDir: string, entry: RecentEntry): Promise<void> {
  const { casePath, articlePath, title, openedAt } = entry
  const kept = { casePath, articlePath, title, openedAt }
  return rewrite(dataDir, (entries) => [kept, ...entries.filter((old) => old.casePath !== casePath)])
}

/** Takes the case at `casePath` off the list (the checker removed it, or located it elsewhere). Never fails. */
export function forgetRecent(dataDir: string, casePath: string): Promise<void> {
  return rewrite(dataDir, (entries) => entries.filter((old) => old.casePath !== casePath))
}
