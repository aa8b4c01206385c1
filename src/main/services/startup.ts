/**
 * What the window shows first: the file given on the command line, else the last case opened,
 * else the bundled sample article (copied into the data folder the first time, so its case is
 * writable there). A damaged case is not an error here: it comes back as `broken` with its
 * good backups, for the UI to offer.
 */
import { existsSync } from 'node:fs'
import { copyFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Startup } from '../../shared/contract'
import { fail, ok, type Result } from '../../shared/result'
import { sweepDataFolderCopies } from './case-sweep'
import { listRecent, takeHousekeepingWarnings } from './recent'
import { openInput, type OpenOutcome, type SessionContext } from './sessions'
import { loadSettings } from './settings'

export const SAMPLE_FILE_NAME = 'sample-article.txt'

export interface StartupOptions {
  /** The FILE from the command line, used by the first getStartup only. */
  launchFile: string | null
  mode: Startup['mode']
  /** Folder holding sample-article.txt (the repo's resources/). */
  resourcesDir: string
}

/** Copies the sample into `<data folder>/sample/` once; answers its path there. */
export async function ensureSample(dataDir: string, resourcesDir: string): Promise<string> {
  const target = join(dataDir, 'sample', SAMPLE_FILE_NAME)
  if (!existsSync(target)) {
    await mkdir(join(dataDir, 'sample'), { recursive: true })
    await copyFile(join(resourcesDir, SAMPLE_FILE_NAME), target)
  }
  return target
}

async function firstOpenableRecent(ctx: SessionContext): Promise<OpenOutcome | null> {
  for (const entry of await listRecent(ctx.dataDir)) {
    const outcome = await openInput(ctx, { path: entry.casePath })
    // A recent case that vanished or cannot be read is skipped; a damaged one is shown as broken.
    if (!('error' in outcome)) return outcome
  }
  return null
}

export async function getStartup(ctx: SessionContext, options: StartupOptions): Promise<Result<Startup>> {
  // Even when no case opens: copies' temps a crash left in the data folder go once old. Once per process (the
  // case opened next does not read the folder again), and again at an open after a copy went there (case-sweep.ts).
  await sweepDataFolderCopies(ctx.dataDir)
  let outcome: OpenOutcome | null = null
  if (options.launchFile) {
    outcome = await openInput(ctx, { path: options.launchFile })
    // The file the user asked for failed: say so rather than silently showing another case, on the start screen
    // (open another file, a recent case) rather than a page that can only be closed.
    if ('error' in outcome && !outcome.error.ok)
      return ok({ ...(await noCase(ctx, options)), launchError: outcome.error.error.message })
  }
  outcome ??= await firstOpenableRecent(ctx)
  if (!outcome) {
    let samplePath: string
    try {
      samplePath = await ensureSample(ctx.dataDir, options.resourcesDir)
    } catch (error) {
      return fail(
        'sample-missing',
        `Could not prepare the sample article in ${ctx.dataDir}: ${(error as Error).message}.`
      )
    }
    outcome = await openInput(ctx, { path: samplePath })
    if ('error' in outcome) return outcome.error
  }
  return ok({
    ...(await noCase(ctx, options)),
    session: 'session' in outcome ? outcome.session : null,
    broken: 'broken' in outcome ? outcome.broken : null
  })
}

/** Everything the window needs besides the case: the recent list, settings, mode and what housekeeping says. */
async function noCase(ctx: SessionContext, options: StartupOptions): Promise<Startup> {
  return {
    session: null,
    broken: null,
    recent: await listRecent(ctx.dataDir, { withMissing: true }),
    settings: await loadSettings(ctx.dataDir),
    mode: options.mode,
    warnings: takeHousekeepingWarnings()
  }
}
