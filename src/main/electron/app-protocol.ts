/**
 * The desktop app's UI comes from its own scheme, app://factdesk/, not from file://. A file:// page shares its
 * origin with every file on the disk and (unless the GrantFileProtocolExtraPrivileges fuse is off) gets extra
 * privileges; an app:// page is one origin with one folder behind it: the built renderer. Paths are resolved by the
 * browser-mode server's own resolver (`..`, encoded or not, dot files and unknown types are 404), and every
 * response carries the same security headers, the CSP first among them.
 */
import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { SECURITY_HEADERS } from '../services/csp'
import { contentTypeOf, resolveStaticPath } from '../web/static-files'

export const APP_SCHEME = 'app'
export const APP_HOST = 'factdesk'
/** The page every window loads; the IPC sender check accepts this page only. */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/**
 * Before the app is ready: app:// is standard (relative URLs, its own origin for 'self' in the CSP) and secure (a
 * secure context, like https). It is not given CSP bypass, service workers or CORS: it needs none of them.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

function notFound(status = 404): Response {
  return new Response('Not found', {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }
  })
}

/** The answer to one app:// request: a file of the built renderer with the security headers, or 404. */
export async function appResponse(rendererDir: string, request: { url: string; method: string }): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return notFound(405)
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return notFound()
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound()
  const path = resolveStaticPath(rendererDir, url.pathname)
  const bytes = path ? await readFile(path).catch(() => null) : null
  if (!path || !bytes) return notFound()
  const headers = { 'Content-Type': contentTypeOf(path), 'Cache-Control': 'no-store', ...SECURITY_HEADERS }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), { status: 200, headers })
}

/** After ready: app:// answers from `rendererDir` (out/renderer) only. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererDir, request))
}
