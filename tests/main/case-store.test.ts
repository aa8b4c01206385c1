import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { hostname } from 'node:os'
import { dirname, join } from 'node:path'
import { ownerPathFor } from '../../src/main/services/case-owners'
import { describe, expect, it } from 'vitest'
import { pendingWrites, readCase, fingerprintOf, writeCase } from '../../src/main/services/case-store'
import type { AtomicWriter } from '../../src/main/services/atomic-file'
import { BACKUPS_KEPT, backupsDirFor, listGoodBackups } from '../../src/main/services/case-backups'
import { restoreBackupOffThread } from '../../src/main/services/sessions'
import { serialiseJson, writeFileAtomic, type TextWriter } from '../../src/main/services/atomic-file'
import { caseBytesIndexed } from '../../src/main/services/case-text'
import { tempDir } from '../helpers/temp-dir'
import { feesClaim, harbourCase } from './harbour-case'

function casePathIn(dir: string): string {
  return join(dir, 'harbour.txt.factdesk.json')
}

/** A writer on a disk with no space left: it fails as Node's own write does, ENOSPC. */
const diskFull = async () => {
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
}

/** A backup put back as the app does it (api.ts's restoreBackup): read and checked by the engine, then written. */
const restoreBackup = (casePath: string, backupPath: string, write?: AtomicWriter) =>
  restoreBackupOffThread({ dataDir: tempDir() }, { casePath, backupPath }, new Date(), write)

/** A clock that moves one second per call, so backups get distinct names. */
function steppingClock(start = Date.parse('2024-03-14T10:00:00.000Z')) {
  let t = start
  return () => new Date((t += 1000))
}

