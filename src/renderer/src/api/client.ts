/**
 * The one way the UI reaches the Node side. In Electron the preload exposes `window.factdesk`;
 * in browser mode the same contract is served over loopback HTTP (POST /api/<method>) and guarded
 * by a per-run token that arrives once in the URL.
 */
import { apiFromCaller, type ApiMethod, type FactdeskApi } from '../../../shared/contract'
import { fail, type Result } from '../../../shared/result'
import { claimTabId, tabHidden, tabShownAgain } from './window-id'

const TOKEN_KEY = 'factdesk-token'

export function connectApi(): FactdeskApi {
  return window.factdesk ?? createHttpApi(takeToken())
}

/**
 * Read the token from `?token=`, keep it for this tab only (sessionStorage survives a reload, not
 * a new tab), and remove it from the address bar so it is not left in history or screenshots.
 */
export function takeToken(): string {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    try {
      sessionStorage.setItem(TOKEN_KEY, fromUrl)
    } catch {
      // Storage can be disabled; the token still works for this page load.
    }
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? ''
  } catch {
    return ''
  }
}

let windowIdHere: string | null = null

/** A random id; getRandomValues, unlike randomUUID, needs no secure context. */
function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * This window's own id, sent with its polls and its close of a case (the Node side tells each window of the others
 * with the same case open, case-owners.ts): the same across a reload, another for a duplicated tab (window-id.ts).
 */
export function windowId(): string {
  if (windowIdHere) return windowIdHere
  try {
    windowIdHere = claimTabId(sessionStorage, randomId)
    window.addEventListener('pagehide', () => tabHidden(sessionStorage))
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) tabShownAgain(sessionStorage)
    })
  } catch {
    // Storage can be disabled: an id for this page load.
    windowIdHere = randomId()
  }
  return windowIdHere
}

export function createHttpApi(token: string, base = ''): FactdeskApi {
  async function call(method: ApiMethod, input: unknown): Promise<Result<unknown>> {
    let response: Response
    try {
      response = await fetch(`${base}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-factdesk-token': token },
        body: JSON.stringify(input ?? null)
      })
    } catch {
      return fail('offline', 'Factdesk’s local server is not answering. Is `factdesk serve` still running?')
    }
    try {
      const body = (await response.json()) as Result<unknown>
      if (body && typeof body === 'object' && 'ok' in body) return body
    } catch {
      // Fall through to the status-based message below.
    }
    if (response.status === 401 || response.status === 403) {
      return fail(
        'unauthorized',
        'This page’s access token is missing or out of date. Open the link printed by `factdesk serve` again.'
      )
    }
    return fail('bad-response', `The local server answered ${response.status} to ${method}.`)
  }
  return apiFromCaller(call)
}
