import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { evidenceDirFor } from '../../src/main/services/evidence'
import { snapshotUrl, type HostLookup, type SnapshotOptions } from '../../src/main/services/snapshot'
import { isPublicAddress } from '../../src/main/services/special-addresses'
import { savedHarbourCase } from './harbour-case'

const sha = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex')

/** A resolver stub that records every question and answers from a table (a function per name: it may change). */
function stubLookup(answers: Record<string, string[] | (() => string[])>): HostLookup & { asked: string[] } {
  const asked: string[] = []
  const lookup = async (host: string) => {
    asked.push(host)
    const answer = answers[host]
    if (!answer) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' })
    return (typeof answer === 'function' ? answer() : answer).map((address) => ({
      address,
      family: address.includes(':') ? 6 : 4
    }))
  }
  return Object.assign(lookup, { asked })
}

/** The test server lives on loopback, which snapshots refuse: the tests that must reach it allow that one address. */
const reachTestServer = (lookup: HostLookup): SnapshotOptions => ({
  lookup,
  isAllowedAddress: (address) => address === '127.0.0.1'
})

describe('web snapshots', () => {
  let server: Server
  let port: number
  /** The Host header of every request the test server received. */
  let received: string[] = []
  const page = '<html><body><p>Rates rise 7%</p></body></html>'

  beforeAll(async () => {
    server = createServer((request, response) => {
      received.push(request.headers.host ?? '')
      if (request.url === '/page') return response.end(page)
      if (request.url === '/moved') return response.writeHead(302, { location: '/page' }).end()
      if (request.url === '/to-inside')
        return response.writeHead(302, { location: `http://inside.example:${port}/page` }).end()
      if (request.url === '/to-file') return response.writeHead(302, { location: 'file:///etc/passwd' }).end()
      if (request.url === '/missing') return response.writeHead(404).end()
      // /slow never answers
      return undefined
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    port = (server.address() as AddressInfo).port
  })
  beforeEach(() => {
    received = []
  })
  afterAll(() => {
    server.closeAllConnections()
    server.close()
  })

  it('saves the page with its SHA-256 and time, asking the resolver once per hop', async () => {
    const casePath = await savedHarbourCase()
    const at = new Date('2024-03-14T12:00:00.000Z')
    const lookup = stubLookup({ 'news.example': ['127.0.0.1'] })
    const snap = await snapshotUrl(casePath, `http://news.example:${port}/moved`, {
      ...reachTestServer(lookup),
      now: () => at
    })
    if (!snap.ok) throw new Error(snap.error.message)
    expect(snap.value.sha256).toBe(sha(page))
    expect(snap.value.at).toBe(at.toISOString())
    expect(snap.value.path).toBe('harbour.txt.evidence/snapshot-news.example-2024-03-14T12-00-00-000Z.html')
    expect(readFileSync(join(dirname(casePath), snap.value.path), 'utf8')).toBe(page)
    // Two hops (the redirect, the page), one question each; the name, not the address, went in the Host header.
    expect(lookup.asked).toEqual(['news.example', 'news.example'])
    expect(received).toEqual([`news.example:${port}`, `news.example:${port}`])
  })

  it('connects to the address it checked, even when the name then resolves elsewhere (DNS rebinding)', async () => {
    let answers = 0
    // First answer: the checked address. Every later answer: a private address the check would refuse.
    const lookup = stubLookup({ 'rebind.example': () => (answers++ === 0 ? ['127.0.0.1'] : ['10.0.0.1']) })
    const snap = await snapshotUrl(
      await savedHarbourCase(),
      `http://rebind.example:${port}/page`,
      reachTestServer(lookup)
    )
    expect(snap.ok ? snap.value.sha256 : snap.error.message).toBe(sha(page))
    expect(lookup.asked).toEqual(['rebind.example'])
    expect(received).toEqual([`rebind.example:${port}`])
  })

  const SPECIAL: string[] = [
    // IPv4 special-purpose registry, first and last addresses where the range is wide, and multicast
    '0.0.0.0',
    '0.255.255.255',
    '10.0.0.1',
    '10.255.255.255',
    '100.64.0.1',
    '100.127.255.255',
    '127.0.0.1',
    '127.255.255.254',
    '169.254.169.254',
    '172.16.0.1',
    '172.31.255.255',
    '192.0.0.8',
    '192.0.0.170',
    '192.0.2.1',
    '192.31.196.1',
    '192.52.193.1',
    '192.88.99.1',
    '192.168.0.1',
    '192.168.255.255',
    '192.175.48.1',
    '198.18.0.1',
    '198.19.255.255',
    '198.51.100.7',
    '203.0.113.9',
    '224.0.0.1',
    '239.255.255.250',
    '240.0.0.1',
    '255.255.255.255',
    // IPv6: unspecified, loopback, IPv4-compatible, IPv4-mapped and NAT64 of private addresses, local-use NAT64,
    // discard, dummy prefix, Teredo, benchmarking, documentation, 6to4, AS112, SRv6, ULA, link and site local, multicast
    '::',
    '::1',
    '::127.0.0.1',
    '::7f00:1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:169.254.169.254',
    '64:ff9b::7f00:1',
    '64:ff9b::a00:1',
    '64:ff9b::192.168.0.1',
    '64:ff9b:1::1',
    '100::1',
    '100:0:0:1::1',
    '2001::1',
    '2001:2::1',
    '2001:db8::1',
    '2002:7f00:1::1',
    '2002:808:808::1',
    '2620:4f:8000::1',
    '3fff::1',
    '5f00::1',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'fe80::1%eth0',
    'fec0::1',
    'ff02::1',
    'ff0e::1'
  ]

  it.each(SPECIAL)('refuses %s whatever name points there, before connecting', async (address) => {
    const lookup = stubLookup({ 'innocent.example': [address] })
    const snap = await snapshotUrl(await savedHarbourCase(), `http://innocent.example:${port}/page`, { lookup })
    expect(snap.ok ? 'ok' : snap.error.code).toBe('blocked-address')
    expect(snap.ok ? '' : snap.error.message).toContain(address)
    expect(received).toEqual([])
  })

  it.each([
    '[::ffff:127.0.0.1]',
    '[::ffff:7f00:1]',
    '[64:ff9b::7f00:1]',
    '[::127.0.0.1]',
    '127.1',
    '2130706433',
    '0x7f.0.0.1',
    '[::1]'
  ])('refuses the address literal http://%s/ (the issue’s loopback spellings)', async (host) => {
    const snap = await snapshotUrl(await savedHarbourCase(), `http://${host}:${port}/page`)
    expect(snap.ok ? 'ok' : snap.error.code).toBe('blocked-address')
    expect(received).toEqual([])
  })

  it('refuses a name when any one of its addresses is special', async () => {
    const lookup = stubLookup({ 'mixed.example': ['93.184.216.34', '127.0.0.1'] })
    const snap = await snapshotUrl(await savedHarbourCase(), `http://mixed.example:${port}/page`, { lookup })
    expect(snap.ok ? 'ok' : snap.error.code).toBe('blocked-address')
  })

  it('checks every redirect again: another name, another scheme', async () => {
    const casePath = await savedHarbourCase()
    const lookup = stubLookup({ 'news.example': ['127.0.0.1'], 'inside.example': ['192.168.1.20'] })
    const inside = await snapshotUrl(casePath, `http://news.example:${port}/to-inside`, reachTestServer(lookup))
    expect(inside.ok ? 'ok' : inside.error.code).toBe('blocked-address')
    expect(lookup.asked).toEqual(['news.example', 'inside.example'])
    const file = await snapshotUrl(casePath, `http://news.example:${port}/to-file`, reachTestServer(lookup))
    expect(file.ok ? 'ok' : file.error.code).toBe('unsupported-url')
    expect(readdirSync(dirname(casePath))).not.toContain(evidenceDirFor(casePath).split(/[\\/]/).pop())
  })

  it('refuses other schemes', async () => {
    const casePath = await savedHarbourCase()
    for (const url of ['file:///etc/passwd', 'ftp://example.org/x', 'javascript:alert(1)']) {
      const snap = await snapshotUrl(casePath, url)
      expect(snap.ok ? 'ok' : snap.error.code).toBe('unsupported-url')
    }
  })

  it('explains unknown names, network failures, timeouts and HTTP errors, saving nothing', async () => {
    const casePath = await savedHarbourCase()
    const unknown = await snapshotUrl(casePath, 'http://no-such-host.example/', { lookup: stubLookup({}) })
    expect(unknown.ok ? 'ok' : unknown.error.code).toBe('network')
    const closed = createServer()
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done))
    const deadPort = (closed.address() as AddressInfo).port
    await new Promise<void>((done) => closed.close(() => done()))
    const lookup = stubLookup({ 'news.example': ['127.0.0.1'] })
    const offline = await snapshotUrl(casePath, `http://news.example:${deadPort}/`, reachTestServer(lookup))
    expect(offline.ok ? '' : offline.error.message).toMatch(/may be offline/)
    const slow = await snapshotUrl(casePath, `http://news.example:${port}/slow`, {
      ...reachTestServer(lookup),
      timeoutMs: 300
    })
    expect(slow.ok ? 'ok' : slow.error.code).toBe('timeout')
    const missing = await snapshotUrl(casePath, `http://news.example:${port}/missing`, reachTestServer(lookup))
    expect(missing.ok ? '' : missing.error.message).toContain('404')
    expect(readdirSync(dirname(casePath))).toEqual(['harbour.txt.factdesk.backups', 'harbour.txt.factdesk.json'])
  })
})

describe('public addresses', () => {
  it.each([
    ['93.184.216.34', true],
    ['1.1.1.1', true],
    ['11.0.0.1', true],
    ['100.63.255.255', true],
    ['100.128.0.0', true],
    ['172.15.255.255', true],
    ['172.32.0.0', true],
    ['198.17.255.255', true],
    ['198.20.0.0', true],
    ['223.255.255.255', true],
    ['2606:2800:220:1:248:1893:25c8:1946', true],
    ['2001:4860:4860::8888', true],
    ['2a00:1450:4001::1', true],
    ['::ffff:8.8.8.8', true],
    ['64:ff9b::808:808', true],
    ['64:ff9b::8.8.4.4', true],
    ['127.0.0.1', false],
    ['::ffff:127.0.0.1', false],
    ['64:ff9b::7f00:1', false],
    ['::127.0.0.1', false],
    ['2002:7f00:1::', false],
    ['192.0.2.1', false],
    ['198.51.100.1', false],
    ['203.0.113.1', false],
    ['not-an-ip', false],
    ['', false],
    ['1.2.3', false],
    ['::ffff:999.0.0.1', false]
  ])('isPublicAddress(%s) is %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected)
  })
})
