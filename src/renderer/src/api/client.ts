/**
 * The one way the UI reaches the Node side. In Electron the preload exposes `window.factdesk`;
 * in browser mode the same contract is served over loopback HTTP (POST /api/<method>) and guarded
 * by a per-run token that arrives once in the URL.
 */
import { apiFromCaller, LEAVE_BEACON_PATH, type ApiMethod, type FactdeskApi } from '../../../shared/contract'
import { fail, type Result } from '../../../shared/result'
import { claimTabId, tabHidden, tabShownAgain } from './window-id'

const TOKEN_KEY = 'factdesk-token'

/** This page's token in browser mode, for the beacon that can send no header; null in Electron (no server). */
let beaconToken: string | null = null

export function connectApi(): FactdeskApi {
  if (window.factdesk) return window.factdesk
  beaconToken = takeToken()
  return createHttpApi(beaconToken)
}

/**
 * The page is going away for good (pagehide, not into the back-forward cache): tells the server this window is done
 * with the case, as closing it does, so the other tabs stop saying it is open here. A beacon is the one request a
 * page going away can still be sure to send; it carries the token in its body, as it can set no header. Nothing in
 * Electron, whose windows are not served. A page that ends without pagehide (a crash) is forgotten after 2 minutes.
 */
export function leaveCase(casePath: string): void {
  if (beaconToken === null || typeof navigator.sendBeacon !== 'function') return
  navigator.sendBeacon(LEAVE_BEACON_PATH, JSON.stringify({ token: beaconToken, casePath, ...viewerTag() }))
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

/** This page load's own id: a reload makes another (contract.ts ViewerTag). */
let pageIdHere: string | null = null

/**
 * The window's id and this page load's, as every call that opens, polls or closes a case sends them: the server
 * then tells a reload's late beacon from this page's own close (case-owners.ts viewerLeaves).
 */
export function viewerTag(): { viewer: string; page: string } {
  pageIdHere ??= randomId()
  return { viewer: windowId(), page: pageIdHere }
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
