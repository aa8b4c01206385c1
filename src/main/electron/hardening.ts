/**
 * Electron's security checklist, applied once for the whole app: no permissions, no navigation,
 * no new windows (http(s) links go to the system browser), no <webview>, and the CSP header on
 * every response. The window's own webPreferences live in window.ts.
 */
import { app, session, shell } from 'electron'
import { SECURITY_HEADERS } from '../services/csp'
import { checkExternalUrl } from '../services/external'

export function hardenApp(): void {
  const ses = session.defaultSession
  // The UI needs no camera, notifications, geolocation…: every request is refused.
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, ...Object.fromEntries(Object.entries(SECURITY_HEADERS).map(([k, v]) => [k, [v]])) } })
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
