/**
 * A later draft opened in the app by its path: after `factdesk revise fares.md fares-v2.md` the case stays
 * fares.md.factdesk.json, and opening fares-v2.md opens that case with its work rather than forking a second one.
 * Looking for it reads every case in the folder (one at the size limit is 46 MB), so the import engine does it, off the
 * thread that answers the window, and the case found opens from that one read.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { setStatus } from '../../src/core/case/ops-status'
import { writeCase } from '../../src/main/services/case-store'
import { inProcessEngine, type DraftEngine } from '../../src/main/services/draft-engine'
import { revise } from '../../src/main/services/revise'
import { openFile, openInput } from '../../src/main/services/sessions'
import { workerEngine } from '../../src/main/services/worker-engine'
import type { CaseFile } from '../../src/shared/case'
import { builtImportWorker } from '../helpers/import-worker'
import { revisionFolder } from '../helpers/revision-folder'
import { tempDir } from '../helpers/temp-dir'

const V1 = [
  'Island ferry fares to rise in April',
  'The harbour board said on Tuesday that ferry fares would rise by 12% in April, the first rise since 2019.',
  'Councillor Maya Dunn said: “Families on the island will pay for this twice, at the quay and in the shops.”',
  'The board carried 1.4 million passengers last year, according to its annual report.'
]
const V2 = [...V1.slice(0, 2), V1[2].replace('pay for this twice', 'pay for this rise twice'), V1[3]]

/** The checker verified the first claim of draft 1. */
function verifiedFirstClaim(caseFile: CaseFile): CaseFile {
  const claim = caseFile.items.find((item) => item.kind === 'claim')
  if (!claim) throw new Error('draft 1 has no claim')
  const changed = setStatus(caseFile, claim.id, 'verified', { by: 'Ines', at: '2026-01-01T00:00:00.000Z' })
  if (!changed.ok) throw new Error(changed.error.message)
  return changed.value
}

/** Draft 1 with its worked case, revised with draft 2 as `factdesk revise` does: the case keeps draft 1's name. */
async function revisedFolder(): Promise<{ dir: string; casePath: string; v2: string }> {
  const folder = await revisionFolder(V1, V2, verifiedFirstClaim)
  const revised = await revise({ casePath: folder.casePath, file: { path: folder.v2 }, dryRun: false, checker: 'Ines' })
  if (!revised.ok) throw new Error(revised.error.message)
  return folder
}

/** An engine that does the work in-process and notes what it was asked: a case read to open it, or other work. */
function countingEngine(asked: string[]): DraftEngine {
  const engine = inProcessEngine()
  return {
    ...engine,
    run: (work, jobId) => {
      asked.push(work.kind === 'open-case' ? `open-case ${work.casePath}` : work.kind)
      return engine.run(work, jobId)
    }
  }
}

const casesIn = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.factdesk.json'))

let entry: string
beforeAll(async () => {
  entry = await builtImportWorker()
})

describe('opening a later draft by its path', () => {
  it('opens the case it was revised into from the engine’s one read: no second read, no second case', async () => {
    const { dir, casePath, v2 } = await revisedFolder()
    const asked: string[] = []
    const opened = await openInput({ dataDir: tempDir(), engine: countingEngine(asked) }, { path: v2 })
    if (!('session' in opened)) throw new Error('the new draft did not open')
    // Before: the new-case work, then the case found read again to open it ('open-case').
    expect(asked).toEqual(['new-case'])
    expect(opened.session.casePath).toBe(casePath)
    expect(opened.session.notice).toBe('Opened floods.md.factdesk.json: floods-v2.md is its current draft.')
    expect(opened.session.case.drafts).toHaveLength(2)
    expect(opened.session.case.items.some((item) => item.status === 'verified')).toBe(true)
    expect(casesIn(dir)).toEqual(['floods.md.factdesk.json'])
    // The read it opened from is the file on disk: the next save goes straight in, no conflict, nothing merged.
    const saved = await writeCase(casePath, opened.session.case, opened.session.fingerprint)
    expect(saved.ok && saved.value.merged).toBe(false)
  })

  it('opens the same case, with the same work and scores, through the import worker', async () => {
    const { casePath, v2 } = await revisedFolder()
    const inProcess = await openInput({ dataDir: tempDir() }, { path: v2 })
    const inWorker = await openInput({ dataDir: tempDir(), engine: workerEngine(entry) }, { path: v2 })
    if (!('session' in inWorker) || !('session' in inProcess)) throw new Error('the new draft did not open')
    expect(inWorker.session.casePath).toBe(casePath)
    expect(inWorker.session.case).toEqual(inProcess.session.case)
    expect(inWorker.session.sentences).toEqual(inProcess.session.sentences)
    expect(inWorker.session.fingerprint).toBe(inProcess.session.fingerprint)
  })

  it('two cases holding it (a copy of the case beside it): says so, naming both and what to do; writes nothing', async () => {
    const { dir, casePath, v2 } = await revisedFolder()
    const copy = join(dir, 'floods.md (copy 1).factdesk.json')
    copyFileSync(casePath, copy)
    const before = readFileSync(casePath)
    const dataDir = tempDir()
    const opened = await openFile({ dataDir }, { path: v2 })
    if (opened.ok) throw new Error('expected the app to refuse to choose')
    const { error } = opened
    expect(error.code).toBe('several-cases')
    expect(error.message).toBe(
      `2 cases beside ${v2} have it as their current draft (${copy}, ${casePath}), so none was opened and no new ` +
        'case was made. Open the one you mean with File › Open… (a case file opens as it is), and move the other out ' +
        'of the folder so that floods-v2.md opens that one next time.'
    )
    // Before: a third case, floods-v2.md.factdesk.json, every item Unchecked.
    expect(casesIn(dir)).toEqual(['floods.md (copy 1).factdesk.json', 'floods.md.factdesk.json'])
    expect(readFileSync(casePath)).toEqual(before)
    expect(readFileSync(copy)).toEqual(before)
    expect(existsSync(join(dataDir, 'cases'))).toBe(false)
  })
})
