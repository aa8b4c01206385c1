/**
 * The case session (the one writer of an open case), on fake timers and a fake API that keeps the file's versions
 * as the Node side does: saves send patches, never overlap, are debounced for typing and retried after a failure;
 * undo and redo; text typed and not sent is never an undo step; changes made outside (seen by a poll or answered by
 * a merged save) are merged in, both sides kept, and undo never reverts them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CaseFile } from '../../../src/shared/case'
import { addNote, setVerdictNote } from '../../../src/core/case/ops-notes'
import { setStatus } from '../../../src/core/case/ops-status'
import { setUnsent, UNSENT_NOTE } from '../../../src/core/case/unsent'
import { CaseSession } from '../../../src/renderer/src/lib/case-session'
import { caseFile, claim, paragraphs } from '../../helpers/builders'
import { FakeServer, json } from './fake-case-server'

const A = paragraphs(
  'Harbour fees rose 12% last year.',
  'The port handled 4 million tonnes.',
  'Ana Ruiz became director in 2019.'
)
const CTX = { by: 'Ana', at: '2024-03-14T10:00:00.000Z' }
const OTHER = { by: 'Ben', at: '2024-03-14T10:05:00.000Z' }

function startCase(): CaseFile {
  return caseFile(A, {
    items: [
      claim(A, 'Harbour fees rose 12% last year.', { id: 'i1' }),
      claim(A, 'The port handled 4 million tonnes.', { id: 'i2' }),
      claim(A, 'Ana Ruiz became director in 2019.', { id: 'i3' })
    ]
  })
}

const must = (result: { ok: true; value: CaseFile } | { ok: false; error: { message: string } }): CaseFile => {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}
const status =
  (id: string, to: string, ctx = CTX) =>
  (c: CaseFile) =>
    must(setStatus(c, id, to, ctx))
const verdict = (id: string, text: string) => (c: CaseFile) => setVerdictNote(c, id, text, CTX)
const itemOf = (c: CaseFile, id: string) => c.items.find((it) => it.id === id)!

let server: FakeServer
let session: CaseSession

function open(options: ConstructorParameters<typeof CaseSession>[2] = {}): CaseSession {
  const start = json(server.disk.case)
  session = new CaseSession(
    server.api,
    { casePath: '/cases/a.factdesk.json', case: start, fingerprint: server.disk.fingerprint },
    { pollMs: 0, ...options }
  )
  return session
}

/** Lets every pending promise and due timer run. */
async function settle(ms = 0): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms)
}

beforeEach(() => {
  vi.useFakeTimers()
  server = new FakeServer(startCase())
})
afterEach(() => {
  vi.useRealTimers()
})

