/**
 * The open case's FOLDER replaced by a symbolic link while the case is open: the folder moved elsewhere and linked
 * back (a sync folder migrated, a project moved to another disk), or a link to a folder where the case is not. The
 * link is followed as the system follows it (the checker's own move); the file found there is checked as any change
 * on disk is, and everything is said by the path the checker opened. Nothing is lost without a word.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, symlinkSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pendingWrites } from '../../src/main/services/case-store'
import { openedArticle, poll, verified } from './opened-article'
import { tempDir } from '../helpers/temp-dir'

/** The case's folder moved to `to` (another disk, a synced place) and a link left where it was. */
function moveFolderAndLink(casePath: string, to: string): void {
  renameSync(dirname(casePath), to)
  symlinkSync(to, dirname(casePath))
}

const statusIn = (path: string, index = 0) => JSON.parse(readFileSync(path, 'utf8')).items[index].status

describe('the open case’s folder moved and linked back', () => {
  it('saves go on into the moved folder, and two tabs’ saves on the version opened are merged', async () => {
    const { api, session } = await openedArticle('Fees rose 12% last year.\n\nThe port said costs rose 9% too.\n')
    const moved = join(tempDir(), 'moved')
    moveFolderAndLink(session.casePath, moved)
    const there = join(moved, basename(session.casePath))
    expect((await poll(api, session)).problem).toBeNull()
    // Two tabs on the version opened: one saves the second item, then the other the first; the two are merged.
    const first = await api.saveCase(verified(session, 1))
    expect(first.ok ? 'saved' : first.error.message).toBe('saved')
    const second = await api.saveCase(verified(session, 0))
    expect(second.ok ? 'saved' : second.error.message).toBe('saved')
    await pendingWrites(session.casePath)
    expect([statusIn(there, 0), statusIn(there, 1)]).toEqual(['verified', 'verified'])
  })
})

describe('the open case’s folder replaced by a link to a folder without the case', () => {
  it('the poll says the case is missing at the path opened; a save makes nothing; put back writes the edits there', async () => {
    const { api, session } = await openedArticle()
    const elsewhere = join(tempDir(), 'elsewhere')
    mkdirSync(elsewhere)
    renameSync(dirname(session.casePath), join(tempDir(), 'gone'))
    symlinkSync(elsewhere, dirname(session.casePath))
    expect((await poll(api, session)).problem).toEqual({
      kind: 'missing',
      message: `Nothing is at ${session.casePath} any more.`
    })
    const saved = await api.saveCase(verified(session))
    expect(saved.ok ? 'saved' : saved.error.message).toMatch(/^Not saved: .* is gone \(moved, renamed or deleted/)
    expect(existsSync(join(elsewhere, basename(session.casePath)))).toBe(false)
    const put = await api.putBackCase(verified(session))
    expect(put.ok ? 'put back' : put.error.message).toBe('put back')
    expect(statusIn(join(elsewhere, basename(session.casePath)))).toBe('verified')
  })
})
