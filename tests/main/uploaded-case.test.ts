/**
 * Browser mode keeps an uploaded case as a copy in its data folder. Opening the same case file again (Open…, or
 * Locate… of a case gone from the recent list) made one more copy each time (water-2, water-3), and the copies drifted
 * apart: two proofs of one check. Now the copy already kept is opened when it has the file's work, and when the two
 * differ the checker is told how and chooses.
 */
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CaseFile } from '../../src/shared/case'
import type { Session } from '../../src/shared/contract'
import type { Result } from '../../src/shared/result'
import { setStatus } from '../../src/core/case/ops-status'
import { pendingWrites, writeCase } from '../../src/main/services/case-store'
import { inProcessEngine, type DraftEngine } from '../../src/main/services/draft-engine'
import { openFile } from '../../src/main/services/sessions'
import { tempDir } from '../helpers/temp-dir'

const SAMPLE = join(__dirname, '..', '..', 'resources', 'sample-article.txt')
const CTX = { by: 'Ana', at: '2026-03-03T10:00:00.000Z' }

function opened(result: Result<Session>): Session {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** A case file made by the desktop app beside its article, as a checker would pick it in the browser. */
async function caseFileToPick(): Promise<{ bytes: Buffer; case: CaseFile; path: string }> {
  const article = join(tempDir(), 'water.txt')
  copyFileSync(SAMPLE, article)
  const created = opened(await openFile({ dataDir: tempDir() }, { path: article }))
  await pendingWrites(created.casePath)
  return { bytes: readFileSync(created.casePath), case: created.case, path: created.casePath }
}

const upload = (bytes: Buffer | string, fileName = 'water.txt.factdesk.json') => ({
  fileName,
  base64: Buffer.from(bytes).toString('base64')
})

const casesIn = (dataDir: string) => readdirSync(join(dataDir, 'cases')).filter((n) => n.endsWith('.factdesk.json'))

function verified(caseFile: CaseFile, index: number): CaseFile {
  const changed = setStatus(caseFile, caseFile.items[index].id, 'verified', CTX)
  if (!changed.ok) throw new Error(changed.error.message)
  return changed.value
}

describe('opening a case file Factdesk already keeps', () => {
  it('goes to the copy kept, whatever the browser named the file, and keeps the work done there since', async () => {
    const dataDir = tempDir()
    const picked = await caseFileToPick()
    const first = opened(await openFile({ dataDir }, upload(picked.bytes)))
    // Work done in the copy: the file the checker picked has none of it.
    const worked = verified(first.case, 0)
    const saved = await writeCase(first.casePath, worked, first.fingerprint)
    if (!saved.ok) throw new Error(saved.error.message)
    await pendingWrites(first.casePath)
    for (const fileName of ['water.txt.factdesk.json', 'water.txt.factdesk (1).json']) {
      const again = opened(await openFile({ dataDir }, upload(picked.bytes, fileName)))
      expect(again.casePath).toBe(first.casePath)
      expect(again.case.items[0].status).toBe('verified')
      expect(again.notice).toBe(
        `${fileName} is a case Factdesk already keeps: opened that copy, with later work than the file you picked, at ` +
          `${first.casePath}. Your work on this case is saved there; the file you picked is not changed.`
      )
    }
    expect(casesIn(dataDir)).toEqual(['water.txt.factdesk.json'])
  })

  it('opens the same case again where it is, saying so', async () => {
    const dataDir = tempDir()
    const picked = await caseFileToPick()
    const first = opened(await openFile({ dataDir }, upload(picked.bytes)))
    const again = opened(await openFile({ dataDir }, upload(picked.bytes)))
    expect(again.casePath).toBe(first.casePath)
    expect(again.notice).toMatch(/^water\.txt\.factdesk\.json is a case Factdesk already keeps: opened that copy, at /)
    expect(casesIn(dataDir)).toHaveLength(1)
  })

  it('reads the copy kept once to compare and open it, and extracts its draft once (a case may be 46 MB)', async () => {
    const dataDir = tempDir()
    const picked = await caseFileToPick()
    const first = opened(await openFile({ dataDir }, upload(picked.bytes)))
    const engine = inProcessEngine()
    const asked: string[] = []
    const counting: DraftEngine = {
      ...engine,
      run: (work, jobId) => {
        asked.push(work.kind === 'open-case' ? `open-case ${work.casePath}` : work.kind)
        return engine.run(work, jobId)
      }
    }
    const again = opened(await openFile({ dataDir, engine: counting }, { ...upload(picked.bytes), jobId: 'j1' }))
    expect(again.casePath).toBe(first.casePath)
    expect(again.sentences).toEqual(first.sentences)
    expect(again.fingerprint).toBe(first.fingerprint)
    expect(asked).toEqual([`open-case ${first.casePath}`, 'extract'])
  })

  it('finds a case on the recent list where it is (a case located again), not only in the data folder', async () => {
    const article = join(tempDir(), 'water.txt')
    copyFileSync(SAMPLE, article)
    const dataDir = tempDir()
    const created = opened(await openFile({ dataDir }, { path: article }))
    await pendingWrites(created.casePath)
    const again = opened(await openFile({ dataDir }, upload(readFileSync(created.casePath))))
    expect(again.casePath).toBe(created.casePath)
    expect(readdirSync(dataDir)).not.toContain('cases')
  })

  it('says what differs when the file has work the copy lacks, and the checker chooses; nothing is forked unasked', async () => {
    const dataDir = tempDir()
    const picked = await caseFileToPick()
    const first = opened(await openFile({ dataDir }, upload(picked.bytes)))
    const keptBytes = readFileSync(first.casePath)
    // The file picked was worked on elsewhere meanwhile (the desktop app): one item verified there.
    const elsewhere = { ...verified(picked.case, 1), updatedAt: '2026-03-03T10:00:00.000Z' }
    const pickedText = JSON.stringify(elsewhere, null, 2)
    const asked = await openFile({ dataDir }, upload(pickedText))
    expect(asked.ok).toBe(false)
    if (asked.ok) return
    expect(asked.error.code).toBe('case-in-library')
    expect(asked.error.message).toMatch(
      new RegExp(
        `^water\\.txt\\.factdesk\\.json is a case Factdesk already keeps, at ${first.casePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(saved [0-9-]+ [0-9:]+ UTC\\), ` +
          'and the two differ: the file you picked \\(saved 2026-03-03 10:00 UTC\\) has 1 item checked differently\\. ' +
          'Open the copy Factdesk keeps, or keep the file you picked as a second copy beside it\\?$'
      )
    )
    expect(casesIn(dataDir)).toEqual(['water.txt.factdesk.json'])
    expect(readFileSync(first.casePath)).toEqual(keptBytes)

    const library = opened(await openFile({ dataDir }, { ...upload(pickedText), sameCase: 'library' }))
    expect(library.casePath).toBe(first.casePath)
    expect(library.case.items[1].status).not.toBe('verified')

    const separate = opened(await openFile({ dataDir }, { ...upload(pickedText), sameCase: 'separate' }))
    expect(separate.casePath).toBe(join(dataDir, 'cases', 'water.txt-2.factdesk.json'))
    expect(separate.case.items[1].status).toBe('verified')
    expect(separate.notice).toMatch(/^Opened a second copy of water\.txt\.factdesk\.json: a browser cannot save/)
    expect(readFileSync(first.casePath)).toEqual(keptBytes)
  })

  it('also says what the copy kept has that the file lacks, and ignores a copy that is gone or another case', async () => {
    const dataDir = tempDir()
    const picked = await caseFileToPick()
    const first = opened(await openFile({ dataDir }, upload(picked.bytes)))
    // Another case's file in the data folder, and an entry of the recent list whose file has gone.
    writeFileSync(join(dataDir, 'cases', 'other.factdesk.json'), '{"schemaVersion":2,"id":"other"}')
    const gone = await caseFileToPick()
    opened(await openFile({ dataDir }, { path: gone.path }))
    rmSync(gone.path)
    const kept = opened(await openFile({ dataDir }, { path: first.casePath })).case
    const manual = { ...kept.items[0], id: 'i9001', origin: 'manual' as const }
    const saved = await writeCase(first.casePath, { ...kept, items: [...kept.items, manual] }, first.fingerprint)
    if (!saved.ok) throw new Error(saved.error.message)
    const asked = await openFile({ dataDir }, upload(JSON.stringify(verified(picked.case, 2))))
    expect(!asked.ok && asked.error.message).toContain(
      'has 1 item checked differently; the copy has 1 item the file lacks. Open the copy Factdesk keeps'
    )
  })
})

describe('an uploaded case file Factdesk cannot keep as it is', () => {
  it('saved by a newer Factdesk: refused, and no copy in the old format kept (it would lose what only it records)', async () => {
    const dataDir = tempDir()
    const picked = await caseFileToPick()
    const newer = JSON.stringify({ ...JSON.parse(picked.bytes.toString('utf8')), schemaVersion: 99, onlyThere: 1 })
    const result = await openFile({ dataDir }, upload(newer))
    expect(result.ok ? 'opened' : result.error.code).toBe('case-newer')
    expect(readdirSync(dataDir).includes('cases') ? casesIn(dataDir) : []).toEqual([])
  })
})
