/**
 * The case's folder turned read-only while the case is open (a share remounted read-only, a USB stick's lock switch,
 * permissions changed): every write into it fails as the system says (EROFS), reads go on. Simulated here by the
 * file system's own functions refusing every write inside that folder, as a read-only mount does (tests run as root,
 * whom chmod does not stop), so every service's writes meet it: the lock, the atomic write, backups, owner files.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, relative } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { backupsDirFor } from '../../src/main/services/case-backups'
import { pendingWrites } from '../../src/main/services/case-store'
import { openedArticle, poll, verified } from './opened-article'

const { readOnly } = vi.hoisted(() => ({ readOnly: new Set<string>() }))

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>()
  const inside = (folder: string, path: string) => {
    const rel = relative(folder, String(path))
    return !rel.startsWith('..') && !isAbsolute(rel)
  }
  const refuse = (...paths: unknown[]) => {
    for (const path of paths)
      for (const folder of readOnly)
        if (inside(folder, String(path)))
          throw Object.assign(new Error(`EROFS: read-only file system, '${String(path)}'`), { code: 'EROFS' })
  }
  const writes = <A extends unknown[], R>(run: (...args: A) => Promise<R>, count = 1) =>
    (async (...args: A) => {
      refuse(...args.slice(0, count))
      return run(...args)
    }) as (...args: A) => Promise<R>
  return {
    ...fs,
    open: (async (path: string, flags?: string | number, mode?: number) => {
      if (flags !== undefined && flags !== 'r') refuse(path)
      return fs.open(path, flags, mode)
    }) as typeof fs.open,
    rename: writes(fs.rename, 2),
    link: writes(fs.link, 2),
    unlink: writes(fs.unlink),
    mkdir: writes(fs.mkdir),
    copyFile: writes(fs.copyFile, 2),
    writeFile: writes(fs.writeFile),
    rm: writes(fs.rm)
  }
})

const READ_ONLY = 'the folder is read-only or not yours to write. The previous version is intact.'
const WAY_ON =
  'Your edits are still on screen: save them as a copy (it goes to Factdesk’s data folder while this folder cannot be written), or try again once it can be.'

describe('the case folder turned read-only while the case is open', () => {
  it('open and poll go on; a save and put back say why and what to do, nothing changed; a copy goes to the data folder', async () => {
    const { api, session } = await openedArticle()
    const folder = dirname(session.casePath)
    readOnly.add(folder)
    try {
      const before = readFileSync(session.casePath, 'utf8')
      expect((await poll(api, session)).problem).toBeNull()
      const reopened = await api.openFile({ path: session.casePath })
      expect(reopened.ok && reopened.value?.casePath).toBe(session.casePath)

      const saved = await api.saveCase(verified(session))
      expect(saved.ok ? 'saved' : [saved.error.code, saved.error.message]).toEqual([
        'read-only',
        `Could not save ${session.casePath}: ${READ_ONLY} ${WAY_ON}`
      ])
      expect(readFileSync(session.casePath, 'utf8')).toBe(before)

      const copy = await api.saveCopy({ casePath: session.casePath, case: session.case })
      if (!copy.ok) throw new Error(copy.error.message)
      expect(dirname(copy.value.path)).not.toBe(folder)
      expect(JSON.parse(readFileSync(copy.value.path, 'utf8')).id).toBe(session.case.id)

      // The share writable again: the save the window retries goes through, and its backup is kept.
      readOnly.delete(folder)
      const again = await api.saveCase(verified(session))
      if (!again.ok) throw new Error(again.error.message)
      await pendingWrites(session.casePath)
      expect(JSON.parse(readFileSync(session.casePath, 'utf8')).items[0].status).toBe('verified')
      expect((await poll(api, session, again.value.fingerprint)).backups).toBeNull()
    } finally {
      readOnly.clear()
    }
  })

  it('put back over a damaged file: refused in words, the damaged file left in place, nothing set aside', async () => {
    const { api, session } = await openedArticle()
    const folder = dirname(session.casePath)
    writeFileSync(session.casePath, '{ damaged')
    readOnly.add(folder)
    try {
      const put = await api.putBackCase(verified(session))
      expect(put.ok ? 'put back' : [put.error.code, put.error.message]).toEqual([
        'read-only',
        `Could not put back ${session.casePath}: ${READ_ONLY} ${WAY_ON}`
      ])
      expect(readFileSync(session.casePath, 'utf8')).toBe('{ damaged')
      expect(readdirSync(folder).filter((name) => /broken|replaced/.test(name))).toEqual([])
    } finally {
      readOnly.clear()
    }
  })

  it('only the backups folder read-only: saves go on, and the poll says backups are not kept and why', async () => {
    const { api, session } = await openedArticle()
    readOnly.add(backupsDirFor(session.casePath))
    try {
      const saved = await api.saveCase(verified(session))
      if (!saved.ok) throw new Error(saved.error.message)
      await pendingWrites(session.casePath)
      expect(JSON.parse(readFileSync(session.casePath, 'utf8')).items[0].status).toBe('verified')
      expect((await poll(api, session, saved.value.fingerprint)).backups).toMatch(
        /^Backups of fees\.txt\.factdesk\.json are not being kept: .* \(the folder is read-only or not yours to write\)\. Your saves still go through/
      )
    } finally {
      readOnly.clear()
    }
  })
})
