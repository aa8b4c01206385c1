/**
 * The application menu. Menu items do not act themselves: each sends one Command on the contract's
 * COMMAND_CHANNEL and the renderer decides (it knows about unsaved edits, open dialogs…).
 * The preload exposes that channel as `window.factdesk.onCommand(cb)`.
 */
import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron'
import { COMMAND_CHANNEL, type Command, type RecentEntry } from '../../shared/contract'
import { recentLabel, uniqueRecent } from '../../core/case/recent-label'

function send(command: Command): void {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  window?.webContents.send(COMMAND_CHANNEL, command)
}

function recentItems(recent: RecentEntry[]): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No recent cases', enabled: false }]
  return uniqueRecent(recent).map((entry) => ({
    // File and folder: two drafts often share a headline, never a path. "&" would become a mnemonic.
    label: `${recentLabel(entry).file} — ${recentLabel(entry).folder}`.replace(/&/g, '&&'),
    toolTip: [entry.title, entry.casePath].filter(Boolean).join('\n'),
    click: () => send({ command: 'open-recent', casePath: entry.casePath })
  }))
}

export function setupMenu(recent: RecentEntry[], devTools: boolean): void {
  const template: MenuItemConstructorOptions[] = [
    {
      label: '&File',
      submenu: [
        { label: '&Open…', accelerator: 'CmdOrCtrl+O', click: () => send({ command: 'open' }) },
        { label: 'Open &Recent', submenu: recentItems(recent) },
        { type: 'separator' },
        { label: '&Import new draft…', accelerator: 'CmdOrCtrl+I', click: () => send({ command: 'import-draft' }) },
        {
          label: '&Changes since the previous draft',
          accelerator: 'CmdOrCtrl+Shift+D',
          click: () => send({ command: 'changes' })
        },
        { label: '&Export report…', accelerator: 'CmdOrCtrl+E', click: () => send({ command: 'export-report' }) },
        { label: 'Save my version as a &copy', click: () => send({ command: 'save-copy' }) },
        { type: 'separator' },
        { label: '&Settings…', accelerator: 'CmdOrCtrl+,', click: () => send({ command: 'settings' }) },
        { type: 'separator' },
        { role: 'quit', label: '&Quit' }
      ]
    },
    {
      label: '&Edit',
      submenu: [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { type: 'separator' }, { role: 'selectAll' }]
    },
    {
      label: '&View',
      submenu: [
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'resetZoom' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(devTools ? [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }] : [])
      ]
    }
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
