// What the built desktop app does, judged against Electron's security checklist: every window's webPreferences,
// the session's permission, spell-check and header handlers, navigation and new windows, the app:// scheme, the IPC
// channels and their sender check, and what the preload puts on window. `add(check, severity, where, detail)`
// records a finding.
import { existsSync } from 'node:fs'
import { invoke } from './built-app.mjs'

const MAIN = 'out/main/index.js'
const APP_PAGE = 'app://factdesk/index.html'

/** Every window, the app's and the hidden PDF printer's. */
const EVERY_WINDOW = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true
}
/** The app's window, on top of EVERY_WINDOW. */
const APP_WINDOW = {
  nodeIntegrationInSubFrames: false,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  // Chromium's own checker downloads Hunspell dictionaries on Windows and Linux; macOS's is the system's.
  spellcheck: process.platform === 'darwin'
}
const NEVER_ON = ['nodeIntegrationInWorker', 'enableRemoteModule', 'plugins', 'enableBlinkFeatures', 'allowpopups']

function checkPreferences(where, preferences, required, add) {
  for (const [name, value] of Object.entries(required)) {
    if (preferences?.[name] !== value)
      add('WEB_PREFERENCES', 'HIGH', where, `${name} is ${JSON.stringify(preferences?.[name])}, must be ${value}`)
  }
  for (const name of NEVER_ON) if (preferences?.[name]) add('WEB_PREFERENCES', 'HIGH', where, `${name} is set`)
}

function checkWindows(fake, add) {
  const [appWindow, ...others] = fake.windows
  const preferences = appWindow.options.webPreferences
  checkPreferences(`${MAIN}: the app window`, preferences, { ...EVERY_WINDOW, ...APP_WINDOW }, add)
  if (appWindow.webContents.url !== APP_PAGE)
    add('UI_NOT_ON_APP_SCHEME', 'HIGH', MAIN, `the window loads ${appWindow.webContents.url}, not ${APP_PAGE}`)
  if (!preferences?.preload?.endsWith('.cjs') || !existsSync(preferences.preload))
    add('PRELOAD_MISSING', 'HIGH', MAIN, `preload ${preferences?.preload}`)
  for (const window of others) {
    checkPreferences(
      `${MAIN}: a hidden window`,
      window.options.webPreferences,
      { ...EVERY_WINDOW, javascript: false },
      add
    )
    if (window.options.webPreferences?.preload)
      add('WEB_PREFERENCES', 'HIGH', `${MAIN}: a hidden window`, 'has a preload')
  }
  if (others.length === 0) add('PDF_WINDOW_NOT_SEEN', 'MEDIUM', MAIN, 'the PDF printer window was not exercised')
  if (!fake.sandboxEnabled) add('SANDBOX_NOT_ENABLED', 'HIGH', MAIN, 'app.enableSandbox() was not called')
}

function checkSession(fake, policy, add) {
  const session = fake.session
  for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem']) {
    let granted = 'no answer'
    session.permissionRequestHandler?.(null, permission, (answer) => (granted = answer), {})
    if (granted !== false)
      add('PERMISSION_GRANTED', 'HIGH', MAIN, `the ${permission} permission request answered ${granted}`)
  }
  if (session.permissionCheckHandler?.(null, 'media', 'app://factdesk', {}) !== false)
    add('PERMISSION_CHECK', 'HIGH', MAIN, 'permission checks are not refused')
  if (session.spellCheckerEnabled !== (process.platform === 'darwin'))
    add('SPELLCHECK_DOWNLOAD', 'HIGH', MAIN, 'the spell checker is on where it downloads dictionaries')
  if (/^https?:/i.test(session.dictionaryDownloadUrl ?? 'https:'))
    add('SPELLCHECK_DOWNLOAD', 'MEDIUM', MAIN, `dictionary download URL ${session.dictionaryDownloadUrl}`)
  let headers = {}
  session.headersReceived?.({ responseHeaders: {} }, (answer) => (headers = answer.responseHeaders))
  if (headers['Content-Security-Policy']?.[0] !== policy)
    add('CSP_HEADER', 'HIGH', MAIN, 'the session does not add the CSP header to responses')
}

function checkNavigation(electron, add) {
  const { fake } = electron
  for (const window of fake.windows) {
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false
      window.webContents.emit(event, { preventDefault: () => (prevented = true) }, 'https://evil.example/')
      if (!prevented) add('NAVIGATION', 'HIGH', MAIN, `${event} is not prevented`)
    }
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'smb://host/share', 'javascript:alert(1)']) {
      if (window.webContents.windowOpenHandler?.({ url })?.action !== 'deny')
        add('WINDOW_OPEN', 'HIGH', MAIN, `window.open(${url}) is not denied`)
    }
  }
  const notWeb = fake.openedExternally.filter((url) => !/^https?:/i.test(url))
  if (notWeb.length > 0) add('OPEN_EXTERNAL_SCHEME', 'HIGH', MAIN, `handed to the OS: ${notWeb.join(', ')}`)
}

