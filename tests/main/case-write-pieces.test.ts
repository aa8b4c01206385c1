/**
 * A save writes the case's kept pieces (case-text.ts) to its temp file as they are, not joined first
 * (atomic-file.ts): the file must be byte for byte the joined serialisation, and a disk that fills up part way
 * through the pieces must fail the save as any full disk does, the previous file intact.
 */
import { readdirSync, readFileSync } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { CaseFile } from '../../src/shared/case'
import { serialiseJson } from '../../src/main/services/atomic-file'
import { backupsDirFor } from '../../src/main/services/case-backups'
import { fingerprintOf, pendingWrites, writeCase } from '../../src/main/services/case-store'
import { caseBytesIndexed, keepCaseBytes, serialiseCaseBytes } from '../../src/main/services/case-text'
import { claim, paragraphs } from '../helpers/builders'
import { tempDir } from '../helpers/temp-dir'
import { feesClaim, harbourCase } from './harbour-case'

/**
 * A disk with `left` bytes free (null: room enough), as Linux and libuv answer when it fills up during a writev
 * (seen on a 1 MB tmpfs: 1,048,576 of 1,500,000 bytes answered, no error; the next write fails with ENOSPC).
 */
const { disk } = vi.hoisted(() => ({
  disk: { left: null as number | null, writes: 0, shortOnce: null as number | null }
}))

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>()
  const full = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
  const writev = async (handle: FileHandle, pieces: readonly Uint8Array[]) => {
    disk.writes += 1
    const room0 = disk.shortOnce ?? disk.left
    disk.shortOnce = null
    if (room0 === null) return handle.writev(pieces)
    const fits: Uint8Array[] = []
    let room = room0
    for (const piece of pieces) {
      if (room === 0) break
      fits.push(piece.subarray(0, room))
      room -= fits[fits.length - 1].byteLength
    }
    if (fits.length === 0) throw full()
    const written = await handle.writev(fits)
    if (disk.left !== null) disk.left -= written.bytesWritten
    return written
  }
  const onDisk = (handle: FileHandle) =>
    new Proxy(handle, {
      get(target, name) {
        if (name === 'writev') return (pieces: readonly Uint8Array[]) => writev(target, pieces)
        if (name === 'writeFile' && disk.left !== null)
          return async (data: string | Uint8Array) => {
            const bytes = Buffer.from(data)
            if (bytes.byteLength > (disk.left ?? 0)) throw full()
            disk.left = (disk.left ?? 0) - bytes.byteLength
            return target.writeFile(bytes)
          }
        const value = Reflect.get(target, name, target) as unknown
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
      }
    })
  return {
    ...fs,
    open: (async (...args: Parameters<typeof fs.open>) => onDisk(await fs.open(...args))) as typeof fs.open
  }
})

const AT = '2024-03-14T10:00:00.000Z'
const clock = () => new Date(AT)

/** A story in several scripts: accents, £, CJK, right-to-left, an emoji (four UTF-8 bytes), a combining mark. */
const WORLD = paragraphs(
  'Zoë Brontë said the café’s rent rose to £1,200 — “a 20% rise”.',
  '東京の港湾使用料は昨年12%上昇した。',
  'قال الميناء إن الرسوم ارتفعت 12% العام الماضي.',
  'The ferry 🚢 carried 4,500 passengers, said Se\u0301verine Dupont.'
)

function worldCase(): CaseFile {
  const items = [
    claim(WORLD, 'the café’s rent rose to £1,200', { id: 'i1', verdictNote: 'Rent book, p. 2 — “confirmed”' }),
    claim(WORLD, '東京の港湾使用料は昨年12%上昇した。', { id: 'i2' }),
    claim(WORLD, 'الرسوم ارتفعت 12% العام الماضي', { id: 'i3' }),
    claim(WORLD, 'The ferry 🚢 carried 4,500 passengers', { id: 'i4', verdictNote: 'Se\u0301verine 🚢' })
  ]
  return harbourCase({ items, articleDate: '2024-03-14' })
}

/** More items than one writev takes pieces (IOV_MAX is 1,024 on Linux: libuv splits the call). */
function bigCase(): CaseFile {
  return harbourCase({ items: Array.from({ length: 700 }, (_, n) => feesClaim({ id: `i${n + 1}` })) })
}

