/**
 * "Save my version as a copy" under hostile conditions: it is the checker's way out when a save cannot go through,
 * so it must never write over anything, never leave an empty copy, and find somewhere to go when the case's own
 * folder refuses every file.
 */
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomic, type AtomicWriter } from '../../src/main/services/atomic-file'
import { createApiService } from '../../src/main/services/api'
import { appServices } from '../../src/main/services/app-services'
import { saveCopy } from '../../src/main/services/case-copy'
import { pendingWrites, readCase } from '../../src/main/services/case-store'
import { SWEEP_AGE_MS, sweepLeftovers } from '../../src/main/services/case-sweep'
import { tempDir } from '../helpers/temp-dir'
import { harbourCase, savedHarbourCase } from './harbour-case'

const NOW = new Date('2024-03-14T09:30:00.000Z')
const COPY = 'harbour.txt (copy 2024-03-14 09-30-00).factdesk.json'

/** The real writer, except in `folder`, which fails every write as Node does with `code`. */
function refusing(folder: string, code: string): AtomicWriter {
  return async (path, data, unchanged) => {
    if (dirname(path) === folder) throw Object.assign(new Error(`${code}: refused, write`), { code })
    return writeFileAtomic(path, data, unchanged)
  }
}

/** The harbour case on disk, its backup written too: the folder as it stands before the copy. */
async function savedCase(): Promise<string> {
  const casePath = await savedHarbourCase()
  await pendingWrites(casePath)
  return casePath
}

async function statusOfCopy(path: string): Promise<string> {
  const read = await readCase(path)
  if (!read.ok) throw new Error(read.error.message)
  return read.value.case.items[0].status
}

const checked = () => harbourCase({ items: [{ ...harbourCase().items[0], status: 'verified' }] })

