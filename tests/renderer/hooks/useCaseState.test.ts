// @vitest-environment happy-dom
/**
 * The React side of the case session: the hook hands out functions that stay the same across renders (ops and
 * effects built on them run once), shows each change, writes what is pending when the page goes away, and tells
 * the Node side the window is done with the case only when the workspace goes for good.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { FactdeskApi, Session } from '../../../src/shared/contract'
import type { CaseFile } from '../../../src/shared/case'
import { fail, ok } from '../../../src/shared/result'
import { setVerdictNote } from '../../../src/core/case/ops-notes'
import { useCaseState, type CaseState } from '../../../src/renderer/src/hooks/useCaseState'
import { caseFile, claim, paragraphs } from '../../helpers/builders'
import { renderHook, settle, type RenderedHook } from '../render-hook'

const A = paragraphs('Harbour fees rose 12% last year.')
const CTX = { by: 'Ana', at: '2024-03-14T10:00:00.000Z' }

function fakeApi() {
  const calls: string[] = []
  const saved: CaseFile[] = []
  const api = {
    saveCase: async (input: { patch?: { items: CaseFile['items'] } }) => {
      calls.push('saveCase')
      saved.push(input as unknown as CaseFile)
      return ok({ fingerprint: `fp${calls.length}`, savedAt: CTX.at, merged: null })
    },
    pollCase: async () => ok({ fingerprint: 'fp0', case: null, owners: [] }),
    closeCase: async () => {
      calls.push('closeCase')
      return ok(null)
    }
  }
  return { api: api as unknown as FactdeskApi, calls, saved }
}

function session(): Session {
  const c = caseFile(A, { items: [claim(A, 'Harbour fees rose 12% last year.', { id: 'i1' })] })
  return {
    casePath: '/cases/a.factdesk.json',
    case: c,
    sentences: [],
    inconsistencies: [],
    twins: [],
    fingerprint: 'fp0'
  }
}

let hook: RenderedHook<{ api: FactdeskApi; session: Session }, CaseState> | null = null
afterEach(async () => {
  await hook?.unmount()
  hook = null
})

describe('useCaseState', () => {
  it('keeps its functions across renders and shows each change', async () => {
    const { api, calls } = fakeApi()
    const props = { api, session: session() }
    hook = await renderHook(({ api, session }) => useCaseState(api, session), props)
    const first = hook.current
    await settle(() => void first.apply((c) => setVerdictNote(c, 'i1', 'typed', CTX)))
    expect(hook.current.caseFile.items[0].verdictNote).toBe('typed')
    expect(hook.current.apply).toBe(first.apply)
    expect(hook.current.undo).toBe(first.undo)
    expect(hook.current.flush).toBe(first.flush)
    expect(hook.current.canUndo).toBe(true)
    await settle(async () => void (await hook!.current.flush()))
    expect(calls).toContain('saveCase')
    expect(hook.current.saveState.kind).toBe('saved')
  })

  it('writes what is pending when the page goes away', async () => {
    const { api, calls } = fakeApi()
    hook = await renderHook(({ api, session }) => useCaseState(api, session), { api, session: session() })
    await settle(() => void hook!.current.apply((c) => setVerdictNote(c, 'i1', 'x', CTX), { debounce: true }))
    expect(calls).toEqual([])
    await settle(() => void window.dispatchEvent(new Event('pagehide')))
    expect(calls).toEqual(['saveCase'])
  })

  it('closes the case once the workspace is gone for good', async () => {
    const { api, calls } = fakeApi()
    hook = await renderHook(({ api, session }) => useCaseState(api, session), { api, session: session() })
    expect(calls).not.toContain('closeCase')
    await hook.unmount()
    hook = null
    await settle(() => new Promise((resolve) => setTimeout(resolve, 10)))
    expect(calls.filter((c) => c === 'closeCase')).toHaveLength(1)
  })

  // With the case file damaged on disk every save fails and the banner says "Your changes are still on screen";
  // closing or reloading the window then lost them without a word.
  it('asks before the window goes while a save has failed, and not while saves go through', async () => {
    const leaving = () => {
      const event = new Event('beforeunload', { cancelable: true })
      window.dispatchEvent(event)
      return event.defaultPrevented
    }
    const { api } = fakeApi()
    hook = await renderHook(({ api, session }) => useCaseState(api, session), { api, session: session() })
    await settle(async () => void hook!.current.apply((c) => setVerdictNote(c, 'i1', 'saved', CTX)))
    await settle(async () => void (await hook!.current.flush()))
    expect(hook.current.saveState.kind).toBe('saved')
    expect(leaving()).toBe(false)
    await hook.unmount()

    const damaged = {
      ...api,
      saveCase: async () => fail('case-invalid', 'a.factdesk.json is damaged: it is not valid JSON.')
    } as unknown as FactdeskApi
    hook = await renderHook(({ api, session }) => useCaseState(api, session), { api: damaged, session: session() })
    await settle(async () => void hook!.current.apply((c) => setVerdictNote(c, 'i1', 'on screen only', CTX)))
    await settle(async () => void (await hook!.current.flush()))
    expect(hook.current.saveState.kind).toBe('failed')
    expect(leaving()).toBe(true)
    // Gone for good (the workspace closed), the window no longer asks on its behalf.
    await hook.unmount()
    hook = null
    expect(leaving()).toBe(false)
  })

  // The case file deleted (or damaged, or another case copied over it) while open: the case on screen is the only good
  // copy, even with every change saved before; a reload lost it. Coming back to the window looks at the file at once.
  it('looks at the file when the window regains focus, and asks before going while the file on disk is unusable', async () => {
    const leaving = () => {
      const event = new Event('beforeunload', { cancelable: true })
      window.dispatchEvent(event)
      return event.defaultPrevented
    }
    const { api } = fakeApi()
    let polls = 0
    const gone = {
      ...api,
      pollCase: async () => {
        polls += 1
        const problem = { kind: 'missing', message: 'Nothing is at /cases/a.factdesk.json any more.' }
        return ok({ fingerprint: 'fp0', case: null, owners: [], problem })
      }
    } as unknown as FactdeskApi
    hook = await renderHook(({ api, session }) => useCaseState(api, session), { api: gone, session: session() })
    expect(leaving()).toBe(false)
    await settle(() => void window.dispatchEvent(new Event('focus')))
    expect(polls).toBe(1)
    expect(hook.current.diskProblem?.kind).toBe('missing')
    expect(hook.current.saveState.kind).toBe('saved') // nothing pending, and still the only copy
    expect(leaving()).toBe(true)
  })
})
