/** The one application window, locked down (see docs/SECURITY.md). */
import { BrowserWindow, dialog } from 'electron'
import { SPELL_CHECK } from './hardening'

export interface WindowOptions {
  preloadPath: string
  /** app://factdesk/index.html, or the dev server's address in development. */
  rendererUrl: string
}

export function createWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Factdesk',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Middle-click would open links in a new window; setWindowOpenHandler denies it anyway.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: SPELL_CHECK
    }
  })
  window.once('ready-to-show', () => window.show())
  // The page holds the window while changes it could not save are only on screen (useCaseState); Electron would
  // then refuse to close without a word, so the checker is asked, as a browser asks.
  window.webContents.on('will-prevent-unload', (event) => {
    if (askToLeaveUnsaved(window) === LEAVE) event.preventDefault()
  })
  void window.loadURL(options.rendererUrl)
  return window
}

/** The button that closes the window anyway (the default, Stay, keeps it). */
const LEAVE = 1

function askToLeaveUnsaved(window: BrowserWindow): number {
  return dialog.showMessageBoxSync(window, {
    type: 'warning',
    buttons: ['Stay', 'Close anyway'],
    defaultId: 0,
    cancelId: 0,
    message: 'Some changes are not saved.',
    detail:
      'The case file could not be written, so your latest changes are only on screen. Stay and use File › Save my version as a copy to keep them.'
  })
}
