/**
 * Recently opened cases, newest first, at most MAX_RECENT, in `<data folder>/recent.json`
 * (lowdb). Entries whose case file has gone are hidden, not deleted: a USB stick may come back.
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

/** The list as the UI shows it: only cases still on disk. */
export async function listRecent(dataDir: string): Promise<RecentEntry[]> {
  return (await readAll(dataDir)).filter((entry) => existsSync(entry.casePath)).slice(0, MAX_RECENT)
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

/** Puts `entry` first (replacing an older entry for the same case) and trims the list. Never fails. */
export function addRecent(dataDir: string, entry: RecentEntry): Promise<void> {
  const next = queue.then(async () => {
    try {
      const others = (await readAll(dataDir)).filter((old) => old.casePath !== entry.casePath)
      await mkdir(dataDir, { recursive: true })
      await new Low(
        new AtomicJsonFile<RecentEntry[]>(recentPath(dataDir)),
        [entry, ...others].slice(0, MAX_RECENT)
      ).write()
    } catch (error) {
      housekeepingFailed(`The recent files list in ${dataDir} could not be updated`, error)
    }
  })
  queue = next
  return next
}