async function checkScheme(fake, policy, add) {
  const schemes = fake.privilegedSchemes
  const privileges = schemes.find((entry) => entry.scheme === 'app')?.privileges
  if (schemes.length !== 1 || !privileges)
    add('APP_SCHEME', 'HIGH', MAIN, `privileged schemes: ${JSON.stringify(schemes)}`)
  const granted = Object.keys(privileges ?? {})
    .filter((name) => privileges[name])
    .sort()
  if (granted.join() !== 'secure,standard,supportFetchAPI')
    add('APP_SCHEME', 'HIGH', MAIN, `app:// privileges ${granted.join(', ')}`)
  const handler = fake.protocolHandlers.get('app')
  if (!handler) return add('APP_SCHEME', 'HIGH', MAIN, 'app:// has no handler')
  const page = await handler(new Request(APP_PAGE))
  if (page.status !== 200) add('APP_SCHEME', 'HIGH', MAIN, `${APP_PAGE} answers ${page.status}`)
  if (page.headers.get('content-security-policy') !== policy)
    add('CSP_HEADER', 'HIGH', MAIN, 'app:// responses carry another CSP')
  for (const url of [
    'app://factdesk/../package.json',
    'app://factdesk/%2e%2e/package.json',
    'app://factdesk/..%2f..%2fpackage.json',
    'app://other/index.html'
  ]) {
    const response = await handler(new Request(url))
    if (response.status !== 404) add('APP_SCHEME_TRAVERSAL', 'HIGH', MAIN, `${url} answers ${response.status}`)
  }
}

async function checkIpc(electron, preload, add) {
  const { fake } = electron
  const bridge = fake.exposed.get('factdesk')
  if (preload.required.join() !== 'electron')
    add('PRELOAD_REQUIRES', 'HIGH', 'out/preload/index.cjs', `requires ${preload.required.join(', ')}`)
  if ([...fake.exposed.keys()].join() !== 'factdesk')
    add('PRELOAD_EXPOSES', 'HIGH', 'out/preload/index.cjs', `exposes ${[...fake.exposed.keys()].join(', ')}`)
  const ipcRenderer = electron.ipcRenderer
  for (const [name, value] of Object.entries(bridge ?? {})) {
    if (typeof value !== 'function' || value === ipcRenderer || Object.values(ipcRenderer).includes(value)) {
      add(
        'RAW_IPC_EXPOSED',
        'HIGH',
        'out/preload/index.cjs',
        `window.factdesk.${name} is not one of the bridge's own functions`
      )
    }
  }
  const methods = Object.keys(bridge ?? {})
    .filter((name) => name !== 'onCommand' && name !== 'pathForFile')
    .sort()
  const channels = [...fake.ipcHandlers.keys()].sort()
  if (channels.join() !== [...methods, 'chosen-file', 'answer-part'].sort().join())
    add('IPC_CHANNELS', 'MEDIUM', MAIN, `main handles ${channels.join(', ')}; the preload calls ${methods.join(', ')}`)
  if (fake.ipcListeners.length > 0)
    add('IPC_WRAPPER', 'MEDIUM', MAIN, `ipcMain.on outside handle(): ${fake.ipcListeners.join(', ')}`)
  for (const channel of channels) {
    const answer = await invoke(electron, channel, undefined, 'https://evil.example/')
    if (answer?.error?.code !== 'forbidden') add('IPC_SENDER_CHECK', 'HIGH', MAIN, `${channel} answers a foreign frame`)
  }
}

/** Opens the sample and saves its PDF report, so the printer's hidden window is created and can be judged. */
async function exercise(electron, work) {
  const startup = await invoke(electron, 'getStartup')
  if (!startup.ok || !startup.value.session)
    throw new Error(`the built app did not start: ${JSON.stringify(startup.error ?? startup.value)}`)
  electron.fake.dialogAnswers.push({ canceled: false, filePath: `${work}/report.pdf` })
  const saved = await invoke(electron, 'renderReport', {
    casePath: startup.value.session.casePath,
    format: 'pdf',
    save: true
  })
  if (!saved.ok) throw new Error(`the built app could not save a PDF: ${saved.error.message}`)
  await invoke(electron, 'openExternal', { url: 'file:///etc/passwd' })
}

/** Every check on the running built app; answers the CSP it sends, for the comparison with the page's meta tag. */
export async function checkDesktopApp({ electron, preload, work }, add) {
  await exercise(electron, work)
  const policy =
    (await electron.fake.protocolHandlers.get('app')?.(new Request(APP_PAGE)))?.headers.get(
      'content-security-policy'
    ) ?? null
  checkWindows(electron.fake, add)
  checkSession(electron.fake, policy, add)
  checkNavigation(electron, add)
  await checkScheme(electron.fake, policy, add)
  await checkIpc(electron, preload, add)
  return policy
}
