/**
 * A stand-in for the `electron` module, so the desktop shell (its wiring, IPC, menu and preload) runs where
 * Electron's binary cannot: in vitest (`vi.mock('electron', () => import('../mocks/electron'))`) and in the security
 * scan, which runs the built main and preload bundles against it. Like Electron Fiddle's tests/mocks, it exports what
 * Electron exports; unlike them it needs no test runner: every call lands in `fake`, which tests and the scan read,
 * and `resetFake()` empties between tests. IPC goes through structuredClone, as Electron's does, and
 * ipcRenderer.invoke reaches the handler ipcMain.handle registered, with the sender frame at `fake.frameUrl`.
 */
import { EventEmitter } from 'node:events'

type Listener = (...args: never[]) => unknown
type InvokeHandler = (event: FakeInvokeEvent, ...args: unknown[]) => unknown
type ProtocolHandler = (request: Request) => Response | Promise<Response>

export interface FakeInvokeEvent {
  sender: FakeWebContents
  senderFrame: { url: string } | null
}

interface DialogAnswer {
  canceled: boolean
  filePaths?: string[]
  filePath?: string
}

function freshState() {
  return {
    /** Every BrowserWindow constructed, in order. */
    windows: [] as FakeBrowserWindow[],
    /** The window BrowserWindow.getFocusedWindow() answers (the newest when null). */
    focused: null as FakeBrowserWindow | null,
    ipcHandlers: new Map<string, InvokeHandler>(),
    /** ipcMain.on / once listeners: the shell should register none. */
    ipcListeners: [] as string[],
    /** The URL of the frame that sends renderer IPC (the app's own page unless a test says otherwise). */
    frameUrl: 'app://factdesk/index.html',
    exposed: new Map<string, unknown>(),
    /** What webUtils.getPathForFile answers for a File (a picked or dropped file); '' for any other. */
    filePaths: new WeakMap<object, string>(),
    applicationMenu: null as { template: unknown[] } | null,
    privilegedSchemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
    protocolHandlers: new Map<string, ProtocolHandler>(),
    sandboxEnabled: false,
    paths: {} as Record<string, string>,
    appPath: process.cwd(),
    /** Answers for the next native dialogs, in order; a dialog with none left is cancelled. */
    dialogAnswers: [] as DialogAnswer[],
    dialogsShown: [] as { kind: 'open' | 'save' | 'message'; options: Record<string, unknown> }[],
    /** The buttons the next message boxes answer, in order; with none left, the box's cancelId. */
    messageAnswers: [] as number[],
    openedExternally: [] as string[],
    printed: [] as Record<string, unknown>[],
    session: {
      permissionRequestHandler: null as Listener | null,
      permissionCheckHandler: null as Listener | null,
      headersReceived: null as Listener | null,
      // Chromium's default: on, with Hunspell dictionaries from Google's CDN on Windows and Linux.
      spellCheckerEnabled: true,
      dictionaryDownloadUrl: null as string | null
    }
  }
}

export const fake = freshState()

/** Forgets every window, handler and record (between tests). */
export function resetFake(): void {
  Object.assign(fake, freshState())
  app.removeAllListeners()
  ipcRenderer.removeAllListeners()
}

class FakeApp extends EventEmitter {
  isPackaged = false
  enableSandbox(): void {
    fake.sandboxEnabled = true
  }
  whenReady(): Promise<void> {
    return Promise.resolve()
  }
  getPath(name: string): string {
    const path = fake.paths[name]
    if (!path) throw new Error(`fake electron: app.getPath('${name}') has no answer; set fake.paths.${name}`)
    return path
  }
  getAppPath(): string {
    return fake.appPath
  }
  quit(): void {
    this.emit('quit')
  }
}

export const app = new FakeApp()

