/**
 * Another program (a sync tool, an editor: no Factdesk lock) writes the case file in the moment between a write's
 * look at what is there and its rename: "Put my version back" and restoring a backup must not write over it unseen,
 * as ordinary saves do not (case-store.ts, since c3b7060).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { rename } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CaseFile } from '../../src/shared/case'
import { casePatch } from '../../src/core/case/case-patch'
import { setStatus } from '../../src/core/case/ops-status'
import { writeFileAtomic, type AtomicWriter } from '../../src/main/services/atomic-file'
import { listGoodBackups } from '../../src/main/services/case-backups'
import { putBackCase, type MoveAside } from '../../src/main/services/case-put-back'
import { pendingWrites, writeCase } from '../../src/main/services/case-store'
import { restoreBackupOffThread } from '../../src/main/services/sessions'
import { harbourCase } from './harbour-case'
import { tempDir } from '../helpers/temp-dir'

const AT = { by: 'Ana', at: '2024-03-14T10:00:00.000Z' }

function withStatus(c: CaseFile, status: 'verified' | 'incorrect'): CaseFile {
  const changed = setStatus(c, c.items[0].id, status, AT)
  if (!changed.ok) throw new Error(changed.error.message)
  return changed.value
}

/** The real writer, after another program has written `theirs` at the path (once): the write is under way then. */
function programWritesDuring(theirs: string): AtomicWriter {
  let done = false
  return async (path, data, unchanged) => {
    if (!done) writeFileSync(path, theirs)
    done = true
    await writeFileAtomic(path, data, unchanged)
  }
}

/** The real rename, after another program has written `theirs` at the path (once): after the look, before the move. */
function programWritesAsSetAside(theirs: string): MoveAside {
  let done = false
  return async (from, to) => {
    if (!done) writeFileSync(from, theirs)
    done = true
    await rename(from, to)
  }
}

async function savedCase(): Promise<{ path: string; case: CaseFile; fingerprint: string }> {
  const path = join(tempDir(), 'harbour.txt.factdesk.json')
  const saved = await writeCase(path, harbourCase(), '')
  if (!saved.ok) throw new Error(saved.error.message)
  await pendingWrites(path)
  return { path, case: saved.value.case, fingerprint: saved.value.fingerprint }
}

/** The checker puts their version back over a damaged case file, and another program writes `theirs` as it is set aside. */
async function putBackOverDamaged(theirs: (opened: CaseFile) => string) {
  const opened = await savedCase()
  writeFileSync(opened.path, '{"schemaVersion": 2, "items": [')
  const patch = casePatch(opened.case, withStatus(opened.case, 'verified'))
  const request = { fingerprint: opened.fingerprint, patch }
  const put = await putBackCase(
    opened.path,
    request,
    new Date(),
    writeFileAtomic,
    programWritesAsSetAside(theirs(opened.case))
  )
  return { opened, put }
}

const statusIn = (text: string) => (JSON.parse(text) as CaseFile).items[0].status

describe('another program writes the case file during a write that replaces it', () => {
  it('put back: a file a sync tool brings back meanwhile is not written over unseen', async () => {
    const opened = await savedCase()
    rmSync(opened.path)
    const theirs = `${JSON.stringify(withStatus(opened.case, 'incorrect'), null, 2)}\n`
    const patch = casePatch(opened.case, withStatus(opened.case, 'verified'))
    const put = await putBackCase(
      opened.path,
      { fingerprint: opened.fingerprint, patch },
      new Date(),
      programWritesDuring(theirs)
    )
    // Theirs is a good version of this case: nothing to put back over, the window merges it as any change.
    expect(put.ok ? 'put back' : put.error.message).toMatch(/^Not put back: .* is a good version of this case again/)
    expect(readFileSync(opened.path, 'utf8')).toBe(theirs)
  })

  it('restore: a file another program writes meanwhile is not written over unseen, nor anything lost', async () => {
    const opened = await savedCase()
    const [backup] = await listGoodBackups(opened.path)
    writeFileSync(opened.path, '{"schemaVersion": 2, "items": [')
    const theirs = `${JSON.stringify(withStatus(opened.case, 'incorrect'), null, 2)}\n`
    const restored = await restoreBackupOffThread(
      { dataDir: tempDir() },
      { casePath: opened.path, backupPath: backup.path },
      new Date(),
      programWritesDuring(theirs)
    )
    expect(restored.ok ? 'restored' : restored.error.message).toMatch(
      /^Could not restore harbour\.txt\.factdesk\.json: another program wrote it meanwhile/
    )
    expect(statusIn(readFileSync(opened.path, 'utf8'))).toBe('incorrect')
    const aside = readdirSync(dirname(opened.path)).filter((name) => name.includes('.broken-'))
    expect(aside.map((name) => readFileSync(join(dirname(opened.path), name), 'utf8'))).toEqual([
      '{"schemaVersion": 2, "items": ['
    ])
  })

  it('put back: a file written just as the damaged one is set aside goes back, is judged again, and is kept aside', async () => {
    const theirs = '{"schemaVersion": 2, "items": [], "half written by a sync tool'
    const { opened, put } = await putBackOverDamaged(() => theirs)
    if (!put.ok) throw new Error(put.error.message)
    // What was moved was not the file judged: it went back, was judged on the next try, and is the one kept aside.
    expect(readFileSync(put.value.setAside ?? '', 'utf8')).toBe(theirs)
    expect(statusIn(readFileSync(opened.path, 'utf8'))).toBe('verified')
    const left = readdirSync(dirname(opened.path)).filter((name) => !name.endsWith('.backups'))
    expect(left.sort()).toEqual([basename(put.value.setAside ?? ''), 'harbour.txt.factdesk.json'])
  })

  it('put back: a good version of the case written just as the damaged file is set aside stays, unreplaced', async () => {
    let theirs = ''
    const { opened, put } = await putBackOverDamaged(
      (c) => (theirs = `${JSON.stringify(withStatus(c, 'incorrect'), null, 2)}\n`)
    )
    expect(put.ok ? 'put back' : put.error.message).toMatch(/^Not put back: .* is a good version of this case again/)
    expect(readFileSync(opened.path, 'utf8')).toBe(theirs)
    expect(readdirSync(dirname(opened.path)).filter((name) => /broken|replaced/.test(name))).toEqual([])
  })
})
