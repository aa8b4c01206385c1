/**
 * The desktop app, wired: the UI on app://, the API on IPC (touching only the files the checker chose), the menu
 * and the window. Electron glue around plain services: index.ts calls startDesktopApp once Electron is ready, and
 * the shell tests call it against a stand-in Electron (tests/mocks/electron.ts).
 */
import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { app, BrowserWindow, shell } from 'electron'
import type { FactdeskApi } from '../../shared/contract'
import { fail, ok, type Result } from '../../shared/result'
import { createApiService } from '../services/api'
import { appServices } from '../services/app-services'
import { capabilitiesFor, type Capabilities } from '../services/capabilities'
import { listRecent } from '../services/recent'
import { draftEngineFor } from '../services/worker-engine'
import { APP_PAGE_URL, serveAppScheme } from './app-protocol'
import { chooseFileToOpen, chooseReportDestination } from './dialogs'
import { hardenApp } from './hardening'
import { setupIpc } from './ipc'
import { setupMenu } from './menu'
import { electronPdfPrinter } from './pdf-printer'
import { senderCheckFor } from './sender-check'
import { createWindow } from './window'

export interface DesktopAppOptions {
  /** The built renderer (out/renderer): all that app:// serves. */
  rendererDir: string
  preloadPath: string
  /** electron-vite's dev server (ELECTRON_RENDERER_URL) in development; the built UI on app:// otherwise. */
  devServerUrl?: string | null
  /** Folder with sample-article.txt. */
  resourcesDir: string
  dataDir: string
  /** FILE from the command line (see launchFileFrom). */
  launchFile: string | null
  devTools: boolean
  /** The built import worker (out/main/import-worker.js): drafts are read and extracted off the main process. */
  importWorker: string
}

export interface DesktopApp {
  api: FactdeskApi
  capabilities: Capabilities
  window: BrowserWindow
}

/** The first existing file among the arguments after the app itself (`electron . FILE`), as a full path. */
export function launchFileFrom(argv: string[], defaultApp: boolean, cwd = process.cwd()): string | null {
  const args = argv.slice(defaultApp ? 2 : 1).filter((arg) => !arg.startsWith('-'))
  const file = args.map((arg) => resolve(cwd, arg)).find((path) => existsSync(path) && statSync(path).isFile())
  return file ?? null
}

/** Links go to the system browser; the API has already checked the address (http and https only). */
async function openInSystemBrowser(url: string): Promise<Result<null>> {
  try {
    await shell.openExternal(url)
    return ok(null)
  } catch (error) {
    return fail('open-failed', `Could not open ${url}: ${(error as Error).message}`)
  }
}

export function startDesktopApp(options: DesktopAppOptions): DesktopApp {
  hardenApp()
  serveAppScheme(options.rendererDir)
  const rendererUrl = options.devServerUrl ?? APP_PAGE_URL
  const { dataDir } = options
  const capabilities = capabilitiesFor(dataDir)
  const refreshMenu = () => void listRecent(dataDir).then((recent) => setupMenu(recent, options.devTools))
  // One worker per draft: the main process keeps answering the window (saves, polls) while a draft is read.
  // The first open's work (the command-line draft, else the last case) is begun now, while the window opens
  // (draft-work.ts 'warm').
  const { launchFile } = options
  const first = { kind: 'warm' as const, file: launchFile ? { path: launchFile } : null, dataDir }
  const engine = draftEngineFor(options.importWorker, { json: false }, first)
  const api = createApiService({
    dataDir,
    resourcesDir: options.resourcesDir,
    mode: 'electron',
    launchFile: options.launchFile,
    capabilities,
    chooseFile: chooseFileToOpen,
    openUrl: openInSystemBrowser,
    onRecentChanged: refreshMenu,
    engine,
    // PDFs come from Electron's own Chromium: no separate browser needed on the checker's laptop.
    ...appServices(dataDir, { printPdf: electronPdfPrinter, chooseReportPath: chooseReportDestination, engine })
  })
  setupIpc(api, senderCheckFor(rendererUrl), capabilities)
  refreshMenu()
  const open = () => createWindow({ preloadPath: options.preloadPath, rendererUrl })
  const window = open()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open()
  })
  return { api, capabilities, window }
}