export class FakeWebContents extends EventEmitter {
  readonly sent: { channel: string; args: unknown[] }[] = []
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  url = ''
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args: structuredClone(args) })
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  async printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    fake.printed.push(options)
    return Buffer.from('%PDF-1.7 fake')
  }
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows(): BrowserWindow[] {
    return fake.windows.filter((window) => !window.destroyed)
  }
  static getFocusedWindow(): BrowserWindow | null {
    return fake.focused ?? BrowserWindow.getAllWindows().at(-1) ?? null
  }

  readonly webContents = new FakeWebContents()
  destroyed = false
  shown = false

  constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    super()
    fake.windows.push(this)
    // Electron announces every new web contents, before anything loads in it.
    app.emit('web-contents-created', {}, this.webContents)
  }
  async loadURL(url: string): Promise<void> {
    this.webContents.url = url
  }
  show(): void {
    this.shown = true
  }
  destroy(): void {
    this.destroyed = true
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
}
export type FakeBrowserWindow = BrowserWindow

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: Listener) => void (fake.session.permissionRequestHandler = handler),
    setPermissionCheckHandler: (handler: Listener) => void (fake.session.permissionCheckHandler = handler),
    setSpellCheckerEnabled: (enabled: boolean) => void (fake.session.spellCheckerEnabled = enabled),
    setSpellCheckerDictionaryDownloadURL: (url: string) => void (fake.session.dictionaryDownloadUrl = url),
    webRequest: { onHeadersReceived: (listener: Listener) => void (fake.session.headersReceived = listener) }
  }
}

export const ipcMain = {
  handle(channel: string, handler: InvokeHandler): void {
    // Electron refuses a second handler on one channel; so does the fake.
    if (fake.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    fake.ipcHandlers.set(channel, handler)
  },
  on(channel: string): void {
    fake.ipcListeners.push(channel)
  },
  once(channel: string): void {
    fake.ipcListeners.push(channel)
  }
}

class FakeIpcRenderer extends EventEmitter {
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = fake.ipcHandlers.get(channel)
    if (!handler)
      throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`)
    const sender = BrowserWindow.getFocusedWindow()?.webContents ?? new FakeWebContents()
    return structuredClone(await handler({ sender, senderFrame: { url: fake.frameUrl } }, ...structuredClone(args)))
  }
}

export const ipcRenderer = new FakeIpcRenderer()

/** What main's webContents.send would deliver to the preload's ipcRenderer.on listeners. */
export function sendToRenderer(channel: string, ...args: unknown[]): void {
  ipcRenderer.emit(channel, { sender: null }, ...structuredClone(args))
}

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    if (fake.exposed.has(key))
      throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`)
    fake.exposed.set(key, api)
  }
}

export const webUtils = {
  getPathForFile: (file: object): string => fake.filePaths.get(file) ?? ''
}

export const Menu = {
  buildFromTemplate: (template: unknown[]) => ({ template }),
  setApplicationMenu: (menu: { template: unknown[] } | null) => void (fake.applicationMenu = menu)
}

export const protocol = {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]): void {
    fake.privilegedSchemes.push(...schemes)
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    fake.protocolHandlers.set(scheme, handler)
  }
}

function nextAnswer(kind: 'open' | 'save', options: Record<string, unknown>): DialogAnswer {
  fake.dialogsShown.push({ kind, options })
  return fake.dialogAnswers.shift() ?? { canceled: true, filePaths: [] }
}

export const dialog = {
  showOpenDialog: async (options: Record<string, unknown>) => ({ filePaths: [], ...nextAnswer('open', options) }),
  showSaveDialog: async (options: Record<string, unknown>) => nextAnswer('save', options),
  showMessageBoxSync: (_window: unknown, options: Record<string, unknown> & { cancelId?: number }): number => {
    fake.dialogsShown.push({ kind: 'message', options })
    return fake.messageAnswers.shift() ?? options.cancelId ?? 0
  }
}

export const shell = {
  openExternal: async (url: string): Promise<void> => void fake.openedExternally.push(url)
}
