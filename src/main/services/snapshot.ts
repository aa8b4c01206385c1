/**
 * Saving a web page a checker relied on into the case's evidence folder, with its SHA-256 and the
 * time it was fetched. The only network request Factdesk makes, and only when the checker asks.
 *
 * Server-side request forgery: the URL comes from a text field, so it could point at the
 * checker's router or a service on this laptop. Only http(s) is fetched, every address the host
 * resolves to must be public, and redirects are followed by hand so each hop is checked too.
 * `allowLoopback` exists for tests (this machine has no internet) and nothing else sets it.
 */
import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'
import type { Snapshot } from '../../shared/case'
import { parseWebUrl } from './external'
import { fail, ok, type Result } from '../../shared/result'
import { checkCasePath, storeEvidence } from './evidence'

/** A slow site gets 15 s; after that the checker is told and can try again. */
export const SNAPSHOT_TIMEOUT_MS = 15_000
/** 20 MB of HTML is far beyond any article page; more suggests a download, not a page. */
export const SNAPSHOT_MAX_BYTES = 20 * 1024 * 1024
const MAX_REDIRECTS = 5

export interface SnapshotOptions {
  allowLoopback?: boolean
  timeoutMs?: number
  now?: () => Date
}

/** Loopback, private, link-local, carrier-grade NAT, multicast and reserved ranges. */
const NOT_PUBLIC = new BlockList()
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4]
] as const) NOT_PUBLIC.addSubnet(net, bits, 'ipv4')
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) NOT_PUBLIC.addSubnet(net, bits, 'ipv6')

export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return isPublicAddress(mapped[1])
  const family = isIP(address)
  if (family === 0) return false
  return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

/** Answers the parsed URL when it may be fetched. */
export async function checkFetchable(raw: string, allowLoopback: boolean): Promise<Result<URL>> {
  const parsed = parseWebUrl(raw, 'pages can be snapshotted')
  if (!parsed.ok) return parsed
  const url = parsed.value
  if (allowLoopback) return ok(url)
  const host = url.hostname.replace(/^\[|\]$/g, '')
  let addresses: string[]
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((entry) => entry.address)
  } catch {
    return fail('network', `Could not find ${host}: this machine may be offline, or the address is mistyped.`)
  }
  if (addresses.length === 0 || !addresses.every(isPublicAddress)) {
    return fail('blocked-address', `${host} points inside this computer or its local network; Factdesk only snapshots public pages.`)
  }
  return ok(url)
}

async function readCapped(response: Response): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = []
  let total = 0
  if (!response.body) return new Uint8Array()
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength
    if (total > SNAPSHOT_MAX_BYTES) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

export async function snapshotUrl(casePath: string, rawUrl: string, options: SnapshotOptions = {}): Promise<Result<Snapshot>> {
  const valid = checkCasePath(casePath)
  if (!valid.ok) return valid
  const signal = AbortSignal.timeout(options.timeoutMs ?? SNAPSHOT_TIMEOUT_MS)
  let target = rawUrl
  let response: Response | null = null
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    const checked = await checkFetchable(target, options.allowLoopback === true)
    if (!checked.ok) return checked
    try {
      response = await fetch(checked.value, { redirect: 'manual', signal, headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' } })
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError' || signal.aborted
      return timedOut
        ? fail('timeout', `${checked.value.host} did not answer within ${Math.round((options.timeoutMs ?? SNAPSHOT_TIMEOUT_MS) / 1000)} s; try again later.`)
        : fail('network', `Could not reach ${checked.value.host}: this machine may be offline. The source is kept without a snapshot.`)
    }
    const location = response.headers.get('location')
    if (response.status < 300 || response.status >= 400 || !location) break
    target = new URL(location, checked.value).href
    response = null
  }
  if (!response) return fail('network', `${rawUrl} redirects more than ${MAX_REDIRECTS} times; snapshot the final page's address instead.`)
  if (!response.ok) return fail('http-error', `${target} answered ${response.status} ${response.statusText}; nothing was saved.`)
  let bytes: Uint8Array | null
  try {
    bytes = await readCapped(response)
  } catch {
    return fail('network', `The download of ${target} was cut off; nothing was saved.`)
  }
  if (bytes === null) return fail('too-large', `${target} is larger than ${SNAPSHOT_MAX_BYTES / 1024 / 1024} MB; save it as a document instead.`)
  const at = (options.now ?? (() => new Date()))()
  const host = new URL(target).hostname
  try {
    const stored = await storeEvidence(casePath, `snapshot-${host}-${at.toISOString().replace(/[:.]/g, '-')}.html`, bytes)
    return ok({ path: stored.filePath, sha256: stored.sha256, at: at.toISOString() })
  } catch (error) {
    return fail('write-failed', `Could not save the snapshot of ${target}: ${(error as Error).message}.`)
  }
}
