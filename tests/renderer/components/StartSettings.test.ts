// @vitest-environment happy-dom
/**
 * Settings with no case open. The checker's name and paper size belong to no case, so Settings works from the start
 * screen: the native menu's Settings there used to say "Settings works on an open case" and open nothing, and
 * browser mode's start screen had no way to it at all. The real App against a stand-in API.
 */
import { act, createElement } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../../src/renderer/src/App'
import {
  apiFromCaller,
  DEFAULT_SETTINGS,
  type ApiMethod,
  type Command,
  type Settings
} from '../../../src/shared/contract'
import { fail, ok } from '../../../src/shared/result'
import { testRoot, wait } from '../test-root'

function standIn(): { api: ReturnType<typeof apiFromCaller>; saved: Settings[]; calls: ApiMethod[] } {
  const saved: Settings[] = []
  const calls: ApiMethod[] = []
  const api = apiFromCaller(async (method, input) => {
    calls.push(method)
    if (method === 'getStartup')
      return ok({ session: null, broken: null, recent: [], settings: DEFAULT_SETTINGS, mode: 'browser' })
    if (method === 'listRecent') return ok([])
    if (method === 'saveSettings') {
      saved.push(input as Settings)
      return ok(input)
    }
    return fail('unsupported', `${method} is not part of this test`)
  })
  return { api, saved, calls }
}

const root = testRoot()
const dialog = () => root.host.querySelector('dialog[open]')
const button = (name: string) =>
  [...root.host.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) ?? null

async function mount(api: ReturnType<typeof apiFromCaller>): Promise<void> {
  await root.render(createElement(App, { api }))
  for (let i = 0; i < 40 && !button('Open a draft…'); i += 1) await wait(25)
}

/** Types into a React-controlled input (the value setter React listens through, then an input event). */
async function type(input: HTMLInputElement, value: string): Promise<void> {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
  await act(async () => {
    setter?.call(input, value)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

async function saveName(name: string): Promise<void> {
  const field = dialog()?.querySelector<HTMLInputElement>('input[aria-label="Your name"]')
  if (!field) throw new Error('no name field')
  await type(field, name)
  await act(async () => button('Save settings')?.click())
  await wait(50)
}

afterEach(() => {
  delete (window as { factdesk?: unknown }).factdesk
})

describe('Settings with no case open', () => {
  it("the start screen's Settings… edits your name and paper size, and says where the case's settings are", async () => {
    const { api, saved } = standIn()
    await mount(api)
    await act(async () => button('Settings…')?.click())
    expect(dialog()?.textContent).toContain('Your name')
    expect(dialog()?.querySelector('select[aria-label="Paper size"]')).not.toBeNull()
    expect(dialog()?.textContent).toContain('open a case to change them there')
    await saveName('Ana Ruiz')
    expect(saved).toEqual([{ ...DEFAULT_SETTINGS, checkerName: 'Ana Ruiz' }])
    expect(dialog()).toBeNull()
    // Opened again, it shows the name just saved.
    await act(async () => button('Settings…')?.click())
    expect(dialog()?.querySelector<HTMLInputElement>('input[aria-label="Your name"]')?.value).toBe('Ana Ruiz')
  })

  it("the native menu's Settings opens the same dialog instead of saying a case must be open", async () => {
    let send: ((command: Command) => void) | null = null
    Object.assign(window, {
      factdesk: {
        onCommand: (callback: (command: Command) => void) => {
          send = callback
          return () => undefined
        }
      }
    })
    const { api, saved } = standIn()
    await mount(api)
    expect(send).not.toBeNull()
    await act(async () => send?.({ command: 'settings' }))
    expect(root.host.textContent).not.toContain('works on an open case')
    expect(dialog()?.textContent).toContain('Your name')
    await saveName('Ben Osei')
    expect(saved.map((s) => s.checkerName)).toEqual(['Ben Osei'])
  })
})
