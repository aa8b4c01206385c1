import { beforeEach, describe, expect, it, vi } from 'vitest'
import { COMMAND_CHANNEL, type Command, type RecentEntry } from '../../../src/shared/contract'
import { setupMenu } from '../../../src/main/electron/menu'
import { BrowserWindow, fake, resetFake } from '../../mocks/electron'

vi.mock('electron', () => import('../../mocks/electron'))

interface Item {
  label?: string
  role?: string
  type?: string
  accelerator?: string
  enabled?: boolean
  toolTip?: string
  submenu?: Item[]
  click?: () => void
}

function menu(): Item[] {
  if (!fake.applicationMenu) throw new Error('no application menu was set')
  return fake.applicationMenu.template as Item[]
}

function find(items: Item[], label: string): Item {
  for (const item of items) {
    if (item.label === label) return item
    const inside = item.submenu ? find(item.submenu, label) : null
    if (inside) return inside
  }
  return null as unknown as Item
}

const recent: RecentEntry[] = [
  {
    casePath: '/cases/harbour.txt.factdesk.json',
    articlePath: '/cases/fees & charges.txt',
    title: 'Fees & charges',
    openedAt: '2024-03-14T09:00:00.000Z'
  },
  { casePath: '/cases/untitled.factdesk.json', articlePath: null, title: '', openedAt: '2024-03-13T09:00:00.000Z' }
]

describe('the application menu', () => {
  let window: BrowserWindow
  beforeEach(() => {
    resetFake()
    window = new BrowserWindow({})
  })

  /** Clicks the item and answers what the focused window was sent. */
  function click(label: string): { channel: string; args: unknown[] }[] {
    window.webContents.sent.length = 0
    const item = find(menu(), label)
    if (!item?.click) throw new Error(`no clickable item ${label}`)
    item.click()
    return window.webContents.sent
  }

  it('sends one Command on the command channel per File item, and does nothing itself', () => {
    setupMenu(recent, false)
    const expected: [string, Command, string][] = [
      ['&Open…', { command: 'open' }, 'CmdOrCtrl+O'],
      ['&Import new draft…', { command: 'import-draft' }, 'CmdOrCtrl+I'],
      ['&Changes since the previous draft', { command: 'changes' }, 'CmdOrCtrl+Shift+D'],
      ['&Export report…', { command: 'export-report' }, 'CmdOrCtrl+E'],
      ['&Settings…', { command: 'settings' }, 'CmdOrCtrl+,']
    ]
    for (const [label, command, accelerator] of expected) {
      expect(find(menu(), label).accelerator).toBe(accelerator)
      expect(click(label)).toEqual([{ channel: COMMAND_CHANNEL, args: [command] }])
    }
    expect(click('Save my version as a &copy')).toEqual([
      { channel: COMMAND_CHANNEL, args: [{ command: 'save-copy' }] }
    ])
    expect(fake.dialogsShown).toEqual([])
  })

  it('lists recent cases by file and folder (an ampersand stays an ampersand), titles as tooltips, and opens them by path', () => {
    setupMenu(recent, false)
    const items = find(menu(), 'Open &Recent').submenu!
    expect(items.map((item) => [item.label, item.toolTip])).toEqual([
      ['fees && charges.txt — /cases', 'Fees & charges\n/cases/harbour.txt.factdesk.json'],
      ['untitled — /cases', '/cases/untitled.factdesk.json']
    ])
    expect(click('fees && charges.txt — /cases')).toEqual([
      { channel: COMMAND_CHANNEL, args: [{ command: 'open-recent', casePath: '/cases/harbour.txt.factdesk.json' }] }
    ])
  })

  it('says when there is nothing recent', () => {
    setupMenu([], false)
    expect(find(menu(), 'Open &Recent').submenu).toEqual([{ label: 'No recent cases', enabled: false }])
  })

  it('offers the developer tools only in development', () => {
    setupMenu([], false)
    expect(JSON.stringify(menu())).not.toContain('toggleDevTools')
    setupMenu([], true)
    expect(find(menu(), '&View').submenu!.at(-1)).toEqual({ role: 'toggleDevTools' })
  })

  it('sends to the focused window, and to nothing when there is no window', () => {
    setupMenu([], false)
    const other = new BrowserWindow({})
    fake.focused = window
    click('&Open…')
    expect(window.webContents.sent).toHaveLength(1)
    expect(other.webContents.sent).toHaveLength(0)
    fake.focused = null
    window.destroy()
    other.destroy()
    expect(() => find(menu(), '&Open…').click!()).not.toThrow()
  })
})
