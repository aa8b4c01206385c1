/**
 * "Save my version as a copy" under hostile conditions: it is the checker's way out when a save cannot go through,
 * so it must never write over anything, never leave an empty copy, and find somewhere to go when the case's own
 * folder refuses every file.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomic, type AtomicWriter } from '../../src/main/services/atomic-file'
import { saveCopy } from '../../src/main/services/case-copy'
import { pendingWrites, readCase } from '../../src/main/services/case-store'
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
})
