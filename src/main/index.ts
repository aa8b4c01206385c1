/**
 * Electron entry: wires the services to a window, a menu and IPC. Everything else lives in
 * services/ (plain functions, shared with browser mode and the CLI).
 * `npm start -- FILE` opens FILE; otherwise the last case, else the sample.
 */
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL, fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, shell } from 'electron'
import { createApiService } from './services/api'
import { appServices } from './services/app-services'
import { setPdfPrinter } from './services/export'
import { listRecent } from './services/recent'
import { fail, ok } from '../shared/result'
import { hardenApp } from './electron/hardening'
import { setupIpc } from './electron/ipc'
import { senderCheckFor } from './electron/sender-check'
import { setupMenu } from './electron/menu'
import { createWindow } from './electron/window'
import { electronPdfPrinter } from './electron/pdf-printer'

const here = fileURLToPath(new URL('.', import.meta.url))
const rendererUrl = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(join(here, '../renderer/index.html')).href
const preloadPath = join(here, '../preload/index.cjs')
const devTools = !app.isPackaged && Boolean(process.env.ELECTRON_RENDERER_URL)

/** The first existing file among the arguments after the app itself (`electron . FILE`). */
function launchFileFrom(argv: string[]): string | null {
  const args = argv.slice(process.defaultApp ? 2 : 1).filter((arg) => !arg.startsWith('-'))
  return args.find((arg) => existsSync(arg) && statSync(arg).isFile()) ?? null
}

app.enableSandbox()

void app.whenReady().then(async () => {
  hardenApp()
  // PDFs come from Electron's own Chromium: no separate browser needed on the checker's laptop.
  setPdfPrinter(electronPdfPrinter)
  const dataDir = app.getPath('userData')
  const refreshMenu = () => void listRecent(dataDir).then((recent) => setupMenu(recent, devTools))
  const api = createApiService({
    dataDir,
    resourcesDir: join(app.getAppPath(), 'resources'),
    mode: 'electron',
    launchFile: launchFileFrom(process.argv),
    async chooseFile() {
      const chosen = await dialog.showOpenDialog({
        title: 'Open an article or a case',
        properties: ['openFile'],
        filters: [
          { name: 'Articles and cases', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'json'] },
          { name: 'All files', extensions: ['*'] }
        ]
      })
      return chosen.canceled || chosen.filePaths.length === 0 ? null : chosen.filePaths[0]
    },
    async openUrl(url) {
      // scan: url checked by api.ts (openExternal runs checkExternalUrl before calling this)
      try {
        await shell.openExternal(url)
        return ok(null)
      } catch (error) {
        return fail('open-failed', `Could not open ${url}: ${(error as Error).message}`)
      }
    },
    onRecentChanged: refreshMenu,
    ...appServices(dataDir)
  })
  setupIpc(api, senderCheckFor(rendererUrl))
  refreshMenu()
  createWindow({ preloadPath, rendererUrl })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow({ preloadPath, rendererUrl })
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