describe('CaseSession: saving', () => {
  it('saves a discrete change at once, as a patch of the one item it touched', async () => {
    open()
    expect(session.apply(status('i2', 'verified'))).toBe(true)
    expect(session.getView().saveState.kind).toBe('saving')
    await settle()
    expect(server.saves).toHaveLength(1)
    expect(server.saves[0].patch.items.map((it) => it.id)).toEqual(['i2'])
    expect(itemOf(server.disk.case, 'i2').status).toBe('verified')
    expect(session.getView().saveState).toEqual({ kind: 'saved', at: '2024-03-14T10:10:00.000Z' })
  })

  it('a change that changes nothing is not a change', async () => {
    open()
    expect(session.apply((c) => c)).toBe(false)
    await settle(1000)
    expect(server.saves).toHaveLength(0)
    expect(session.getView().canUndo).toBe(false)
  })

  it('gathers a burst of typing into one save after the pause', async () => {
    open()
    for (const text of ['F', 'Fe', 'Fee', 'Fees']) {
      session.apply(verdict('i1', text), { debounce: true })
      await settle(100)
    }
    expect(server.saves).toHaveLength(0)
    expect(session.getView().saveState.kind).toBe('unsaved')
    await settle(300)
    expect(server.saves).toHaveLength(1)
    expect(itemOf(server.disk.case, 'i1').verdictNote).toBe('Fees')
  })

  it('never has two saves in flight: what changes during a save is written right after it', async () => {
    open()
    server.holdSaves = true
    session.apply(status('i1', 'verified'))
    await settle()
    session.apply(status('i2', 'incorrect'))
    session.apply(status('i3', 'misleading'))
    await settle()
    expect(server.inFlight).toBe(1)
    server.holdSaves = false
    server.release()
    await settle()
    expect(server.maxInFlight).toBe(1)
    expect(server.saves).toHaveLength(2)
    expect(server.saves[1].patch.items.map((it) => it.id).sort()).toEqual(['i2', 'i3'])
    expect([itemOf(server.disk.case, 'i2').status, itemOf(server.disk.case, 'i3').status]).toEqual([
      'incorrect',
      'misleading'
    ])
  })

  it('flush writes what is pending at once and says whether it is on disk', async () => {
    open()
    session.apply(verdict('i1', 'typed'), { debounce: true })
    const flushed = session.flush()
    await settle()
    expect(await flushed).toBe(true)
    expect(itemOf(server.disk.case, 'i1').verdictNote).toBe('typed')
  })

  it('a failed save is kept, told, and retried until it works', async () => {
    open()
    session.start()
    server.failNext = 'Could not save: the disk is full.'
    session.apply(status('i1', 'verified'))
    await settle()
    expect(session.getView().saveState).toEqual({ kind: 'failed', reason: 'Could not save: the disk is full.' })
    expect(itemOf(server.disk.case, 'i1').status).not.toBe('verified')
    await settle(3000)
    expect(itemOf(server.disk.case, 'i1').status).toBe('verified')
    expect(session.getView().saveState.kind).toBe('saved')
    await session.stop()
  })
})

describe('CaseSession: undo and redo', () => {
  it('undoes and redoes whole steps, and saves each', async () => {
    open()
    session.apply(status('i1', 'verified'))
    session.apply(status('i2', 'incorrect'))
    await settle()
    session.undo()
    await settle()
    expect(itemOf(server.disk.case, 'i2').status).toBe('unchecked')
    expect(itemOf(server.disk.case, 'i1').status).toBe('verified')
    session.redo()
    await settle()
    expect(itemOf(server.disk.case, 'i2').status).toBe('incorrect')
    expect(session.getView().canRedo).toBe(false)
  })

  it('keystrokes close together are one undo step', async () => {
    open()
    session.apply(status('i1', 'verified'))
    for (const text of ['a', 'ab', 'abc']) {
      session.apply(verdict('i1', text), { debounce: true })
      await settle(200)
    }
    session.undo()
    expect(itemOf(session.present, 'i1').verdictNote).toBe('')
    expect(itemOf(session.present, 'i1').status).toBe('verified')
  })

  it('text typed and not sent is never an undo step, and undo does not take it away', async () => {
    open()
    session.apply(status('i1', 'verified'))
    session.apply((c) => setUnsent(c, 'i1', UNSENT_NOTE, 'half a thought'), { debounce: true, undoable: false })
    await settle(300)
    expect(itemOf(server.disk.case, 'i1').unsent).toEqual({ note: 'half a thought' })
    session.undo()
    expect(itemOf(session.present, 'i1').status).toBe('unchecked')
    expect(itemOf(session.present, 'i1').unsent).toEqual({ note: 'half a thought' })
    expect(session.getView().canUndo).toBe(false)
    // Sending it clears it, in one undoable step.
    session.apply((c) => setUnsent(must(addNote(c, 'i1', 'half a thought', CTX)), 'i1', UNSENT_NOTE, null))
    await settle()
    expect(itemOf(server.disk.case, 'i1').notes.map((n) => n.text)).toEqual(['half a thought'])
    expect(itemOf(server.disk.case, 'i1').unsent).toBeUndefined()
  })
})