/** A case as the import worker hands it over: its bytes kept whole, items and fields as views into them. */
function workerCase(): CaseFile {
  const caseFile = worldCase()
  const { bytes, index } = caseBytesIndexed(caseFile)
  keepCaseBytes(caseFile, bytes, index, caseFile.items, 0)
  return caseFile
}

const CASES: [string, () => CaseFile][] = [
  ['no items', () => harbourCase({ items: [] })],
  ['one item', () => harbourCase()],
  ['non-ASCII text in several scripts', worldCase],
  ['700 items (1,400 pieces)', bigCase],
  ['bytes kept from the import worker', workerCase]
]

/** The case with its first item's status changed: what a status key saves (every other piece kept). */
function statusChanged(caseFile: CaseFile, status: string): CaseFile {
  return { ...caseFile, items: caseFile.items.map((item, n) => (n === 0 ? { ...item, status } : item)) }
}

/** Whether two files' bytes are the same (toEqual walks a Buffer byte by byte: minutes for a large case). */
const same = (a: Buffer, b: Buffer) => Buffer.compare(a, b) === 0

async function created(caseFile: CaseFile): Promise<{ path: string; fingerprint: string; case: CaseFile }> {
  const path = join(tempDir(), 'harbour.txt.factdesk.json')
  const saved = await writeCase(path, caseFile, '', { now: clock })
  if (!saved.ok) throw new Error(saved.error.message)
  await pendingWrites(path)
  return { path, fingerprint: saved.value.fingerprint, case: saved.value.case }
}

describe('a save writes the kept pieces', () => {
  it.each(CASES)('%s: the file, its fingerprint and its backup are the joined bytes', async (_, make) => {
    const first = await created(make())
    expect(same(readFileSync(first.path), serialiseCaseBytes(first.case))).toBe(true)
    for (const status of ['verified', 'incorrect']) {
      const next = first.case.items.length > 0 ? statusChanged(first.case, status) : { ...first.case, threshold: 0.5 }
      const saved = await writeCase(first.path, next, first.fingerprint, { now: clock })
      if (!saved.ok) throw new Error(saved.error.message)
      await pendingWrites(first.path)
      const bytes = readFileSync(first.path)
      expect(same(bytes, serialiseCaseBytes(saved.value.case))).toBe(true)
      expect(bytes.toString('utf8')).toBe(serialiseJson(saved.value.case))
      expect(saved.value.fingerprint).toBe(fingerprintOf(bytes))
      const backups = readdirSync(backupsDirFor(first.path)).sort()
      expect(same(readFileSync(join(backupsDirFor(first.path), backups[backups.length - 1])), bytes)).toBe(true)
      Object.assign(first, { fingerprint: saved.value.fingerprint, case: saved.value.case })
    }
  })

  it('a disk that fills up part way through the pieces: not saved, said so, the previous file intact, no temp left', async () => {
    const first = await created(bigCase())
    const before = readFileSync(first.path)
    const folder = readdirSync(dirname(first.path)).sort()
    disk.left = 100_000 // of about 530 KB: the first writev is answered short, the next fails
    disk.writes = 0
    try {
      const saved = await writeCase(first.path, statusChanged(first.case, 'verified'), first.fingerprint)
      expect(saved.ok ? 'ok' : saved.error.code).toBe('disk-full')
      expect(saved.ok ? '' : saved.error.message).toBe(
        `Could not save ${first.path}: the disk is full. The previous version is intact. Free some space and save again.`
      )
      expect(disk.writes).toBe(2)
    } finally {
      disk.left = null
    }
    expect(same(readFileSync(first.path), before)).toBe(true)
    expect(readdirSync(dirname(first.path)).sort()).toEqual(folder)
  })

  it('a writev answered short with no error (room found again): the rest is written, the file whole', async () => {
    const first = await created(bigCase())
    disk.shortOnce = 100_000 // the first writev takes that much; the disk has room again for the next
    disk.writes = 0
    const saved = await writeCase(first.path, statusChanged(first.case, 'verified'), first.fingerprint)
    if (!saved.ok) throw new Error(saved.error.message)
    expect(disk.writes).toBe(2)
    expect(same(readFileSync(first.path), serialiseCaseBytes(saved.value.case))).toBe(true)
  })
})
