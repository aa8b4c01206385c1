/** The one application window, locked down (see docs/SECURITY.md). */
import { BrowserWindow } from 'electron'
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
  void window.loadURL(options.rendererUrl)
  return window
}
