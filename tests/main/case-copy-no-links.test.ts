/**
 * "Save my version as a copy" on a filesystem without hard links (a FAT or exFAT USB stick, some network shares):
 * link() fails there as the system says (EPERM on FAT, ENOTSUP/EOPNOTSUPP on some shares, EXDEV across mounts). The
 * copy must still appear whole or not at all: a crash at any moment may leave no empty file under the copy's name.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { saveCopy } from '../../src/main/services/case-copy'
import { pendingWrites, readCase } from '../../src/main/services/case-store'
import { harbourCase, savedHarbourCase } from './harbour-case'

const { noLinks, atRename } = vi.hoisted(() => ({
  noLinks: { code: '' },
  /** Called before every rename: what is on disk then is what a crash at that moment leaves. */
  atRename: { look: (_to: string) => undefined as void }
}))

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>()
  return {
    ...fs,
    link: (async (from: string, to: string) => {
      if (noLinks.code) throw Object.assign(new Error(`${noLinks.code}: link not supported, '${to}'`), noLinks)
      return fs.link(from, to)
    }) as typeof fs.link,
    rename: (async (from: string, to: string) => {
      atRename.look(String(to))
      return fs.rename(from, to)
    }) as typeof fs.rename
  }
})

const NOW = new Date('2024-03-14T09:30:00.000Z')
const COPY = 'harbour.txt (copy 2024-03-14 09-30-00).factdesk.json'
const checked = () => harbourCase({ items: [{ ...harbourCase().items[0], status: 'verified' }] })

/** The files by a copy's name in `folder`, and their sizes. */
function copiesIn(folder: string): { name: string; bytes: number }[] {
  return readdirSync(folder)
    .filter((name) => name.includes('(copy ') && !name.startsWith('.'))
    .map((name) => ({ name, bytes: statSync(join(folder, name)).size }))
}

describe.each(['EPERM', 'ENOTSUP', 'EXDEV'])('save as copy where link() fails with %s', (code) => {
  it('no empty copy is on disk at any moment a crash could come; the copy appears whole, beside a taken name', async () => {
    const casePath = await savedHarbourCase()
    await pendingWrites(casePath)
    const folder = dirname(casePath)
    writeFileSync(join(folder, COPY), 'someone else’s file')
    const seen: { name: string; bytes: number }[][] = []
    noLinks.code = code
    atRename.look = (to) => {
      if (dirname(to) === folder) seen.push(copiesIn(folder))
    }
    try {
      const copy = await saveCopy(casePath, checked(), NOW)
      if (!copy.ok) throw new Error(copy.error.message)
      const second = join(folder, 'harbour.txt (copy 2024-03-14 09-30-00 2).factdesk.json')
      expect(copy.value.path).toBe(second)
      const read = await readCase(second)
      expect(read.ok ? read.value.case.items[0].status : read.error.message).toBe('verified')
      expect(readFileSync(join(folder, COPY), 'utf8')).toBe('someone else’s file')
      // At every rename (the moments between which a crash can fall) no file by a copy's name is empty.
      expect(seen.length).toBeGreaterThan(0)
      for (const files of seen) expect(files.filter((f) => f.bytes === 0)).toEqual([])
      // And nothing else is left: no temp, no claim.
      const left = readdirSync(folder).filter((name) => name.includes('(copy '))
      expect(left.sort()).toEqual([COPY, basename(second)].sort())
    } finally {
      noLinks.code = ''
      atRename.look = () => undefined
    }
  })
})
