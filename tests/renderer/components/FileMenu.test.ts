// @vitest-environment happy-dom
/**
 * The File menu's commands stay where they are when the recent list arrives: it is refreshed as the menu opens,
 * and entries drawn above the commands moved them under the pointer, so a quick click on "Import new draft…"
 * opened a recent case instead (seen in the workspace e2e test under load).
 */
import { act, createElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { FileMenu } from '../../../src/renderer/src/components/FileMenu'
import type { Command, RecentEntry } from '../../../src/shared/contract'

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

let root: Root | null = null
afterEach(async () => {
  await act(async () => root?.unmount())
  root = null
})

const RECENT: RecentEntry[] = [
  {
    casePath: '/news/harbour.txt.factdesk.json',
    articlePath: '/news/harbour.txt',
    title: 'Harbour fees rise',
    openedAt: '2026-03-03T09:00:00.000Z'
  }
]

describe('the File menu', () => {
  it('keeps every command in its place when the recent cases arrive after it opened', async () => {
    const host = document.createElement('div')
    document.body.append(host)
    root = createRoot(host)
    const chosen: Command[] = []
    const menu = (recent: RecentEntry[]) =>
      createElement(FileMenu, {
        recent,
        hasChanges: false,
        onOpenMenu: () => undefined,
        onCommand: (c) => chosen.push(c)
      })
    await act(async () => root?.render(menu([])))
    const file = host.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]')
    await act(async () => file?.click())
    const entries = () => [...host.querySelectorAll('[role="menuitem"]')].map((entry) => entry.textContent ?? '')
    const before = entries()
    await act(async () => root?.render(menu(RECENT)))
    const after = entries()
    expect(after.slice(0, before.length)).toEqual(before)
    expect(after).toHaveLength(before.length + 1)
    // The entry the checker aimed at is still the one clicked.
    const items = host.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')
    await act(async () => items[before.indexOf('Import new draft…')]?.click())
    expect(chosen).toEqual([{ command: 'import-draft' }])
  })
  it('opens on Alt+F or F10 from anywhere, on its first entry; not behind a dialog, not on a Mac\'s Option+F ("ƒ")', async () => {
    const host = document.createElement('div')
    document.body.append(host)
    root = createRoot(host)
    const opened: string[] = []
    await act(async () =>
      root?.render(
        createElement(FileMenu, {
          recent: [],
          hasChanges: false,
          onOpenMenu: () => void opened.push('refresh'),
          onCommand: () => undefined
        })
      )
    )
    const press = (init: KeyboardEventInit) =>
      act(async () => void window.dispatchEvent(new KeyboardEvent('keydown', { cancelable: true, ...init })))
    const menu = () => host.querySelector('[role="menu"]')

    await press({ key: 'f', altKey: true })
    expect(menu()).not.toBeNull()
    expect(document.activeElement?.textContent).toBe('Open…')
    expect(opened).toEqual(['refresh'])
    // Again: closed, the focus back on File.
    await press({ key: 'f', altKey: true })
    expect(menu()).toBeNull()
    expect(document.activeElement?.getAttribute('aria-haspopup')).toBe('menu')

    await press({ key: 'F10' })
    expect(menu()).not.toBeNull()
    await press({ key: 'F10' })
    expect(menu()).toBeNull()

    await press({ key: 'ƒ', altKey: true })
    await press({ key: 'f' })
    await press({ key: 'f', altKey: true, ctrlKey: true })
    expect(menu()).toBeNull()

    const dialog = document.createElement('dialog')
    dialog.setAttribute('open', '')
    document.body.append(dialog)
    await press({ key: 'f', altKey: true })
    await press({ key: 'F10' })
    dialog.remove()
    expect(menu()).toBeNull()
    host.remove()
  })
})
