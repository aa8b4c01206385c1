/**
 * The case session when someone else changes the files of the open case: the case file damaged, deleted or
 * replaced by another case is noticed by the poll (not at the next edit), nothing is saved to it meanwhile and the
 * checker's work stays on screen; "Put my version back" writes it, and a file good again takes what waited. The
 * article edited on disk is passed on to the window. Fake timers and a fake Node side (fake-case-server.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CaseFile } from '../../../src/shared/case'
import { setStatus } from '../../../src/core/case/ops-status'
import { CaseSession } from '../../../src/renderer/src/lib/case-session'
import { articleOf, caseFile, claim, p, paragraphs, title } from '../../helpers/builders'
import { FakeServer, json } from './fake-case-server'

const A = paragraphs('Harbour fees rose 12% last year.', 'The port handled 4 million tonnes.')
const CTX = { by: 'Ana', at: '2024-03-14T10:00:00.000Z' }
const DAMAGED = {
  kind: 'damaged' as const,
  message: 'a.factdesk.json is damaged: it is not valid JSON (Unexpected end).'
}

function verified(id: string) {
  return (c: CaseFile) => {
    const result = setStatus(c, id, 'verified', CTX)
    if (!result.ok) throw new Error(result.error.message)
    return result.value
  }
}

let server: FakeServer
let session: CaseSession

beforeEach(() => {
  vi.useFakeTimers()
  server = new FakeServer(
    caseFile(A, {
      items: [
        claim(A, 'Harbour fees rose 12% last year.', { id: 'i1' }),
        claim(A, 'The port handled 4 million tonnes.', { id: 'i2' })
      ]
    })
  )
  session = new CaseSession(
    server.api,
    { casePath: '/cases/a.factdesk.json', case: json(server.disk.case), fingerprint: server.disk.fingerprint },
    { pollMs: 2000 }
  )
  session.start()
})
afterEach(() => {
  void session.stop()
  vi.useRealTimers()
})

const settle = (ms = 0) => vi.advanceTimersByTimeAsync(ms)
const statusOnDisk = (id: string) => server.disk.case.items.find((it) => it.id === id)?.status

describe('CaseSession: the case file unusable on disk', () => {
  it('a damaged file is told by the next poll; the change made meanwhile waits on screen, then is put back', async () => {
    server.problem = DAMAGED
    await settle(2000)
    expect(session.getView().diskProblem).toEqual(DAMAGED)
    const savesBefore = server.saves.length
    session.apply(verified('i1'))
    await settle(5000)
    // Not sent at all (the server would refuse it), not lost: on screen, and said as not saved.
    expect(server.saves.length).toBe(savesBefore)
    expect(session.present.items[0].status).toBe('verified')
    expect(session.getView().saveState).toEqual({ kind: 'failed', reason: `Not saved: ${DAMAGED.message}` })

    const put = await session.putBack()
    expect(put.ok).toBe(true)
    expect(statusOnDisk('i1')).toBe('verified')
    expect(session.getView().diskProblem).toBeNull()
    expect(session.getView().saveState).toEqual({ kind: 'saved', at: '2024-03-14T10:20:00.000Z' })
    // The next change saves as usual, on the version put back.
    session.apply(verified('i2'))
    await settle()
    expect(statusOnDisk('i2')).toBe('verified')
  })

  it('a file good again (someone restored it) takes the change that waited, with no put back', async () => {
    server.problem = { kind: 'missing', message: 'Nothing is at /cases/a.factdesk.json any more.' }
    await settle(2000)
    session.apply(verified('i1'))
    await settle()
    expect(session.getView().saveState.kind).toBe('failed')
    server.problem = null
    await settle(2000)
    expect(session.getView().diskProblem).toBeNull()
    expect(statusOnDisk('i1')).toBe('verified')
    expect(session.getView().saveState.kind).toBe('saved')
    expect(server.putBacks).toEqual([])
  })

  it('another case copied over the file is no outside change to merge: told as replaced, the case on screen kept', async () => {
    const other = articleOf(title('Ferry timetable'), p('The ferry runs 12 times a day.'))
    server.replaceWith(caseFile(other, { id: 'case-other' }))
    await settle(2000)
    const view = session.getView()
    expect(view.diskProblem).toEqual({
      kind: 'replaced',
      message: 'a.factdesk.json on disk is now another case (“Ferry timetable”), not the one you are checking.'
    })
    expect(view.case.items.map((it) => it.id)).toEqual(['i1', 'i2'])
    expect(view.outsideMerges).toBe(0)
    session.apply(verified('i1'))
    await settle(3000)
    expect(server.disk.case.id).toBe('case-other') // nothing written over it unasked
    expect((await session.putBack()).ok).toBe(true)
    expect(server.disk.case.id).not.toBe('case-other')
    expect(statusOnDisk('i1')).toBe('verified')
  })

  it('an older copy of the case put back over it (a sync, a copy) is not merged in, which would undo saved work', async () => {
    const opened = server.disk.fingerprint
    session.apply(verified('i1'))
    await settle()
    expect(statusOnDisk('i1')).toBe('verified')
    server.rollBackTo(opened)
    await settle(2000)
    expect(session.getView().diskProblem?.kind).toBe('older')
    expect(session.getView().diskProblem?.message).toMatch(/put back to an older copy of this case/)
    expect(session.present.items[0].status).toBe('verified') // not undone on screen
    expect(session.getView().outsideMerges).toBe(0)
    expect((await session.putBack()).ok).toBe(true)
    expect(server.putBacks.at(-1)?.replacing).toBe(opened)
    expect(statusOnDisk('i1')).toBe('verified')
    // A newer change from elsewhere (a token never held here) is still merged as usual.
    server.writeOutside(verified('i2'))
    await settle(2000)
    expect(session.getView().diskProblem).toBeNull()
    expect(session.present.items[1].status).toBe('verified')
  })

  it('an older copy this window never had is not merged in either, when the Node side says it wrote over it', async () => {
    const committed = server.disk.fingerprint
    server.writeOutside(verified('i1')) // saved before this window opened (a reload)
    const reloaded = new CaseSession(
      server.api,
      { casePath: '/cases/a.factdesk.json', case: json(server.disk.case), fingerprint: server.disk.fingerprint },
      { pollMs: 2000 }
    )
    reloaded.start()
    server.olderCopies.add(committed)
    server.rollBackTo(committed)
    await settle(2000)
    expect(reloaded.getView().diskProblem?.kind).toBe('older')
    expect(reloaded.present.items[0].status).toBe('verified')
    expect(reloaded.getView().outsideMerges).toBe(0)
    expect((await reloaded.putBack()).ok).toBe(true)
    expect(server.putBacks.at(-1)?.replacing).toBe(committed)
    await reloaded.stop()
  })

  it('coming back to the window looks at once, between polls', async () => {
    server.problem = DAMAGED
    await session.lookNow()
    expect(session.getView().diskProblem).toEqual(DAMAGED)
  })
})

describe('CaseSession: the article edited on disk', () => {
  it('passes on what the poll says of it, and nothing more', async () => {
    expect(session.getView().draftOnDisk).toBeNull()
    const onDisk = { path: '/desk/a.txt', fileName: 'a.txt', hash: 'f'.repeat(64), modifiedAt: CTX.at }
    server.draftOnDisk = onDisk
    await settle(2000)
    expect(session.getView().draftOnDisk).toEqual(onDisk)
    const view = session.getView()
    server.draftOnDisk = { ...onDisk }
    await settle(2000)
    expect(session.getView()).toBe(view) // the same answer again is no change to draw
  })
})

describe('CaseSession: backups of the case not kept', () => {
  const NOT_KEPT = 'Backups of a.factdesk.json are not being kept: the disk is full.'

  it('holds what the save and the poll say of them, saving on, until they say backups are kept again', async () => {
    server.backups = NOT_KEPT
    session.apply(verified('i1'))
    await settle()
    expect(session.getView().backups).toBe(NOT_KEPT)
    expect(statusOnDisk('i1')).toBe('verified')
    session.apply(verified('i2'))
    await settle()
    expect(statusOnDisk('i2')).toBe('verified')
    server.backups = null
    await settle(2000)
    expect(session.getView().backups).toBeNull()
  })
})
