// @vitest-environment happy-dom
/**
 * A recent case whose file has gone (moved, deleted, on a drive not connected) stays on the start screen as missing,
 * with Locate… (pick where it is now: opened, and the missing entry leaves the list) and Remove from list. It used to
 * drop out of the list without a word. The real App against a stand-in API.
 */
import { act, createElement } from 'react'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/renderer/src/App'
import { apiFromCaller, DEFAULT_SETTINGS, type ApiMethod, type RecentEntry } from '../../../src/shared/contract'
import { fail, ok } from '../../../src/shared/result'
import { articleOf, caseFile, p, title } from '../../helpers/builders'
import { testRoot, wait } from '../test-root'

const HERE: RecentEntry = {
  casePath: '/desk/march/fees.txt.factdesk.json',
  articlePath: '/desk/march/fees.txt',
  title: 'Harbour fees',
  openedAt: '2024-03-14T10:00:00.000Z'
}
const GONE: RecentEntry = {
  casePath: '/desk/march/ferry.txt.factdesk.json',
  articlePath: '/desk/march/ferry.txt',
  title: 'Ferry timetable',
  openedAt: '2024-03-14T11:00:00.000Z',
  missing: true
}
const MOVED_TO = '/desk/april/ferry.txt.factdesk.json'

function standIn(mode: 'browser' | 'electron', withCase = false) {
  const calls: { method: ApiMethod; input: unknown }[] = []
  let recent = [GONE, HERE]
  const article = articleOf(title('Ferry timetable'), p('The ferry runs 12 times a day.'))
  const session = {
    casePath: MOVED_TO,
    case: caseFile(article),
    sentences: [],
    inconsistencies: [],
    twins: [],
    fingerprint: 'f1'
  }
  const api = apiFromCaller(async (method, input) => {
    calls.push({ method, input })
    if (method === 'getStartup')
      return ok({
        session: withCase ? session : null,
        broken: null,
        recent,
        settings: { ...DEFAULT_SETTINGS, checkerName: 'Ana' },
        mode
      })
    if (method === 'listRecent') return ok(recent)
    if (method === 'forgetRecent') {
      recent = recent.filter((entry) => entry.casePath !== (input as { casePath: string }).casePath)
      return ok(recent)
    }
    if (method === 'openDialog' || method === 'openFile') return ok(session)
    if (method === 'pollCase') return ok({ fingerprint: 'f1', case: null, owners: [] })
    return fail('unsupported', `${method} is not part of this test`)
  })
  return { api, calls }
}

const root = testRoot()
const button = (name: string) =>
  [...root.host.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name || b.textContent === name)

async function mount(api: ReturnType<typeof apiFromCaller>): Promise<void> {
  await root.render(createElement(App, { api }))
  for (let i = 0; i < 40 && !button('Open a draft…'); i += 1) await wait(25)
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !check(); i += 1) await wait(25)
  if (!check()) throw new Error(`never happened: ${what}`)
}

describe('a recent case that was moved or deleted', () => {
  it('is shown as missing, with where it was, and Remove from list takes it off', async () => {
    const { api, calls } = standIn('browser')
    await mount(api)
    const missing = root.host.querySelector('.recent-missing')
    expect(missing?.textContent).toContain('ferry.txt')
    expect(missing?.textContent).toContain('missing: no longer at /desk/march')
    // The case still there is an ordinary entry, with no such buttons.
    expect(button('Locate fees.txt…')).toBeUndefined()
    await act(async () => button('Remove ferry.txt from list')?.click())
    await until(() => root.host.querySelector('.recent-missing') === null, 'the entry gone')
    expect(calls.filter((call) => call.method === 'forgetRecent').map((call) => call.input)).toEqual([
      { casePath: GONE.casePath }
    ])
    expect(root.host.textContent).toContain('fees.txt')
  })

  it('Locate… opens the file picked in its place and drops the missing entry (desktop: the native dialog)', async () => {
    const { api, calls } = standIn('electron')
    await mount(api)
    await act(async () => button('Locate ferry.txt…')?.click())
    await until(() => calls.some((call) => call.method === 'forgetRecent'), 'the missing entry forgotten')
    expect(calls.map((call) => call.method)).toContain('openDialog')
    expect(calls.find((call) => call.method === 'forgetRecent')?.input).toEqual({ casePath: GONE.casePath })
    expect(root.host.textContent).toContain('Ferry timetable') // the located case is open
  })

  it('Open… is not a Locate: opening another case keeps the missing entry listed', async () => {
    const { api, calls } = standIn('electron')
    await mount(api)
    await act(async () => button('Open a draft…')?.click())
    await until(() => calls.some((call) => call.method === 'openDialog'), 'the dialog')
    await wait(100)
    expect(calls.some((call) => call.method === 'forgetRecent')).toBe(false)
  })

  it('chosen from the File menu with a case open, it is not opened: the checker is asked to locate or remove it', async () => {
    const { api, calls } = standIn('electron', true)
    await root.render(createElement(App, { api }))
    await until(() => button('File') !== undefined, 'the workspace')
    await act(async () => button('File')?.click())
    const entry = [...root.host.querySelectorAll('.menu-recent')].find((b) => b.textContent?.includes('ferry.txt'))
    expect(entry?.textContent).toContain('missing · /desk/march')
    await act(async () => (entry as HTMLButtonElement).click())
    const dialog = root.host.querySelector('dialog[open]')
    expect(dialog?.textContent).toContain('Case not found')
    expect(dialog?.textContent).toContain('ferry.txt (Ferry timetable): missing: no longer at /desk/march')
    expect(calls.some((call) => call.method === 'openFile')).toBe(false)
    await act(async () => button('Remove from list')?.click())
    await until(() => calls.some((call) => call.method === 'forgetRecent'), 'the entry forgotten')
    expect(root.host.querySelector('dialog[open]')).toBeNull()
  })
})
