/**
 * Opening a case sweeps its leftovers: temps of its unfinished writes, set-aside locks, temps of copies being saved,
 * temps in its backups folder. The case's folder can be large (a desk's shared folder of articles) or on a slow
 * share, so the sweep reads it once, whatever number of name patterns it looks for there.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { backupsDirFor } from '../../src/main/services/case-backups'
import { pendingWrites } from '../../src/main/services/case-store'
import { SWEEP_AGE_MS, sweepLeftovers } from '../../src/main/services/case-sweep'
import { savedHarbourCase } from './harbour-case'

const { reads } = vi.hoisted(() => ({ reads: [] as string[] }))

// Imported inside the factory: vi.mock runs before the file's imports.
vi.mock('node:fs/promises', async (importOriginal) =>
  (await import('../helpers/counted-readdir')).countedReaddir(importOriginal, reads)
)

/** How many times `folder` was read (readdir) since `reads` was last emptied. */
const readsOf = (folder: string) => reads.filter((path) => resolve(path) === resolve(folder)).length

const OLD = new Date(Date.now() - SWEEP_AGE_MS - 60_000)

describe("a case's leftovers", () => {
  it('go in one read of its folder and one of its backups folder; young copy temps and other files stay', async () => {
    const casePath = await savedHarbourCase()
    await pendingWrites(casePath)
    const folder = dirname(casePath)
    const name = basename(casePath)
    const copy = 'harbour.txt (copy 2024-03-14 09-30-00).factdesk.json'
    const gone = [
      `.${name}.0123456789ab.tmp`,
      `.${name}.lock.stale-ba9876543210`,
      `.${copy}.00112233aabb.tmp`,
      `..${copy}.00112233aabb.tmp.445566778899.tmp`
    ]
    const young = `.${copy}.ccddeeff0011.tmp`
    const kept = [young, '.other.txt.factdesk.json.0123456789ab.tmp', 'notes.tmp', copy]
    for (const file of [...gone, ...kept]) writeFileSync(join(folder, file), 'a full copy of the case')
    for (const file of gone.filter((f) => f.includes('(copy '))) utimesSync(join(folder, file), OLD, OLD)
    const backups = backupsDirFor(casePath)
    mkdirSync(backups, { recursive: true })
    const backupTemp = join(backups, '.2024-03-14T10-00-00.000Z.json.00112233aabb.tmp')
    writeFileSync(backupTemp, 'x')
    reads.length = 0
    expect(await sweepLeftovers(casePath)).toBe(gone.length + 1)
    const left = readdirSync(folder)
    for (const file of gone) expect(left).not.toContain(file)
    for (const file of kept) expect(left).toContain(file)
    expect(existsSync(backupTemp)).toBe(false)
    expect(readsOf(folder)).toBe(1)
    expect(readsOf(backups)).toBe(1)
  })

  it('a case whose backups folder is missing: its own folder is still swept', async () => {
    const casePath = await savedHarbourCase()
    await pendingWrites(casePath)
    const temp = join(dirname(casePath), `.${basename(casePath)}.0123456789ab.tmp`)
    writeFileSync(temp, 'a full copy of the case')
    rmSync(backupsDirFor(casePath), { recursive: true, force: true })
    expect(await sweepLeftovers(casePath)).toBe(1)
    expect(existsSync(temp)).toBe(false)
  })
})