describe('save as copy', () => {
  it('never writes over a file already at the copy’s name: the copy takes the next one', async () => {
    const casePath = await savedCase()
    const taken = join(dirname(casePath), COPY)
    writeFileSync(taken, 'someone else’s file')
    const copy = await saveCopy(casePath, checked(), NOW)
    if (!copy.ok) throw new Error(copy.error.message)
    expect(copy.value.path).toBe(join(dirname(casePath), 'harbour.txt (copy 2024-03-14 09-30-00 2).factdesk.json'))
    expect(readFileSync(taken, 'utf8')).toBe('someone else’s file')
    expect(await statusOfCopy(copy.value.path)).toBe('verified')
  })

  it('a read-only case folder: the copy goes to the data folder, whole, and says where', async () => {
    const casePath = await savedCase()
    const dataDir = tempDir()
    const before = readdirSync(dirname(casePath)).sort()
    const copy = await saveCopy(casePath, checked(), NOW, { dataDir, write: refusing(dirname(casePath), 'EROFS') })
    if (!copy.ok) throw new Error(copy.error.message)
    expect(copy.value.path).toBe(join(dataDir, 'cases', COPY))
    expect(await statusOfCopy(copy.value.path)).toBe('verified')
    expect(readdirSync(dirname(casePath)).sort()).toEqual(before) // no empty claim left beside the case
  })

  it('the case folder gone (unmounted, deleted): the copy goes to the data folder', async () => {
    const casePath = await savedCase()
    rmSync(dirname(casePath), { recursive: true })
    const dataDir = tempDir()
    const copy = await saveCopy(casePath, checked(), NOW, { dataDir })
    expect(copy.ok ? copy.value.path : copy.error.message).toBe(join(dataDir, 'cases', COPY))
  })

  it('neither folder writable: says both, and that the version is still on screen', async () => {
    const casePath = await savedCase()
    const dataDir = tempDir()
    writeFileSync(join(dataDir, 'cases'), 'a file where the cases folder goes')
    const copy = await saveCopy(casePath, checked(), NOW, { dataDir, write: refusing(dirname(casePath), 'EACCES') })
    expect(copy.ok ? 'saved' : copy.error.code).toBe('read-only')
    expect(copy.ok ? '' : copy.error.message).toBe(
      `Copy not saved: it could not be written in ${dirname(casePath)} (the folder is read-only or not yours to write), nor in ${join(dataDir, 'cases')} (part of its path is a file, not a folder). Your version is still on screen; save the copy again once it can be.`
    )
  })

  it('the disk full halfway through the copy: no copy, empty or partial, is left, and the checker is told', async () => {
    const casePath = await savedCase()
    const dataDir = tempDir()
    const before = readdirSync(dirname(casePath)).sort()
    const copy = await saveCopy(casePath, checked(), NOW, { dataDir, write: refusing(dirname(casePath), 'ENOSPC') })
    expect(copy.ok ? 'saved' : copy.error.code).toBe('disk-full')
    expect(copy.ok ? '' : copy.error.message).toMatch(
      /^Copy not saved: .* \(the disk is full\)\. Your version is still on screen; free some space and save the copy again\.$/
    )
    expect(readdirSync(dirname(casePath)).sort()).toEqual(before)
    expect(readdirSync(dataDir)).toEqual([]) // a full disk is no reason to write elsewhere
  })

  it('the app stopped while the copy is written (a crash, a power cut): no copy or a whole one, the rest swept later', async () => {
    const casePath = await savedCase()
    const folder = dirname(casePath)
    const seen: { name: string; bytes: number }[][] = []
    const look = () => readdirSync(folder).map((name) => ({ name, bytes: statSync(join(folder, name)).size }))
    // The process stops for good in the middle of the copy: what is on disk then is what a crash leaves.
    let stopped: () => void = () => undefined
    const stoppedNow = new Promise<void>((resolve) => (stopped = resolve))
    const stopping: AtomicWriter = async (path, data) => {
      seen.push(look())
      await writeFileAtomic(path, data)
      seen.push(look())
      stopped()
      return new Promise<never>(() => undefined)
    }
    void saveCopy(casePath, checked(), NOW, { write: stopping })
    await stoppedNow
    // No file by a copy's name, empty or whole, while the copy is being written: only a hidden temp.
    for (const files of seen)
      expect(files.filter((f) => f.name.includes('(copy ') && !f.name.startsWith('.'))).toEqual([])
    const temps = seen[1].filter((f) => f.name.startsWith(`.${COPY}.`)).map((f) => f.name)
    expect(temps).toHaveLength(1)
    // The next open of the case sweeps it once it is old enough that no copy can still be writing it.
    await sweepLeftovers(casePath)
    expect(readdirSync(folder)).toContain(temps[0])
    const old = new Date(Date.now() - SWEEP_AGE_MS - 60_000)
    utimesSync(join(folder, temps[0]), old, old)
    await sweepLeftovers(casePath)
    expect(readdirSync(folder).filter((name) => name.includes('(copy '))).toEqual([])
  })

  it('stopped while the copy is written in the data folder (its own folder read-only): the next start sweeps its temp, nothing else', async () => {
    const casePath = await savedCase()
    const dataDir = tempDir()
    const cases = join(dataDir, 'cases')
    let stopped: () => void = () => undefined
    const stoppedNow = new Promise<void>((resolve) => (stopped = resolve))
    const refused = refusing(dirname(casePath), 'EROFS')
    // The case's folder refuses the copy; the process stops for good once the copy is written in the data folder.
    const stopping: AtomicWriter = async (path, data) => {
      await refused(path, data)
      stopped()
      return new Promise<never>(() => undefined)
    }
    void saveCopy(casePath, checked(), NOW, { dataDir, write: stopping })
    await stoppedNow
    const temps = readdirSync(cases).filter((name) => name.startsWith(`.${COPY}.`))
    expect(temps).toHaveLength(1)
    // Beside it, files that are not a copy's temp, old too: a whole copy, a copy's temp without its random part.
    const notOurs = [COPY, `.${COPY}.tmp`, 'notes (copy).txt']
    for (const name of notOurs) writeFileSync(join(cases, name), 'kept')
    const start = () =>
      createApiService({
        dataDir,
        resourcesDir: tempDir(),
        mode: 'browser',
        launchFile: casePath,
        ...appServices(dataDir)
      })
    // A start soon after: the temp may be a copy still being written (a copy holds no lock), so it stays.
    await start().getStartup()
    expect(readdirSync(cases)).toContain(temps[0])
    const old = new Date(Date.now() - SWEEP_AGE_MS - 60_000)
    for (const name of [...temps, ...notOurs]) utimesSync(join(cases, name), old, old)
    await start().getStartup()
    expect(readdirSync(cases).sort()).toEqual([...notOurs].sort())
  })
})
