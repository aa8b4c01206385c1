import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeCase } from '../../src/main/services/case-store'
import { addEvidenceFile, evidenceDirFor } from '../../src/main/services/evidence'
import { isPublicAddress, snapshotUrl } from '../../src/main/services/snapshot'
import { checkExternalUrl } from '../../src/main/services/external'
import { tempDir } from '../helpers/temp-dir'
import { harbourCase } from './harbour-case'

const sha = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex')

async function newCase(): Promise<string> {
  const path = join(tempDir(), 'harbour.txt.factdesk.json')
  const saved = await writeCase(path, harbourCase(), '')
  if (!saved.ok) throw new Error(saved.error.message)
  return path
}

describe('evidence files', () => {
  it('copies a local file into <article>.evidence/ with its SHA-256, never overwriting', async () => {
    const casePath = await newCase()
    const source = join(tempDir(), 'council minutes.pdf')
    writeFileSync(source, '%PDF-1.4 minutes')
    const first = await addEvidenceFile(casePath, { path: source })
    writeFileSync(source, '%PDF-1.4 minutes, amended')
    const second = await addEvidenceFile(casePath, { path: source })
    if (!first.ok || !second.ok) throw new Error('expected ok')
    expect(first.value).toEqual({ filePath: 'harbour.txt.evidence/council minutes.pdf', fileName: 'council minutes.pdf', sha256: sha('%PDF-1.4 minutes') })
    expect(second.value.fileName).toBe('council minutes (2).pdf')
    expect(readFileSync(join(dirname(casePath), first.value.filePath), 'utf8')).toBe('%PDF-1.4 minutes')
    expect(evidenceDirFor(casePath)).toBe(join(dirname(casePath), 'harbour.txt.evidence'))
  })

  it('stores uploaded bytes under a safe name', async () => {
    const casePath = await newCase()
    const stored = await addEvidenceFile(casePath, { fileName: '../../escape.txt', base64: Buffer.from('note').toString('base64') })
    expect(stored.ok && stored.value.filePath).toBe('harbour.txt.evidence/escape.txt')
  })

  it('refuses a case path that is not an existing case file', async () => {
    const stored = await addEvidenceFile(join(tempDir(), 'nowhere.factdesk.json'), { fileName: 'a.txt', base64: '' })
    expect(stored.ok ? 'ok' : stored.error.code).toBe('not-found')
  })

  it('names a missing source file', async () => {
    const stored = await addEvidenceFile(await newCase(), { path: '/no/such/file.pdf' })
    expect(stored.ok ? '' : stored.error.message).toContain('/no/such/file.pdf')
  })
})

describe('web snapshots', () => {
  let server: Server
  let base: string
  const page = '<html><body><p>Rates rise 7%</p></body></html>'

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/page') return response.end(page)
      if (request.url === '/moved') return response.writeHead(302, { location: '/page' }).end()
      if (request.url === '/to-file') return response.writeHead(302, { location: 'file:///etc/passwd' }).end()
      if (request.url === '/missing') return response.writeHead(404).end()
      // /slow never answers
      return undefined
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => {
    server.closeAllConnections()
    server.close()
  })

  it('saves the page with its SHA-256 and time (loopback allowed for the test only)', async () => {
    const casePath = await newCase()
    const at = new Date('2024-03-14T12:00:00.000Z')
    const snap = await snapshotUrl(casePath, `${base}/moved`, { allowLoopback: true, now: () => at })
    if (!snap.ok) throw new Error(snap.error.message)
    expect(snap.value.sha256).toBe(sha(page))
    expect(snap.value.at).toBe(at.toISOString())
    expect(snap.value.path).toMatch(/^harbour\.txt\.evidence\/snapshot-127\.0\.0\.1-2024-03-14T12-00-00-000Z\.html$/)
    expect(readFileSync(join(dirname(casePath), snap.value.path), 'utf8')).toBe(page)
  })

  it('refuses loopback and private addresses by default (SSRF)', async () => {
    const snap = await snapshotUrl(await newCase(), `${base}/page`)
    expect(snap.ok ? 'ok' : snap.error.code).toBe('blocked-address')
  })

  it('refuses other schemes, also behind a redirect', async () => {
    const casePath = await newCase()
    for (const url of ['file:///etc/passwd', 'ftp://example.org/x', 'javascript:alert(1)']) {
      const snap = await snapshotUrl(casePath, url)
      expect(snap.ok ? 'ok' : snap.error.code).toBe('unsupported-url')
    }
    const redirected = await snapshotUrl(casePath, `${base}/to-file`, { allowLoopback: true })
    expect(redirected.ok ? 'ok' : redirected.error.code).toBe('unsupported-url')
  })

  it('explains network failures, timeouts and HTTP errors, saving nothing', async () => {
    const casePath = await newCase()
    const closed = createServer()
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done))
    const deadPort = (closed.address() as AddressInfo).port
    await new Promise<void>((done) => closed.close(() => done()))
    const offline = await snapshotUrl(casePath, `http://127.0.0.1:${deadPort}/`, { allowLoopback: true })
    expect(offline.ok ? '' : offline.error.message).toMatch(/may be offline/)
    const slow = await snapshotUrl(casePath, `${base}/slow`, { allowLoopback: true, timeoutMs: 300 })
    expect(slow.ok ? 'ok' : slow.error.code).toBe('timeout')
    const missing = await snapshotUrl(casePath, `${base}/missing`, { allowLoopback: true })
    expect(missing.ok ? '' : missing.error.message).toContain('404')
  })

  it.each([
    ['127.0.0.1', false], ['10.1.2.3', false], ['172.20.0.1', false], ['192.168.1.1', false], ['169.254.169.254', false],
    ['100.64.0.1', false], ['0.0.0.0', false], ['::1', false], ['fe80::1', false], ['fd00::1', false], ['::ffff:127.0.0.1', false],
    ['93.184.216.34', true], ['2606:2800:220:1:248:1893:25c8:1946', true], ['not-an-ip', false]
  ])('isPublicAddress(%s) is %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected)
  })
})

describe('external links', () => {
  it.each([
    ['https://example.org/a?b=1', true], ['http://example.org', true], ['file:///etc/passwd', false],
    ['javascript:alert(1)', false], ['smb://share/x', false], ['not a url', false]
  ])('%s may be opened: %s', (url, allowed) => {
    expect(checkExternalUrl(url).ok).toBe(allowed)
  })
})
