/**
 * A symbolic link put where the open case file was (by a sync tool, a script, someone tidying a folder): to another
 * case, to nothing, to a file that is no case, or to this very case moved elsewhere. The checker is told what is
 * there; nothing is read as the case or written through the link, wherever it points; put back keeps the link
 * aside and writes the checker's version in its place; their edits are never lost.
 */
import {
  existsSync,
  lstatSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createApiService } from '../../src/main/services/api'
import { appServices } from '../../src/main/services/app-services'
import { pendingWrites } from '../../src/main/services/case-store'
import { harbourCase } from './harbour-case'
import { openedArticle, poll, verified } from './opened-article'
import { tempDir } from '../helpers/temp-dir'

/** What the link points to, made by `make` (which may leave nothing there). */
type Target = { name: string; make: (path: string, ours: string) => void }

const TARGETS: Target[] = [
  { name: 'another case', make: (path) => writeFileSync(path, `${JSON.stringify(harbourCase(), null, 2)}\n`) },
  { name: 'nothing', make: () => undefined },
  { name: 'a file that is no case', make: (path) => writeFileSync(path, 'Ana’s notes, not a case.\n') },
  // The case moved elsewhere and linked back: the same bytes, and still not the file this window opened.
  { name: 'this case, moved elsewhere', make: (path, ours) => renameSync(ours, path) }
]

describe.each(TARGETS)('a link to $name put where the open case file was', ({ make }) => {
  it('is said by the poll; a save writes nothing anywhere; put back keeps the link aside and writes the edits', async () => {
    const { api, session } = await openedArticle()
    const target = join(tempDir(), 'elsewhere.factdesk.json')
    make(target, session.casePath)
    const targetBefore = existsSync(target) ? readFileSync(target, 'utf8') : null
    rmSync(session.casePath, { force: true })
    symlinkSync(target, session.casePath)
    const told = `${session.casePath} is now a link to ${target}, put in place of the case file since you opened it; Factdesk does not write through a link it did not make, and left both as they are.`

    expect((await poll(api, session)).problem).toEqual({ kind: 'link', message: told })
    const saved = await api.saveCase(verified(session))
    expect(saved.ok ? 'saved' : saved.error.message).toBe(
      `Not saved: ${told} Your edits are still on screen: put your version back (the link is kept aside beside it) or save them as a copy.`
    )
    await pendingWrites(target)
    expect(existsSync(target) ? readFileSync(target, 'utf8') : null).toBe(targetBefore)
    expect(readlinkSync(session.casePath)).toBe(target)

    const put = await api.putBackCase(verified(session))
    if (!put.ok) throw new Error(put.error.message)
    expect(put.value.setAside).toMatch(/fees\.txt\.factdesk\.link-.*\.json$/)
    expect(readlinkSync(put.value.setAside ?? '')).toBe(target)
    expect(existsSync(target) ? readFileSync(target, 'utf8') : null).toBe(targetBefore)
    expect(lstatSync(session.casePath).isSymbolicLink()).toBe(false)
    expect(JSON.parse(readFileSync(session.casePath, 'utf8')).items[0].status).toBe('verified')
    const after = await poll(api, session, put.value.fingerprint)
    expect([after.problem, after.case]).toEqual([null, null])
  })
})

describe('a case opened through a link of its own', () => {
  it('is its target: saves go there as before, and the link is no problem', async () => {
    const first = await openedArticle()
    const link = join(tempDir(), 'linked.factdesk.json')
    symlinkSync(first.session.casePath, link)
    const dataDir = tempDir()
    const deps = { dataDir, resourcesDir: tempDir(), mode: 'browser' as const, launchFile: link }
    const api = createApiService({ ...deps, ...appServices(dataDir) })
    const startup = await api.getStartup()
    const session = startup.ok ? startup.value.session : null
    if (!session) throw new Error('the linked case did not open')
    expect(session.casePath).toBe(first.session.casePath)
    expect((await poll(api, session)).problem).toBeNull()
    const saved = await api.saveCase(verified(session))
    expect(saved.ok ? 'saved' : saved.error.message).toBe('saved')
    expect(JSON.parse(readFileSync(link, 'utf8')).items[0].status).toBe('verified')
    expect(readlinkSync(link)).toBe(first.session.casePath)
  })
})
