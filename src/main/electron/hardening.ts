/**
 * Electron's security checklist, applied once for the whole app: no permissions, no navigation,
 * no new windows (http(s) links go to the system browser), no <webview>, no spell-check
 * dictionary download, and the CSP header on every response. The window's own webPreferences
 * live in window.ts; the app:// scheme that serves the UI in app-protocol.ts.
 */
import { app, session, shell } from 'electron'
import { SECURITY_HEADERS } from '../services/csp'
import { checkExternalUrl } from '../services/external'
import { APP_HOST, APP_SCHEME } from './app-protocol'

/**
 * Spell check only where it is the system's own: macOS checks with its native spell checker and downloads nothing.
 * On Windows and Linux Chromium's checker fetches Hunspell dictionaries from Google's CDN on first use, a request
 * nobody asked for from a laptop holding confidential drafts; there it is off.
 */
export const SPELL_CHECK = process.platform === 'darwin'
/** Where dictionaries would be fetched from, should anything turn the checker on: an app:// path serving nothing. */
export const NO_DICTIONARIES_URL = `${APP_SCHEME}://${APP_HOST}/no-dictionaries/`

export function hardenApp(): void {
  const ses = session.defaultSession
  // The UI needs no camera, notifications, geolocation…: every request is refused.
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.setSpellCheckerEnabled(SPELL_CHECK)
  ses.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARIES_URL)
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(Object.entries(SECURITY_HEADERS).map(([name, value]) => [name, [value]]))
    callback({ responseHeaders: { ...details.responseHeaders, ...headers } })
  })

  app.on('web-contents-created', (_event, contents) => {
    // The page never navigates: the whole UI is one document. A link click must not replace it.
    contents.on('will-navigate', (event) => event.preventDefault())
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      const checked = checkExternalUrl(url)
      if (checked.ok) void shell.openExternal(checked.value)
      return { action: 'deny' }
    })
  })
}
