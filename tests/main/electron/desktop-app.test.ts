/**
 * The desktop app as Electron would run it, against the stand-in Electron: the window, the session's
 * hardening, the app:// scheme, the IPC wiring and the capabilities, driven through the real preload.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  API_METHODS,
  ANSWER_PART_CHANNEL,
  CHOSEN_FILE_CHANNEL,
  COMMAND_CHANNEL,
  type FactdeskBridge,
  type Session
} from '../../../src/shared/contract'
import type { Result } from '../../../src/shared/result'
import { APP_PAGE_URL } from '../../../src/main/electron/app-protocol'
import { launchFileFrom, startDesktopApp, type DesktopApp } from '../../../src/main/electron/desktop-app'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/services/csp'
import { app, fake, resetFake } from '../../mocks/electron'
import { tempDir } from '../../helpers/temp-dir'
import { builtImportWorker } from '../../helpers/import-worker'

vi.mock('electron', () => import('../../mocks/electron'))

const RESOURCES = join(__dirname, '..', '..', '..', 'resources')
const codeOf = (result: Result<unknown>) => (result.ok ? 'ok' : result.error.code)

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

describe('the desktop app, wired', () => {
  let bridge: FactdeskBridge
  let desktop: DesktopApp
  let article: string
  let importWorker: string

  beforeAll(async () => {
    importWorker = await builtImportWorker()
    await import('../../../src/preload/index')
    bridge = fake.exposed.get('factdesk') as FactdeskBridge
  })

  beforeEach(() => {
    resetFake()
    const rendererDir = join(tempDir(), 'renderer')
    mkdirSync(rendererDir)
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Factdesk</title>')
    article = join(tempDir(), 'water.txt')
    copyFileSync(join(RESOURCES, 'sample-article.txt'), article)
    desktop = startDesktopApp({
      rendererDir,
      preloadPath: '/opt/factdesk/out/preload/index.cjs',
      resourcesDir: RESOURCES,
      dataDir: tempDir(),
      launchFile: article,
      devTools: false,
      importWorker
    })
  })

  it('opens one locked-down window on app://, never file://', () => {
    expect(fake.windows).toHaveLength(1)
    const [window] = fake.windows
    expect(window.webContents.url).toBe(APP_PAGE_URL)
    expect(window.options.webPreferences).toEqual({
      preload: '/opt/factdesk/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: process.platform === 'darwin'
    })
    expect(window.shown).toBe(false)
    window.emit('ready-to-show')
    expect(window.shown).toBe(true)
  })

  it('serves app:// from the built renderer with the CSP', async () => {
    const handler = fake.protocolHandlers.get('app')!
    const page = await handler(new Request(APP_PAGE_URL))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect((await handler(new Request('app://factdesk/../../etc/passwd'))).status).toBe(404)
  })

  it('refuses every permission, downloads no dictionary, and adds the security headers to every response', () => {
    const answers: boolean[] = []
    fake.session.permissionRequestHandler!(...([null, 'media', (granted: boolean) => answers.push(granted)] as never[]))
    expect(answers).toEqual([false])
    expect(fake.session.permissionCheckHandler!(...([] as never[]))).toBe(false)
    expect(fake.session.spellCheckerEnabled).toBe(process.platform === 'darwin')
    expect(fake.session.dictionaryDownloadUrl).toMatch(/^app:\/\/factdesk\//)
    let headers: Record<string, string[]> = {}
    fake.session.headersReceived!(
      ...([
        { responseHeaders: { 'content-type': ['text/html'] } },
        (answer: { responseHeaders: Record<string, string[]> }) => (headers = answer.responseHeaders)
      ] as never[])
    )
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY])
    expect(headers['content-type']).toEqual(['text/html'])
  })

  it('lets the page neither navigate nor open windows; http(s) links go to the system browser', () => {
    const contents = fake.windows[0].webContents
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false
      contents.emit(event, { preventDefault: () => (prevented = true) }, 'https://evil.example/')
      expect(prevented, event).toBe(true)
    }
    for (const url of ['https://example.org/source', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://share/x']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' })
    }
    expect(fake.openedExternally).toEqual(['https://example.org/source'])
  })

  // The page holds the window while its changes could not be saved (a damaged case file); Electron alone would
  // refuse to close without a word. The checker is asked: Stay keeps the window, Close anyway lets it go.
  it('asks before closing a window whose page holds unsaved changes', () => {
    const contents = fake.windows[0].webContents
    const closing = () => {
      let closed = false
      contents.emit('will-prevent-unload', { preventDefault: () => (closed = true) })
      return closed
    }
    fake.messageAnswers.push(0, 1)
    expect(closing()).toBe(false)
    expect(closing()).toBe(true)
    // Escape (no button) stays.
    expect(closing()).toBe(false)
    const asked = fake.dialogsShown.filter((shown) => shown.kind === 'message')
    expect(asked).toHaveLength(3)
    expect(asked[0].options).toMatchObject({ buttons: ['Stay', 'Close anyway'], defaultId: 0, cancelId: 0 })
    expect(String(asked[0].options.detail)).toContain('Save my version as a copy')
  })

  it('answers every contract method over IPC, and the chosen-file channel', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(
      [...API_METHODS, CHOSEN_FILE_CHANNEL, ANSWER_PART_CHANNEL].sort()
    )
  })

  it('opens the command-line file at start, and through the preload touches only what the checker chose', async () => {
    const startup = unwrap(await bridge.getStartup())
    const session = startup.session as Session
    expect(session.casePath).toBe(`${article}.factdesk.json`)
    expect(startup.mode).toBe('electron')

    // A path nobody chose, even beside the article: refused, nothing created.
    const beside = join(dirname(article), 'unrelated.txt')
    writeFileSync(beside, 'Not chosen.')
    expect(codeOf(await bridge.openFile({ path: beside }))).toBe('forbidden-path')
    expect(codeOf(await bridge.addEvidenceFile({ casePath: session.casePath, file: { path: beside } }))).toBe(
      'forbidden-path'
    )
    expect(existsSync(`${beside}.factdesk.json`)).toBe(false)

    // Dropped on the window: the preload learns its path and main accepts it as chosen.
    const dropped = new File(['Not chosen.'], 'unrelated.txt')
    fake.filePaths.set(dropped, beside)
    expect(await bridge.pathForFile(dropped)).toBe(beside)
    const evidence = unwrap(await bridge.addEvidenceFile({ casePath: session.casePath, file: { path: beside } }))
    expect(evidence.filePath).toBe('water.txt.evidence/unrelated.txt')
    expect(desktop.capabilities.chosen(beside).ok).toBe(true)
  })

  it('opens what the checker picks in the native dialog', async () => {
    const picked = join(tempDir(), 'picked.txt')
    copyFileSync(article, picked)
    fake.dialogAnswers.push({ canceled: false, filePaths: [picked] })
    const session = unwrap(await bridge.openDialog())
    expect(session?.casePath).toBe(`${picked}.factdesk.json`)
    expect(fake.dialogsShown.map((shown) => shown.kind)).toEqual(['open'])
    expect(unwrap(await bridge.openDialog())).toBeNull() // cancelled: nothing opened, nothing granted
  })

  it('saves the report where the save dialog says, printing PDFs in a hidden window with scripts off', async () => {
    const session = unwrap(await bridge.getStartup()).session as Session
    const target = join(tempDir(), 'report.pdf')
    fake.dialogAnswers.push({ canceled: false, filePath: target })
    const saved = unwrap(await bridge.renderReport({ casePath: session.casePath, format: 'pdf', save: true }))
    expect(saved.path).toBe(target)
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake')
    expect(fake.dialogsShown[0].options.defaultPath).toBe(join(dirname(article), 'water.report.pdf'))
    const printer = fake.windows[1]
    expect(printer.options.show).toBe(false)
    expect(printer.options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false
    })
    expect(printer.webContents.url).toMatch(/^data:text\/html;charset=utf-8;base64,/)
    expect(printer.destroyed).toBe(true)
    expect(fake.printed[0]).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true })
  })

  it('refuses IPC from any frame but the app’s page', async () => {
    fake.frameUrl = 'https://evil.example/'
    expect(codeOf(await bridge.getSettings())).toBe('forbidden')
  })

  it('puts the cases it opens in the Open Recent menu, each sending its path to the window', async () => {
    await bridge.getStartup()
    await vi.waitFor(() => expect(JSON.stringify(fake.applicationMenu)).toContain('water.txt.factdesk.json'))
    const file = (
      fake.applicationMenu!.template as { submenu?: { label?: string; submenu?: { click?: () => void }[] }[] }[]
    )[0]
    file.submenu!.find((item) => item.label === 'Open &Recent')!.submenu![0].click!()
    expect(fake.windows[0].webContents.sent).toEqual([
      { channel: COMMAND_CHANNEL, args: [{ command: 'open-recent', casePath: `${article}.factdesk.json` }] }
    ])
  })

  it('opens a new window when the dock icon is clicked with none open (macOS)', () => {
    fake.windows[0].destroy()
    app.emit('activate')
    expect(fake.windows.filter((window) => !window.destroyed)).toHaveLength(1)
  })
})

describe('the command-line file', () => {
  it('is the first existing file after the app, as a full path; options and folders are skipped', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'draft.txt'), 'x')
    mkdirSync(join(dir, 'folder'))
    expect(launchFileFrom(['electron', '.', '--no-sandbox', 'folder', 'missing.txt', 'draft.txt'], true, dir)).toBe(
      join(dir, 'draft.txt')
    )
    expect(launchFileFrom(['/opt/Factdesk/factdesk', 'draft.txt'], false, dir)).toBe(join(dir, 'draft.txt'))
    expect(launchFileFrom(['/opt/Factdesk/factdesk'], false, dir)).toBeNull()
  })
})
