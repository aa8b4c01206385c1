/**
 * The checker's settings (name used in history and reports, paper size for PDF), kept in
 * `<data folder>/settings.json` with lowdb. A missing or damaged settings file falls back to the
 * defaults: settings are a convenience, never a reason the app cannot start.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { z } from 'zod'
import { DEFAULT_SETTINGS, PAPER_SIZES, type Settings } from '../../shared/contract'
import { fail, ok, type Result } from '../../shared/result'
import { AtomicJsonFile } from './atomic-file'

/** Names are shown in reports; 200 characters is generous for any byline. */
export const settingsSchema = z.object({
  checkerName: z.string().trim().max(200),
  paperSize: z.enum(PAPER_SIZES)
})

function settingsPath(dataDir: string): string {
  return join(dataDir, 'settings.json')
}

export async function loadSettings(dataDir: string): Promise<Settings> {
  const db = new Low<unknown>(new JSONFile<unknown>(settingsPath(dataDir)), null)
  try {
    await db.read()
  } catch {
    return { ...DEFAULT_SETTINGS }
  }
  // Keep whatever fields are still good, default the rest.
  const data = (db.data ?? {}) as Record<string, unknown>
  const name = settingsSchema.shape.checkerName.safeParse(data.checkerName)
  const paper = settingsSchema.shape.paperSize.safeParse(data.paperSize)
  return {
    checkerName: name.success ? name.data : DEFAULT_SETTINGS.checkerName,
    paperSize: paper.success ? paper.data : DEFAULT_SETTINGS.paperSize
  }
}

export async function saveSettings(dataDir: string, settings: Settings): Promise<Result<Settings>> {
  const parsed = settingsSchema.safeParse(settings)
  if (!parsed.success)
    return fail(
      'invalid-input',
      'Settings not saved: the checker name must be under 200 characters and the paper A4 or Letter.'
    )
  try {
    await mkdir(dataDir, { recursive: true })
    // A temp file of its own (writeFileAtomic), never lowdb's one shared `.settings.json.tmp`.
    const db = new Low<Settings>(new AtomicJsonFile<Settings>(settingsPath(dataDir)), parsed.data)
    await db.write()
  } catch (error) {
    return fail('write-failed', `Could not save settings in ${dataDir}: ${(error as Error).message}.`)
  }
  return ok(parsed.data)
}

/** The settings a running app holds: read from disk once, then kept as saved through it (HeldSettings). */
export interface HeldSettings {
  /** The settings held; read from disk on first use only. */
  current(): Promise<Settings>
  /** Read from disk again (an open, the settings shown): a change another Factdesk made is held from then on. */
  reread(): Promise<Settings>
  /** What a save through this app wrote: held at once, so the next poll names the checker as they now are. */
  saved(settings: Settings): void
}

/**
 * Settings held for the hot paths (a window's poll every 2 s names the checker to the case's other tabs), so they do
 * not read the file each time: the app's own saves update them, and its cold paths (opening a case, showing the
 * settings) read the file again and refresh them. `read` is loadSettings; tests count its calls.
 */
export function holdSettings(
  dataDir: string,
  read: (dataDir: string) => Promise<Settings> = loadSettings
): HeldSettings {
  let held: Promise<Settings> | null = null
  const reread = () => {
    const reading = read(dataDir)
    held = reading
    return reading
  }
  return {
    current: () => held ?? reread(),
    reread,
    saved(settings) {
      held = Promise.resolve({ ...settings })
    }
  }
}