describe('case store', () => {
  it('round-trips a case and hands back the fingerprint of the bytes on disk', async () => {
    const path = casePathIn(tempDir())
    const saved = await writeCase(path, harbourCase(), '')
    expect(saved.ok).toBe(true)
    const read = await readCase(path)
    if (!read.ok || !saved.ok) throw new Error('expected ok')
    expect(read.value.case.items[0].facts[0].text).toBe('12%')
    expect(read.value.case.updatedAt).toBe(saved.value.savedAt)
    expect(read.value.fingerprint).toBe(saved.value.fingerprint)
    expect(read.value.fingerprint).toBe(fingerprintOf(readFileSync(path)))
  })

  it('writes a case prepared by the import worker as its bytes, through the same locked write, and only to create it', async () => {
    const path = casePathIn(tempDir())
    const caseFile = harbourCase({ items: Array.from({ length: 3 }, (_, n) => feesClaim({ id: `i${n + 1}` })) })
    const { bytes } = caseBytesIndexed(caseFile)
    const saved = await writeCase(path, caseFile, '', { bytes })
    if (!saved.ok) throw new Error(saved.error.message)
    expect(readFileSync(path)).toEqual(bytes)
    expect(readFileSync(path, 'utf8')).toBe(serialiseJson(caseFile)) // its updatedAt is its own, not the write's
    expect(saved.value.fingerprint).toBe(fingerprintOf(bytes))
    const read = await readCase(path)
    expect(read.ok && read.value.fingerprint).toBe(saved.value.fingerprint)
    // The file exists now: a prepared case never replaces it, nor merges into it.
    const again = await writeCase(path, caseFile, '', { bytes })
    expect(again.ok ? 'ok' : again.error.code).toBe('conflict')
    const over = await writeCase(path, caseFile, saved.value.fingerprint, { bytes })
    expect(over.ok ? 'ok' : over.error.code).toBe('internal')
    expect(readFileSync(path)).toEqual(bytes)
  })

  it('hashes a large case a slice at a time to the same fingerprint', async () => {
    const path = casePathIn(tempDir())
    const items = Array.from({ length: 1500 }, (_, n) => feesClaim({ id: `i${n + 1}` }))
    const saved = await writeCase(path, harbourCase({ items }), '')
    if (!saved.ok) throw new Error(saved.error.message)
    expect(readFileSync(path).length).toBeGreaterThan(1024 * 1024)
    expect(saved.value.fingerprint).toBe(fingerprintOf(readFileSync(path)))
  })

  it('merges a change made on disk since it was read with the one being saved: both kept', async () => {
    const path = casePathIn(tempDir())
    const first = await writeCase(path, harbourCase(), '')
    if (!first.ok) throw new Error(first.error.message)
    // Another program edits the case meanwhile (a status); this save changes another field of the same item.
    writeFileSync(path, JSON.stringify(harbourCase({ items: [feesClaim({ status: 'verified' })] }), null, 2))
    const mine = await writeCase(
      path,
      harbourCase({ items: [feesClaim({ verdictNote: 'Port accounts, p. 4' })] }),
      first.value.fingerprint
    )
    if (!mine.ok) throw new Error(mine.error.message)
    expect(mine.value.merged).toBe(true)
    const onDisk = await readCase(path)
    if (!onDisk.ok) throw new Error(onDisk.error.message)
    expect(onDisk.value.case.items[0]).toMatchObject({ status: 'verified', verdictNote: 'Port accounts, p. 4' })
    expect(onDisk.value.case.conflicts).toBeUndefined()
    expect(onDisk.value.fingerprint).toBe(mine.value.fingerprint)
  })

  it('merges a change another program writes while the save is under way, between its read and its rename', async () => {
    const path = casePathIn(tempDir())
    const first = await writeCase(path, harbourCase(), '')
    if (!first.ok) throw new Error(first.error.message)
    let sneaked = false
    // A sync tool (no lock) replaces the file while this save writes its temp file.
    const syncToolMeanwhile: TextWriter = async (target, text, unchanged) => {
      if (!sneaked) {
        sneaked = true
        writeFileSync(target, serialiseJson(harbourCase({ items: [feesClaim({ status: 'verified' })] })))
      }
      await writeFileAtomic(target, text, unchanged)
    }
    const mine = harbourCase({ items: [feesClaim({ verdictNote: 'Port accounts, p. 4' })] })
    const saved = await writeCase(path, mine, first.value.fingerprint, { writeText: syncToolMeanwhile })
    if (!saved.ok) throw new Error(saved.error.message)
    expect(saved.value.merged).toBe(true)
    expect(JSON.parse(readFileSync(path, 'utf8')).items[0]).toMatchObject({
      status: 'verified',
      verdictNote: 'Port accounts, p. 4'
    })
    expect(readdirSync(dirname(path)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('gives up, writing nothing over it, on a file another program replaces under every save', async () => {
    const path = casePathIn(tempDir())
    const first = await writeCase(path, harbourCase(), '')
    if (!first.ok) throw new Error(first.error.message)
    let theirs = ''
    const busyProgram: TextWriter = async (target, text, unchanged) => {
      theirs = serialiseJson(harbourCase({ threshold: Math.random() }))
      writeFileSync(target, theirs)
      await writeFileAtomic(target, text, unchanged)
    }
    const saved = await writeCase(path, harbourCase(), first.value.fingerprint, { writeText: busyProgram })
    expect(saved.ok ? 'ok' : saved.error.message).toMatch(/changed by another program during each of 3 saves/)
    expect(readFileSync(path, 'utf8')).toBe(theirs)
  })

  it('keeps both values of a field changed on disk and in the save, as a conflict', async () => {
    const path = casePathIn(tempDir())
    const first = await writeCase(path, harbourCase(), '')
    if (!first.ok) throw new Error(first.error.message)
    writeFileSync(path, JSON.stringify(harbourCase({ items: [feesClaim({ status: 'verified' })] }), null, 2))
    // Ben's Factdesk has the case open too: the change on disk is most likely his.
    const now = new Date().toISOString()
    const ben = { name: 'Ben', host: hostname(), pid: process.ppid, since: now, heartbeat: now }
    writeFileSync(ownerPathFor(path, 'cccccccccccc'), JSON.stringify(ben))
    const mine = await writeCase(
      path,
      harbourCase({ items: [feesClaim({ status: 'incorrect' })] }),
      first.value.fingerprint,
      { by: async () => 'Ana' }
    )
    if (!mine.ok) throw new Error(mine.error.message)
    const conflicts = JSON.parse(readFileSync(path, 'utf8')).conflicts
    expect(conflicts).toEqual([
      expect.objectContaining({ scope: 'item', targetId: 'i1', field: 'status', oursBy: 'Ana', theirsBy: 'Ben' })
    ])
    expect(conflicts[0].ours.status).toBe('incorrect')
    expect(conflicts[0].theirs.status).toBe('verified')
  })

  it('never merges an older copy put back over the file (a checkout, a sync tool): that would undo the saves since', async () => {
    const path = casePathIn(tempDir())
    const first = await writeCase(path, harbourCase(), '')
    if (!first.ok) throw new Error(first.error.message)
    const committed = readFileSync(path)
    const second = await writeCase(
      path,
      harbourCase({ items: [feesClaim({ status: 'verified' })] }),
      first.value.fingerprint
    )
    if (!second.ok) throw new Error(second.error.message)
    writeFileSync(path, committed) // git checkout of the case as it was committed
    const third = await writeCase(
      path,
      harbourCase({ items: [feesClaim({ status: 'verified', verdictNote: 'Port accounts, p. 4' })] }),
      second.value.fingerprint
    )
    expect(third.ok ? 'ok' : third.error.code).toBe('conflict')
    expect(third.ok ? '' : third.error.message).toMatch(/put back to an older copy of this case.*nothing was written/)
    expect(readFileSync(path)).toEqual(committed)
    // Restored from a backup by the checker, an older version is the case again, and saves go on from it.
    const backup = (await listGoodBackups(path)).at(-1)
    const restored = await restoreBackup(path, backup?.path ?? '')
    if (!restored.ok) throw new Error(restored.error.message)
    const after = await writeCase(path, harbourCase({ threshold: 0.8 }), restored.value.fingerprint)
    expect(after.ok ? 'ok' : after.error.message).toBe('ok')
  })

  it('refuses, when asked not to merge, to save over a file changed on disk, and writes nothing', async () => {
    const path = casePathIn(tempDir())
    const first = await writeCase(path, harbourCase(), '')
    if (!first.ok) throw new Error(first.error.message)
    writeFileSync(path, JSON.stringify(harbourCase({ items: [feesClaim({ status: 'verified' })] }), null, 2))
    const before = readFileSync(path, 'utf8')
    const mine = await writeCase(
      path,
      harbourCase({ items: [feesClaim({ status: 'incorrect' })] }),
      first.value.fingerprint,
      { merge: false }
    )
    expect(mine.ok ? 'ok' : mine.error.code).toBe('conflict')
    expect(mine.ok ? '' : mine.error.message).toContain('changed on disk')
    expect(readFileSync(path, 'utf8')).toBe(before)
  })

  it('answers conflict, writing nothing, when the version a save started from is unknown', async () => {
    const path = casePathIn(tempDir())
    await writeCase(path, harbourCase(), '')
    writeFileSync(path, JSON.stringify(harbourCase({ items: [feesClaim({ status: 'verified' })] }), null, 2))
    const before = readFileSync(path, 'utf8')
    const mine = await writeCase(path, harbourCase(), fingerprintOf('a version nobody has'))
    expect(mine.ok ? 'ok' : mine.error.code).toBe('conflict')
    expect(readFileSync(path, 'utf8')).toBe(before)
  })

  it('refuses to create a case where one already exists', async () => {
    const path = casePathIn(tempDir())
    await writeCase(path, harbourCase(), '')
    const again = await writeCase(path, harbourCase(), '')
    expect(again.ok ? 'ok' : again.error.code).toBe('conflict')
  })

  it('saves in sequence with the fingerprint each save returns', async () => {
    const path = casePathIn(tempDir())
    let fingerprint = ''
    for (const status of ['in-progress', 'verified', 'incorrect']) {
      const saved = await writeCase(path, harbourCase({ items: [feesClaim({ status })] }), fingerprint)
      if (!saved.ok) throw new Error(saved.error.message)
      fingerprint = saved.value.fingerprint
    }
    const read = await readCase(path)
    expect(read.ok && read.value.case.items[0].status).toBe('incorrect')
  })

  it('never writes an invalid case', async () => {
    const path = casePathIn(tempDir())
    const bad = harbourCase({ currentDraftId: 'd9' })
    const saved = await writeCase(path, bad, '')
    expect(saved.ok ? 'ok' : saved.error.code).toBe('invalid-input')
    expect(existsSync(path)).toBe(false)
  })
})

describe('atomic writes', () => {
  it('leaves the previous version intact when the writer dies halfway (temp file left behind)', async () => {
    const dir = tempDir()
    const path = casePathIn(dir)
    const first = await writeCase(path, harbourCase(), '')
    if (!first.ok) throw new Error(first.error.message)
    const before = readFileSync(path, 'utf8')
    // Simulated crash: half the new JSON reaches a temp file, then the process "dies".
    const crashing = async (target: string, text: string) => {
      const handle = await open(join(dir, `.${'harbour.txt.factdesk.json'}.dead.tmp`), 'w')
      await handle.writeFile(text.slice(0, text.length / 2))
      await handle.close()
      void target
      throw Object.assign(new Error('killed'), { code: 'EIO' })
    }
    const failed = await writeCase(path, harbourCase({ items: [] }), first.value.fingerprint, { writeText: crashing })
    expect(failed.ok).toBe(false)
    expect(readFileSync(path, 'utf8')).toBe(before)
    const read = await readCase(path)
    expect(read.ok).toBe(true)
    // The leftover temp file does not stop the next save either.
    const next = await writeCase(path, harbourCase({ items: [] }), first.value.fingerprint)
    expect(next.ok).toBe(true)
  })

  it('readers only ever see the old or the new version while saves run', async () => {
    const path = casePathIn(tempDir())
    let saved = await writeCase(path, harbourCase(), '')
    const seen = new Set<string>()
    for (let round = 0; round < 15; round += 1) {
      if (!saved.ok) throw new Error(saved.error.message)
      const status = round % 2 === 0 ? 'verified' : 'incorrect'
      const writing = writeCase(path, harbourCase({ items: [feesClaim({ status })] }), saved.value.fingerprint)
      const reads = await Promise.all([readCase(path), readCase(path), readCase(path)])
      for (const read of reads) {
        expect(read.ok).toBe(true)
        if (read.ok) seen.add(read.value.case.items[0].status)
      }
      saved = await writing
    }
    expect([...seen].every((status) => ['unchecked', 'verified', 'incorrect'].includes(status))).toBe(true)
  })
})

describe('backups', () => {
  it(`keeps the last ${BACKUPS_KEPT} saved versions`, async () => {
    const path = casePathIn(tempDir())
    const now = steppingClock()
    let fingerprint = ''
    for (let n = 0; n < BACKUPS_KEPT + 3; n += 1) {
      const saved = await writeCase(path, harbourCase({ threshold: n / 100 }), fingerprint, { now })
      if (!saved.ok) throw new Error(saved.error.message)
      fingerprint = saved.value.fingerprint
    }
    // Backups are written just after each save answers.
    await pendingWrites(path)
    const names = readdirSync(backupsDirFor(path)).sort()
    expect(names).toHaveLength(BACKUPS_KEPT)
    const newest = JSON.parse(readFileSync(join(backupsDirFor(path), names[names.length - 1]), 'utf8'))
    expect(newest.threshold).toBe((BACKUPS_KEPT + 2) / 100)
    const oldest = JSON.parse(readFileSync(join(backupsDirFor(path), names[0]), 'utf8'))
    expect(oldest.threshold).toBe(3 / 100)
  })

  it('a backups folder that cannot be written never fails a save, nor the saves after it', async () => {
    const path = casePathIn(tempDir())
    writeFileSync(backupsDirFor(path), 'a file where the backups folder goes')
    let fingerprint = ''
    for (const threshold of [0.5, 0.6, 0.7]) {
      const saved = await writeCase(path, harbourCase({ threshold }), fingerprint)
      if (!saved.ok) throw new Error(saved.error.message)
      fingerprint = saved.value.fingerprint
      await pendingWrites(path)
    }
    expect(JSON.parse(readFileSync(path, 'utf8')).threshold).toBe(0.7)
    expect(readFileSync(backupsDirFor(path), 'utf8')).toBe('a file where the backups folder goes')
  })

  it('a full disk for the backup alone: the save holds, the backups kept stay as they were, and the checker is told until one is kept again', async () => {
    const path = casePathIn(tempDir())
    const now = steppingClock()
    const first = await writeCase(path, harbourCase({ threshold: 0.5 }), '', { now })
    if (!first.ok) throw new Error(first.error.message)
    await pendingWrites(path)
    const [kept] = readdirSync(backupsDirFor(path))
    const keptBytes = readFileSync(join(backupsDirFor(path), kept), 'utf8')
    // The case file is written; the disk fills before its backup is.
    const second = await writeCase(path, harbourCase({ threshold: 0.6 }), first.value.fingerprint, {
      now,
      writeBackup: diskFull
    })
    if (!second.ok) throw new Error(second.error.message)
    await pendingWrites(path)
    expect(JSON.parse(readFileSync(path, 'utf8')).threshold).toBe(0.6)
    expect(readdirSync(backupsDirFor(path))).toEqual([kept])
    expect(readFileSync(join(backupsDirFor(path), kept), 'utf8')).toBe(keptBytes)
    expect(readdirSync(dirname(path)).filter((name) => name.startsWith('.'))).toEqual([])
    // The next save goes through and says why no backup is kept, and what to do.
    const third = await writeCase(path, harbourCase({ threshold: 0.7 }), second.value.fingerprint, { now })
    if (!third.ok) throw new Error(third.error.message)
    expect(third.value.backups).toMatch(
      /^Backups of harbour\.txt\.factdesk\.json are not being kept: .*the disk is full.*free some space/
    )
    await pendingWrites(path)
    // Space again: that save's backup was kept, and the next answer no longer warns.
    const fourth = await writeCase(path, harbourCase({ threshold: 0.8 }), third.value.fingerprint, { now })
    if (!fourth.ok) throw new Error(fourth.error.message)
    expect(fourth.value.backups).toBeNull()
    await pendingWrites(path)
    const names = readdirSync(backupsDirFor(path)).sort()
    expect(names.map((name) => JSON.parse(readFileSync(join(backupsDirFor(path), name), 'utf8')).threshold)).toEqual([
      0.5, 0.7, 0.8
    ])
  })
})

describe('damaged case files', () => {
  async function savedTwice(path: string) {
    const now = steppingClock()
    const a = await writeCase(path, harbourCase(), '', { now })
    if (!a.ok) throw new Error(a.error.message)
    const b = await writeCase(path, harbourCase({ items: [feesClaim({ status: 'verified' })] }), a.value.fingerprint, {
      now
    })
    if (!b.ok) throw new Error(b.error.message)
    await pendingWrites(path)
  }

  it('reports invalid JSON, never overwrites it, and offers the good backups newest first', async () => {
    const path = casePathIn(tempDir())
    await savedTwice(path)
    writeFileSync(path, '{"schemaVersion": 1, "items": [')
    const read = await readCase(path)
    expect(read.ok ? 'ok' : read.error.code).toBe('case-invalid')
    expect(read.ok ? '' : read.error.message).toMatch(/harbour\.txt\.factdesk\.json is damaged: it is not valid JSON/)
    // A save is refused whatever token it carries: the damaged file stays for the checker to decide.
    for (const token of [fingerprintOf('whatever'), fingerprintOf('{"schemaVersion": 1, "items": [')]) {
      const save = await writeCase(path, harbourCase(), token)
      expect(save.ok ? `ok ${token}` : save.error.code).toBe('case-invalid')
    }
    expect(readFileSync(path, 'utf8')).toBe('{"schemaVersion": 1, "items": [')
    const backups = await listGoodBackups(path)
    expect(backups).toHaveLength(2)
    expect(backups[0].savedAt > backups[1].savedAt).toBe(true)
  })

  it('names the bad field when the schema does not match', async () => {
    const path = casePathIn(tempDir())
    const broken = JSON.parse(JSON.stringify(harbourCase()))
    broken.items[0].anchor.start = 'twelve'
    writeFileSync(path, JSON.stringify(broken))
    const read = await readCase(path)
    expect(read.ok ? '' : read.error.message).toContain('items[0].anchor.start')
  })

  it('refuses a case saved by a newer Factdesk', async () => {
    const path = casePathIn(tempDir())
    writeFileSync(path, JSON.stringify(harbourCase({ schemaVersion: 99 })))
    const read = await readCase(path)
    expect(read.ok ? 'ok' : read.error.code).toBe('case-newer')
  })

  it('restores a backup and keeps the damaged file aside', async () => {
    const dir = tempDir()
    const path = casePathIn(dir)
    await savedTwice(path)
    writeFileSync(path, 'garbage')
    const [newest] = await listGoodBackups(path)
    const restored = await restoreBackup(path, newest.path)
    if (!restored.ok) throw new Error(restored.error.message)
    expect(restored.value.case.items[0].status).toBe('verified')
    const aside = readdirSync(dir).filter((name) => name.includes('.broken-'))
    expect(aside).toHaveLength(1)
    expect(readFileSync(join(dir, aside[0]), 'utf8')).toBe('garbage')
  })

  it('restores only from the case’s own backups folder', async () => {
    const dir = tempDir()
    const path = casePathIn(dir)
    await savedTwice(path)
    const elsewhere = join(dir, 'other.json')
    writeFileSync(elsewhere, JSON.stringify(harbourCase()))
    const restored = await restoreBackup(path, elsewhere)
    expect(restored.ok ? 'ok' : restored.error.code).toBe('invalid-input')
  })

  it('a backup damaged or gone since it was offered is refused, and the case file stays as it was', async () => {
    const dir = tempDir()
    const path = casePathIn(dir)
    await savedTwice(path)
    writeFileSync(path, 'garbage')
    const [newest, older] = await listGoodBackups(path)
    writeFileSync(newest.path, '{"schemaVersion": 2, "items": [')
    const damaged = await restoreBackup(path, newest.path)
    expect(damaged.ok ? 'ok' : damaged.error.code).toBe('case-invalid')
    expect(damaged.ok ? '' : damaged.error.message).toMatch(/^The backup cannot be used either: /)
    rmSync(older.path)
    const gone = await restoreBackup(path, older.path)
    expect(gone.ok ? 'ok' : gone.error.message).toBe(`The backup ${older.path} no longer exists.`)
    expect(readFileSync(path, 'utf8')).toBe('garbage')
    expect(readdirSync(dir).filter((name) => name.includes('.broken-'))).toEqual([])
  })
})

describe('write failures', () => {
  it('says the disk is full and keeps the previous version', async () => {
    const path = casePathIn(tempDir())
    const first = await writeCase(path, harbourCase(), '')
    if (!first.ok) throw new Error(first.error.message)
    const before = readFileSync(path, 'utf8')
    const saved = await writeCase(path, harbourCase({ items: [] }), first.value.fingerprint, { writeText: diskFull })
    expect(saved.ok ? 'ok' : saved.error.code).toBe('disk-full')
    expect(saved.ok ? '' : saved.error.message).toMatch(/the disk is full\. The previous version is intact/)
    expect(readFileSync(path, 'utf8')).toBe(before)
  })

  it('a full disk while the lock is made: nothing saved, the case file and its folder as they were, the next save goes through', async () => {
    const dir = tempDir()
    const path = casePathIn(dir)
    const first = await writeCase(path, harbourCase(), '')
    if (!first.ok) throw new Error(first.error.message)
    await pendingWrites(path)
    const before = readFileSync(path, 'utf8')
    const listed = readdirSync(dir).sort()
    const saved = await writeCase(path, harbourCase({ threshold: 0.6 }), first.value.fingerprint, {
      fillLock: diskFull
    })
    expect(saved.ok ? 'ok' : saved.error.code).toBe('disk-full')
    expect(saved.ok ? '' : saved.error.message).toBe(
      `Could not save ${path}: the disk is full. The previous version is intact. Free some space and save again.`
    )
    expect(readFileSync(path, 'utf8')).toBe(before)
    expect(readdirSync(dir).sort()).toEqual(listed) // no lock, no half-filled side file
    const again = await writeCase(path, harbourCase({ threshold: 0.6 }), first.value.fingerprint)
    expect(again.ok && JSON.parse(readFileSync(path, 'utf8')).threshold).toBe(0.6)
  })

  it('restoring a backup on a full disk leaves the case file in its place, as it was', async () => {
    const path = casePathIn(tempDir())
    const first = await writeCase(path, harbourCase(), '')
    if (!first.ok) throw new Error(first.error.message)
    await pendingWrites(path)
    writeFileSync(path, '{"schemaVersion": 2, "items": [') // damaged by someone
    const [backup] = await listGoodBackups(path)
    const restored = await restoreBackup(path, backup.path, diskFull)
    expect(restored.ok ? 'ok' : restored.error.code).toBe('disk-full')
    expect(restored.ok ? '' : restored.error.message).toMatch(/the disk is full\. The case file is as it was/)
    expect(readFileSync(path, 'utf8')).toBe('{"schemaVersion": 2, "items": [')
    expect(readdirSync(dirname(path)).filter((name) => name.includes('.broken-'))).toEqual([])
  })

  it('says the folder cannot be written when it is not a folder', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a-file'), 'x')
    const path = join(dir, 'a-file', 'harbour.txt.factdesk.json')
    const saved = await writeCase(path, harbourCase(), '')
    expect(saved.ok ? 'ok' : saved.error.code).toBe('not-writable')
    expect(saved.ok ? '' : saved.error.message).toContain(path)
  })
})
