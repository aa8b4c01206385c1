/**
 * Electron entry: the app:// scheme and the sandbox before ready, then the wiring in
 * electron/desktop-app.ts. Everything else lives in services/ (plain functions, shared with
 * browser mode and the CLI). `npm start -- FILE` opens FILE; otherwise the last case, else the sample.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app } from 'electron'
import { registerAppScheme } from './electron/app-protocol'
import { launchFileFrom, startDesktopApp } from './electron/desktop-app'

const here = fileURLToPath(new URL('.', import.meta.url))
const devServerUrl = app.isPackaged ? null : (process.env.ELECTRON_RENDERER_URL ?? null)

registerAppScheme()
app.enableSandbox()

void app.whenReady().then(() => {
  startDesktopApp({
    rendererDir: join(here, '../renderer'),
    preloadPath: join(here, '../preload/index.cjs'),
    devServerUrl,
    resourcesDir: join(app.getAppPath(), 'resources'),
    dataDir: app.getPath('userData'),
    launchFile: launchFileFrom(process.argv, Boolean(process.defaultApp)),
    devTools: devServerUrl !== null,
    // Built beside this bundle (electron.vite.config.ts); worker threads load from app.asar since Electron 18.
    importWorker: join(here, 'import-worker.js')
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
