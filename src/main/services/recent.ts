/**
 * Recently opened cases, newest first, at most MAX_RECENT, in `<data folder>/recent.json`
 * (lowdb). Entries whose case file has gone are hidden, not deleted: a USB stick may come back.
 */
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { z } from 'zod'
import type { RecentEntry } from '../../shared/contract'

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

/** Puts `entry` first (replacing an older entry for the same case) and trims the list. */
export async function addRecent(dataDir: string, entry: RecentEntry): Promise<void> {
  const others = (await readAll(dataDir)).filter((old) => old.casePath !== entry.casePath)
  await mkdir(dataDir, { recursive: true })
  const db = new Low<RecentEntry[]>(new JSONFile<RecentEntry[]>(recentPath(dataDir)), [entry, ...others].slice(0, MAX_RECENT))
  await db.write()
}
