/**
 * Saving a web page a checker relied on into the case's evidence folder, with its SHA-256 and the
 * time it was fetched. The only network request Factdesk makes, and only when the checker asks.
 *
 * Server-side request forgery: the URL comes from a text field, so it could point at the checker's
 * router, a cloud metadata service or a program on this laptop. Only http(s) is fetched; the host is
 * resolved once and every address it resolves to must be public (special-addresses.ts); the
 * connection then goes to exactly those addresses (a pinned `lookup`), so a DNS answer that changes
 * between the check and the connection (rebinding) cannot reach anything else. Redirects are
 * followed by hand, each hop resolved and checked again.
 */
import { lookup as systemLookup } from 'node:dns/promises'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import type { Snapshot } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import { checkCasePath, storeEvidence } from './evidence'
import { parseWebUrl } from './external'
import { isPublicAddress } from './special-addresses'

/** A slow site gets 15 s; after that the checker is told and can try again. */
export const SNAPSHOT_TIMEOUT_MS = 15_000
/** 20 MB of HTML is far beyond any article page; more suggests a download, not a page. */
export const SNAPSHOT_MAX_BYTES = 20 * 1024 * 1024
const MAX_REDIRECTS = 5

export interface ResolvedAddress {
  address: string
  family: number
}

/** Answers every address a host name resolves to. */
export type HostLookup = (host: string) => Promise<ResolvedAddress[]>

export interface SnapshotOptions {
  /** The resolver, asked once per hop; the system's unless a test stubs it. */
  lookup?: HostLookup
  /** Which addresses may be fetched: public unicast only, unless a test widens it to reach its own local server. */
  isAllowedAddress?: (address: string) => boolean
  timeoutMs?: number
  now?: () => Date
}

const resolveWithSystem: HostLookup = (host) => systemLookup(host, { all: true, verbatim: true })

/** A URL that may be fetched, with the checked addresses its connection must use. */
interface CheckedTarget {
  url: URL
  addresses: ResolvedAddress[]
}

/** Resolves the URL's host once and checks every address; answers the addresses to connect to. */
export async function checkFetchable(raw: string, options: SnapshotOptions = {}): Promise<Result<CheckedTarget>> {
  const parsed = parseWebUrl(raw, 'pages can be snapshotted')
  if (!parsed.ok) return parsed
  const url = parsed.value
  const host = url.hostname.replace(/^\[|\]$/g, '')
  let addresses: ResolvedAddress[]
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await (options.lookup ?? resolveWithSystem)(host)
  } catch {
    return fail('network', `Could not find ${host}: this machine may be offline, or the address is mistyped.`)
  }
  const allowed = options.isAllowedAddress ?? isPublicAddress
  const refused = addresses.find((entry) => !allowed(entry.address))
  if (addresses.length === 0 || refused) {
    const where = refused && refused.address !== host ? ` (${refused.address})` : ''
    return fail(
      'blocked-address',
      `${host}${where} points inside this computer or its local network; Factdesk only snapshots public pages.`
    )
  }
  return ok({ url, addresses })
}

/** GET `target.url`, connecting only to the addresses that were checked: the request's own lookup answers them. */
function requestPinned(target: CheckedTarget, signal: AbortSignal): Promise<IncomingMessage> {
  const { url, addresses } = target
  const pinned: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, addresses)
    else callback(null, addresses[0].address, addresses[0].family)
  }
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise((resolve, reject) => {
    const outgoing = request(url, {
      method: 'GET',
      signal,
      lookup: pinned,
      // No pooled socket: every hop gets a fresh connection to its own checked address.
      agent: false,
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5', 'user-agent': 'Factdesk snapshot' }
    })
    outgoing.on('response', resolve)
    outgoing.on('error', reject)
    outgoing.end()
  })
}

async function readCapped(response: IncomingMessage): Promise<Uint8Array | null> {
  if (Number(response.headers['content-length'] ?? 0) > SNAPSHOT_MAX_BYTES) return null
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of response as AsyncIterable<Buffer>) {
    total += chunk.byteLength
    if (total > SNAPSHOT_MAX_BYTES) {
      response.destroy()
      return null
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

export async function snapshotUrl(
  casePath: string,
  rawUrl: string,
  options: SnapshotOptions = {}
): Promise<Result<Snapshot>> {
  const valid = checkCasePath(casePath)
  if (!valid.ok) return valid
  const timeoutMs = options.timeoutMs ?? SNAPSHOT_TIMEOUT_MS
  const signal = AbortSignal.timeout(timeoutMs)
  let target = rawUrl
  let response: IncomingMessage | null = null
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    const checked = await checkFetchable(target, options)
    if (!checked.ok) return checked
    try {
      response = await requestPinned(checked.value, signal)
    } catch {
      return signal.aborted
        ? fail(
            'timeout',
            `${checked.value.url.host} did not answer within ${Math.round(timeoutMs / 1000)} s; try again later.`
          )
        : fail(
            'network',
            `Could not reach ${checked.value.url.host}: this machine may be offline. The source is kept without a snapshot.`
          )
    }
    const status = response.statusCode ?? 0
    const location = response.headers.location
    if (status < 300 || status >= 400 || !location) break
    response.resume()
    target = new URL(location, checked.value.url).href
    response = null
  }
  if (!response)
    return fail(
      'network',
      `${rawUrl} redirects more than ${MAX_REDIRECTS} times; snapshot the final page's address instead.`
    )
  const status = response.statusCode ?? 0
  if (status < 200 || status >= 300) {
    response.resume()
    const reason = response.statusMessage ? ` ${response.statusMessage}` : ''
    return fail('http-error', `${target} answered ${status}${reason}; nothing was saved.`)
  }
  let bytes: Uint8Array | null
  try {
    bytes = await readCapped(response)
  } catch {
    return signal.aborted
      ? fail('timeout', `${target} took longer than ${Math.round(timeoutMs / 1000)} s to download; nothing was saved.`)
      : fail('network', `The download of ${target} was cut off; nothing was saved.`)
  }
  if (bytes === null)
    return fail(
      'too-large',
      `${target} is larger than ${SNAPSHOT_MAX_BYTES / 1024 / 1024} MB; save it as a document instead.`
    )
  const at = (options.now ?? (() => new Date()))()
  const host = new URL(target).hostname
  try {
    const stored = await storeEvidence(
      casePath,
      `snapshot-${host}-${at.toISOString().replace(/[:.]/g, '-')}.html`,
      bytes
    )
    return ok({ path: stored.filePath, sha256: stored.sha256, at: at.toISOString() })
  } catch (error) {
    return fail('write-failed', `Could not save the snapshot of ${target}: ${(error as Error).message}.`)
  }
}
