/**
 * The data folder's `cases/` holds cases of many articles and the copies that could not go beside their case; a copy's
 * temp left there by a crash is swept by the next start. That folder is read once per process, not at every open: a
 * checker opens many cases a day, and the folder can be large or on a slow share. It is read again only at an open
 * after a copy went there, until no copy temp is left in it.
 */
import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { FactdeskApi } from '../../src/shared/contract'
import { writeFileAtomic, type AtomicWriter } from '../../src/main/services/atomic-file'
import { createApiService } from '../../src/main/services/api'
import { appServices } from '../../src/main/services/app-services'
import { Capabilities } from '../../src/main/services/capabilities'
import { saveCopy } from '../../src/main/services/case-copy'
import { pendingWrites } from '../../src/main/services/case-store'
import { SWEEP_AGE_MS } from '../../src/main/services/case-sweep'
import { tempDir } from '../helpers/temp-dir'
import { harbourCase, savedHarbourCase } from './harbour-case'

const { reads } = vi.hoisted(() => ({ reads: [] as string[] }))

// Imported inside the factory: vi.mock runs before the file's imports.
vi.mock('node:fs/promises', async (importOriginal) =>
  (await import('../helpers/counted-readdir')).countedReaddir(importOriginal, reads)
)

const NOW = new Date('2024-03-14T09:30:00.000Z')
const OLD = new Date(Date.now() - SWEEP_AGE_MS - 60_000)
/** A copy's temp as case-copy.ts names it, of another case, left by a crash. */
const LEFT = '.notes.txt (copy 2024-03-01 08-00-00).factdesk.json.0123456789ab.tmp'

/** How many times `folder` was read (readdir) since the test began. */
const readsOf = (folder: string) => reads.filter((path) => resolve(path) === resolve(folder)).length

/** A case on disk in a folder of its own, its backup written: as a checker's case stands between two sessions. */
async function caseOnDisk(): Promise<string> {
  const path = await savedHarbourCase()
  await pendingWrites(path)
  return path
}

type Started = { api: FactdeskApi; capabilities: Capabilities }

/** The app started as browser mode starts it, on the case `launchFile`, once the start screen is ready. */
async function started(dataDir: string, launchFile: string): Promise<Started> {
  const capabilities = new Capabilities()
  const deps = { dataDir, resourcesDir: tempDir(), mode: 'browser' as const, launchFile, capabilities }
  const api = createApiService({ ...deps, ...appServices(dataDir) })
  const startup = await api.getStartup()
  if (!startup.ok || !startup.value.session) throw new Error('the case did not open')
  return { api, capabilities }
}

/** Another case opened, as one dropped on the window is. */
async function opensCase({ api, capabilities }: Started): Promise<void> {
  const path = await caseOnDisk()
  capabilities.grantFile(path)
  const opened = await api.openFile({ path })
  if (!opened.ok) throw new Error(opened.error.message)
}

/** The real writer, except in `folder`, which refuses every write as a read-only share does. */
function readOnly(folder: string): AtomicWriter {
  return async (path, data, unchanged) => {
    if (dirname(path) === folder)
      throw Object.assign(new Error('EROFS: read-only file system, write'), { code: 'EROFS' })
    return writeFileAtomic(path, data, unchanged)
  }
}

describe("the data folder's copy temps", () => {
  it('a start sweeps an old one and reads the folder once: neither the case it opens nor later opens read it again', async () => {
    const dataDir = tempDir()
    const cases = join(dataDir, 'cases')
    mkdirSync(cases)
    writeFileSync(join(cases, LEFT), 'a copy of a case')
    utimesSync(join(cases, LEFT), OLD, OLD)
    reads.length = 0
    const app = await started(dataDir, await caseOnDisk())
    expect(readdirSync(cases)).toEqual([])
    expect(readsOf(cases)).toBe(1)
    // Another crash meanwhile (another Factdesk): its temp is the next start's, not a reason to read at each open.
    writeFileSync(join(cases, LEFT), 'a copy of a case')
    utimesSync(join(cases, LEFT), OLD, OLD)
    await opensCase(app)
    await opensCase(app)
    expect(readsOf(cases)).toBe(1)
    expect(readdirSync(cases)).toEqual([LEFT])
  })

  it('a copy that went there: the next open reads it again, until the copy’s temp left in it is old enough to go', async () => {
    const dataDir = tempDir()
    const cases = join(dataDir, 'cases')
    reads.length = 0
    const app = await started(dataDir, await caseOnDisk())
    expect(readsOf(cases)).toBe(1) // no such folder yet: nothing to sweep
    // A copy of a case whose folder turned read-only goes to the data folder: whole, no temp left.
    const casePath = await caseOnDisk()
    const verified = harbourCase({ items: [{ ...harbourCase().items[0], status: 'verified' }] })
    const copy = await saveCopy(casePath, verified, NOW, { dataDir, write: readOnly(dirname(casePath)) })
    expect(copy.ok ? dirname(copy.value.path) : copy.error.message).toBe(cases)
    await opensCase(app)
    expect(readsOf(cases)).toBe(2) // looked once after the copy, found nothing left
    await opensCase(app)
    expect(readsOf(cases)).toBe(2)
    // A second copy never finishes (the share hangs for good): its temp stays in the data folder.
    let written: () => void = () => undefined
    const writtenNow = new Promise<void>((resolve) => (written = resolve))
    const hanging: AtomicWriter = async (path, data) => {
      await readOnly(dirname(casePath))(path, data)
      written()
      return new Promise<never>(() => undefined)
    }
    void saveCopy(casePath, verified, new Date('2024-03-14T09:31:00.000Z'), { dataDir, write: hanging })
    await writtenNow
    const temps = readdirSync(cases).filter((name) => name.endsWith('.tmp'))
    expect(temps).toHaveLength(1)
    // Young, it may still be written: the open leaves it, and the next open looks again.
    await opensCase(app)
    expect(readdirSync(cases)).toContain(temps[0])
    expect(readsOf(cases)).toBe(3)
    utimesSync(join(cases, temps[0]), OLD, OLD)
    await opensCase(app)
    expect(readsOf(cases)).toBe(4)
    expect(readdirSync(cases).filter((name) => name.endsWith('.tmp'))).toEqual([])
    // Gone: later opens read the folder no more.
    await opensCase(app)
    expect(readsOf(cases)).toBe(4)
  })
})