describe('CaseSession: changes made outside', () => {
  it('a poll merges an outside change with a pending one: both kept, on screen and on disk', async () => {
    open({ pollMs: 2000 })
    session.start()
    session.apply(verdict('i1', 'mine, still typing'), { debounce: true })
    server.writeOutside(status('i3', 'incorrect', OTHER))
    // The poll lands before the debounce is over only if the debounce is long: make it so by checking now.
    await session.checkOutside()
    await settle(500)
    expect(itemOf(session.present, 'i3').status).toBe('incorrect')
    expect(itemOf(session.present, 'i1').verdictNote).toBe('mine, still typing')
    expect(itemOf(server.disk.case, 'i3').status).toBe('incorrect')
    expect(itemOf(server.disk.case, 'i1').verdictNote).toBe('mine, still typing')
    expect(session.getView().outsideMerges).toBe(1)
    await session.stop()
  })

  it('polls on its own every two seconds while running', async () => {
    open({ pollMs: 2000 })
    session.start()
    server.writeOutside(status('i2', 'verified', OTHER))
    await settle(1900)
    expect(itemOf(session.present, 'i2').status).toBe('unchecked')
    await settle(200)
    expect(itemOf(session.present, 'i2').status).toBe('verified')
    // Nothing of ours was pending: nothing to save back.
    expect(server.saves).toHaveLength(0)
    await session.stop()
  })

  it('undo never reverts what someone else did', async () => {
    open()
    session.apply(status('i1', 'verified'))
    await settle()
    server.writeOutside(status('i2', 'incorrect', OTHER))
    await session.checkOutside()
    session.undo()
    await settle()
    expect(itemOf(session.present, 'i1').status).toBe('unchecked')
    expect(itemOf(session.present, 'i2').status).toBe('incorrect')
    expect(itemOf(server.disk.case, 'i2').status).toBe('incorrect')
    expect(itemOf(server.disk.case, 'i1').status).toBe('unchecked')
  })

  it('a save the server had to merge brings back the other side, and what was typed meanwhile stays on top', async () => {
    open()
    server.writeOutside(status('i3', 'incorrect', OTHER))
    server.holdSaves = true
    session.apply(status('i1', 'verified'))
    await settle()
    session.apply(verdict('i2', 'typed during the save'))
    server.holdSaves = false
    server.release()
    await settle()
    for (const c of [session.present, server.disk.case]) {
      expect(itemOf(c, 'i1').status).toBe('verified')
      expect(itemOf(c, 'i3').status).toBe('incorrect')
      expect(itemOf(c, 'i2').verdictNote).toBe('typed during the save')
    }
    expect(session.getView().saveState.kind).toBe('saved')
  })

  it('the same field changed on both sides is a conflict holding both values, nothing dropped', async () => {
    open()
    session.apply(verdict('i1', 'Ours: confirmed by the port'), { debounce: true })
    server.writeOutside((c) => setVerdictNote(c, 'i1', 'Theirs: the port denies it', OTHER))
    await session.checkOutside()
    await settle(500)
    const conflicts = session.present.conflicts ?? []
    expect(conflicts).toHaveLength(1)
    expect(conflicts[0]).toMatchObject({
      scope: 'item',
      targetId: 'i1',
      field: 'verdictNote',
      ours: 'Ours: confirmed by the port',
      theirs: 'Theirs: the port denies it'
    })
    expect(server.disk.case.conflicts?.[0]).toMatchObject({
      ours: 'Ours: confirmed by the port',
      theirs: 'Theirs: the port denies it'
    })
  })

  it('a save refused because the server lost its base reads the file and merges here', async () => {
    open()
    server.forgetVersions = true
    server.writeOutside(status('i3', 'incorrect', OTHER))
    session.apply(status('i1', 'verified'))
    await settle()
    expect(server.saves.map((s) => s.fingerprint)).toEqual(['fp1', 'fp2'])
    expect(itemOf(server.disk.case, 'i1').status).toBe('verified')
    expect(itemOf(server.disk.case, 'i3').status).toBe('incorrect')
    expect(session.getView().saveState.kind).toBe('saved')
  })
})
