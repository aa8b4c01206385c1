// @vitest-environment happy-dom
/**
 * Opening a long draft (issue 9): once the import has taken over half a second the app shows where it is
 * ("Reading draft… 40%") with Cancel; Cancel stops that very import (cancelImport with the job id openFile carried)
 * and the app says nothing was changed. A quick import shows no progress at all. The real App against a stand-in API
 * that imports as slowly as the test says.
 */
import { act, createElement } from 'react'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/renderer/src/App'
import { apiFromCaller, DEFAULT_SETTINGS, type ApiMethod, type ImportPhase } from '../../../src/shared/contract'
import { fail, ok, type Result } from '../../../src/shared/result'
import { errors } from '../../../src/core/import/errors'
import { testRoot, wait } from '../test-root'

interface StandIn {
  calls: { method: ApiMethod; input: unknown }[]
  /** Where the import running now is (what importStatus answers). */
  progress: { phase: ImportPhase; percent: number }
  /** Ends the running openFile with this answer. */
  finish(result: Result<unknown>): void
}

/** An API whose openFile waits until the test (or cancelImport) ends it. */
function standIn(): { api: ReturnType<typeof apiFromCaller>; world: StandIn } {
  let pending: { jobId: string; finish: (result: Result<unknown>) => void; fileName: string } | null = null
  const world: StandIn = {
    calls: [],
    progress: { phase: 'reading', percent: 40 },
    finish: (result) => pending?.finish(result)
  }
  const api = apiFromCaller(async (method, input) => {
    world.calls.push({ method, input })
    const given = (input ?? {}) as { jobId?: string; fileName?: string }
    if (method === 'getStartup')
      return ok({ session: null, broken: null, recent: [], settings: DEFAULT_SETTINGS, mode: 'browser' })
    if (method === 'listRecent') return ok([])
    if (method === 'openFile')
      return new Promise((resolve) => {
        pending = {
          jobId: given.jobId ?? '',
          fileName: given.fileName ?? '',
          finish: (result) => {
            pending = null
            resolve(result)
          }
        }
      })
    if (method === 'importStatus')
      return ok(
        pending && pending.jobId === given.jobId ? { jobId: given.jobId, ...world.progress, elapsedMs: 900 } : null
      )
    if (method === 'cancelImport') {
      const running = pending !== null && pending.jobId === given.jobId
      if (pending && running) pending.finish({ ok: false, error: errors.cancelled(pending.fileName) })
      return ok({ cancelled: running })
    }
    return fail('unsupported', `${method} is not part of this test`)
  })
  return { api, world }
}

const root = testRoot()

async function mountApp(api: ReturnType<typeof apiFromCaller>): Promise<void> {
  await root.render(createElement(App, { api }))
}

/** Picks a file in the app's Open picker, as browser mode's Open button does. */
async function pick(name: string, text: string): Promise<void> {
  const input = root.host.querySelector<HTMLInputElement>('input[type=file]')
  if (!input) throw new Error('no file picker')
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name)] })
  await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })))
}

const progressLine = () => root.host.querySelector('.import-progress')

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !check(); i += 1) await wait(50)
  if (!check()) throw new Error(`never happened: ${what}`)
}

describe('opening a long draft shows its progress, with Cancel', () => {
  it('says where the import is after half a second, and Cancel stops it, leaving everything as it was', async () => {
    const { api, world } = standIn()
    await mountApp(api)
    await pick('long draft.txt', 'The harbour fees rose 12% last year.')
    await wait(250)
    expect(progressLine()).toBeNull() // under half a second: nothing shown yet

    await until(() => progressLine() !== null, 'the progress line')
    expect(progressLine()?.textContent).toContain('Reading draft… 40%')
    expect(progressLine()?.querySelector('progress')?.getAttribute('value')).toBe('40')
    world.progress = { phase: 'check-worthiness', percent: 71 }
    await until(() => (progressLine()?.textContent ?? '').includes('Scoring sentences for claims… 71%'), '71%')

    const cancel = [...(progressLine()?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Cancel')
    await act(async () => cancel?.click())
    await until(() => progressLine() === null, 'the line gone')

    const opened = world.calls.find((call) => call.method === 'openFile')?.input as { jobId: string; fileName: string }
    expect(opened.fileName).toBe('long draft.txt')
    const cancelled = world.calls.find((call) => call.method === 'cancelImport')?.input
    expect(cancelled).toEqual({ jobId: opened.jobId })
    expect(root.host.textContent).toContain(
      'Cannot open "long draft.txt": the import was cancelled; nothing was changed.'
    )
    expect(root.host.textContent).toContain('Open a draft') // still the start screen: nothing was opened
  })

  it('Esc cancels it too, as Cancel does', async () => {
    const { api, world } = standIn()
    await mountApp(api)
    await pick('long draft.txt', 'The harbour fees rose 12% last year.')
    await until(() => progressLine() !== null, 'the progress line')
    // Esc that leaves a text field is not a cancel.
    const field = document.createElement('textarea')
    root.host.append(field)
    await act(async () => field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })))
    await wait(100)
    expect(world.calls.some((call) => call.method === 'cancelImport')).toBe(false)
    await act(async () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })))
    await until(() => progressLine() === null, 'the line gone')
    expect(world.calls.some((call) => call.method === 'cancelImport')).toBe(true)
    expect(root.host.textContent).toContain('the import was cancelled; nothing was changed.')
  })

  it('shows nothing for an import that answers within half a second', async () => {
    const { api, world } = standIn()
    await mountApp(api)
    await pick('short.txt', 'A short draft.')
    await wait(150)
    world.finish(fail('empty', 'Cannot open "short.txt": the file is empty.'))
    await wait(800)
    expect(progressLine()).toBeNull()
    expect(world.calls.some((call) => call.method === 'importStatus')).toBe(false)
  })
})
