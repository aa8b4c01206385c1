/**
 * Who may talk to the browser-mode server. It listens on 127.0.0.1 only, but every web page the
 * checker visits runs on this machine too, and so does every other local user's program:
 * - Host must be 127.0.0.1:<port> or localhost:<port>: a DNS-rebinding page (evil.example
 *   resolving to 127.0.0.1) sends its own name as Host and is refused (403);
 * - Origin, when the browser sends one, must be this server's own: cross-site fetches are refused (403);
 * - API calls must carry the per-launch secret in `x-factdesk-token` (401 otherwise). A custom
 *   header also forces a CORS preflight, which this server never approves.
 */
import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; message: string }

export const TOKEN_HEADER = 'x-factdesk-token'

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

export function allowedOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`]
}

/** Constant-time comparison: the token cannot be guessed one character at a time. */
export function tokenMatches(given: string | undefined, token: string): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Host and Origin checks, for every request (static files included). */
export function checkSite(request: IncomingMessage, port: number): GuardVerdict {
  const host = (request.headers.host ?? '').toLowerCase()
  if (!allowedHosts(port).includes(host)) {
    return { ok: false, status: 403, message: `Refused: this server answers only to 127.0.0.1:${port}, not "${host}".` }
  }
  const origin = request.headers.origin
  if (origin !== undefined && !allowedOrigins(port).includes(origin.toLowerCase())) {
    return { ok: false, status: 403, message: `Refused: requests from ${origin} are not allowed.` }
  }
  return { ok: true }
}

/** The token check, for API calls. */
export function checkToken(request: IncomingMessage, token: string): GuardVerdict {
  const given = request.headers[TOKEN_HEADER]
  if (!tokenMatches(Array.isArray(given) ? given[0] : given, token)) {
    return {
      ok: false,
      status: 401,
      message: 'Refused: missing or wrong access token; open the address Factdesk printed.'
    }
  }
  return { ok: true }
}
