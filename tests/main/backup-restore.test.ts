/**
 * A backup put back from the app is read, parsed, checked and extracted by the engine (the import worker in the
 * desktop app and browser mode), as any case opened: restoreBackup parsed and checked it on the thread that answers
 * the window, wrote it, then parsed and checked the case file again there (some 80–115 ms on a case of 1,000 items,
 * in which browser mode's server answered nobody). What is restored, and what is kept aside, is unchanged.
 */
import { createHash } from 'node:crypto'
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApiService } from '../../src/main/services/api'
import { backupsDirFor } from '../../src/main/services/case-backups'
import { pendingWrites } from '../../src/main/services/case-store'
import { inProcessEngine, type DraftEngine } from '../../src/main/services/draft-engine'
import { tempDir } from '../helpers/temp-dir'

const SAMPLE = join(__dirname, '..', '..', 'resources', 'sample-article.txt')

/** The in-process engine, saying whether a piece of work is running (what it parses is the worker's in the app). */
function watchedEngine(): { engine: DraftEngine; kinds: string[]; busy: () => boolean } {
  const inner = inProcessEngine()
  const kinds: string[] = []
  let running = 0
  const engine: DraftEngine = {
    async run(work, jobId) {
      kinds.push(work.kind)
      running += 1
      try {
        return await inner.run(work, jobId)
      } finally {
        running -= 1
      }
    },
    status: (jobId) => inner.status(jobId),
    cancel: (jobId) => inner.cancel(jobId)
  }
  return { engine, kinds, busy: () => running > 0 }
}

afterEach(() => vi.restoreAllMocks())

/** Counts the cases (texts of tens of kB) JSON.parse reads while `busy` is false: on the thread that answers. */
function countParsesOutside(busy: () => boolean): { count: () => number } {
  const parse = JSON.parse
  let parsedHere = 0
  vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
    // A case is tens of kB at least; settings, the recent list and owner files are a few hundred bytes.
    if (!busy() && typeof text === 'string' && text.length > 20_000) parsedHere += 1
    return parse(text, reviver)
  })
  return { count: () => parsedHere }
}

/** The sample opened by browser mode's API on the watched engine, as the window's first load opens it. */
async function sampleOpened() {
  const dataDir = tempDir()
  const article = join(tempDir(), 'water.txt')
  copyFileSync(SAMPLE, article)
  const watched = watchedEngine()
  const deps = { dataDir, resourcesDir: dirname(SAMPLE), mode: 'browser' as const, launchFile: article }
  const api = createApiService({ ...deps, engine: watched.engine })
  const startup = await api.getStartup()
  if (!startup.ok || !startup.value.session) throw new Error('the launch file did not open')
  return { watched, api, session: startup.value.session }
}

describe('restoring a backup from the app', () => {
  it('parses no case on the thread that answers the window, and restores as before', async () => {
    const { watched, api, session } = await sampleOpened()
    const first = session.case.items[0]
    const saved = await api.saveCase({
      casePath: session.casePath,
      case: { ...session.case, items: [{ ...first, status: 'verified' }, ...session.case.items.slice(1)] },
      fingerprint: session.fingerprint
    })
    if (!saved.ok) throw new Error(saved.error.message)
    await pendingWrites(session.casePath) // the save's backup is written after its answer
    const backups = readdirSync(backupsDirFor(session.casePath)).sort()
    const backup = join(backupsDirFor(session.casePath), backups[backups.length - 1])
    // The file on disk damaged since, as when the start screen offers its backups.
    writeFileSync(session.casePath, '{ "schemaVersion": 1, "items": [')

    const parses = countParsesOutside(watched.busy)
    watched.kinds.length = 0
    const restored = await api.restoreBackup({ casePath: session.casePath, backupPath: backup })
    vi.restoreAllMocks()
    if (!restored.ok) throw new Error(restored.error.message)
    expect(parses.count()).toBe(0)
    expect(watched.kinds).toContain('open-case')
    // The case opened is the backup's, read from its bytes.
    expect(restored.value.fingerprint).toBe(createHash('sha256').update(readFileSync(backup)).digest('hex'))
    expect(restored.value.case.items.find((item) => item.id === first.id)?.status).toBe('verified')
    expect(readFileSync(session.casePath, 'utf8')).toBe(readFileSync(backup, 'utf8'))
    // The damaged file is kept aside, beside the case.
    const aside = readdirSync(dirname(session.casePath)).filter((name) => name.includes('.broken-'))
    expect(aside).toHaveLength(1)
    expect(readFileSync(join(dirname(session.casePath), aside[0]), 'utf8')).toBe('{ "schemaVersion": 1, "items": [')
  })
})

describe('the backups the start screen offers for a damaged case', () => {
  it('are parsed and checked by the engine, not on the thread that answers the window', async () => {
    const opened = await sampleOpened()
    const { watched, api } = opened
    let { session } = opened
    for (const status of ['verified', 'incorrect']) {
      const items = [{ ...session.case.items[0], status }, ...session.case.items.slice(1)]
      const saved = await api.saveCase({
        casePath: session.casePath,
        case: { ...session.case, items },
        fingerprint: session.fingerprint
      })
      if (!saved.ok) throw new Error(saved.error.message)
      session = { ...session, case: { ...session.case, items }, fingerprint: saved.value.fingerprint }
      await pendingWrites(session.casePath)
    }
    const names = readdirSync(backupsDirFor(session.casePath)).sort().reverse()
    // One backup damaged too: it is not offered.
    writeFileSync(join(backupsDirFor(session.casePath), names[0]), '{ "schemaVersion": 1')
    writeFileSync(session.casePath, '{ "schemaVersion": 1, "items": [')

    const parses = countParsesOutside(watched.busy)
    watched.kinds.length = 0
    // The window reloaded: the last case, damaged, comes back with its good backups for the start screen.
    const again = await api.getStartup()
    vi.restoreAllMocks()
    if (!again.ok || !again.value.broken) throw new Error('the damaged case was not answered as broken')
    expect(parses.count()).toBe(0)
    expect(watched.kinds).toContain('good-backups')
    expect(again.value.broken.backups.map(({ path }) => path)).toEqual(
      names.slice(1).map((name) => join(backupsDirFor(session.casePath), name))
    )
  })
})
