import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SaveResult, Session } from '../../src/shared/contract'
import type { Result } from '../../src/shared/result'
import { startWebServer, type WebServer } from '../../src/main/web/server'
import { CONTENT_SECURITY_POLICY } from '../../src/main/services/csp'
import { ownerPathFor } from '../../src/main/services/case-owners'
import { tempDir } from '../helpers/temp-dir'

const SAMPLE = join(__dirname, '..', '..', 'resources', 'sample-article.txt')

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** Raw HTTP, so tests can send the Host and Origin headers an attacker would. */
function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string }
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

describe('browser-mode server', () => {
  let server: WebServer
  let dataDir: string
  const apiHeaders = () => ({
    host: `127.0.0.1:${server.port}`,
    'content-type': 'application/json',
    'x-factdesk-token': server.token
  })
  const call = async <T>(method: string, input: unknown): Promise<Result<T>> => {
    const reply = await send(server.port, {
      method: 'POST',
      path: `/api/${method}`,
      headers: apiHeaders(),
      body: JSON.stringify(input)
    })
    expect(reply.status).toBe(200)
    return JSON.parse(reply.body) as Result<T>
  }

  beforeAll(async () => {
    const staticDir = tempDir()
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Factdesk</title>')
    mkdirSync(join(staticDir, 'assets'))
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)')
    dataDir = tempDir()
    server = await startWebServer({ port: 0, dataDir, staticDir, maxBodyBytes: 64 * 1024 })
  })
  afterAll(() => server.close())

  it('binds 127.0.0.1 only and hands out a URL with a 256-bit token', async () => {
    expect(server.address).toBe('127.0.0.1')
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`)
    expect(server.token).toMatch(/^[0-9a-f]{64}$/)
    const lanAddress = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)?.address
    if (lanAddress) {
      const reached = await new Promise<boolean>((resolve) => {
        const req = httpRequest({ host: lanAddress, port: server.port, path: '/' }, () => resolve(true))
        req.on('error', () => resolve(false))
        req.end()
      })
      expect(reached).toBe(false)
    }
  })

  it('serves the built UI with the CSP and hardening headers', async () => {
    const page = await send(server.port, {
      path: `/?token=${server.token}`,
      headers: { host: `127.0.0.1:${server.port}` }
    })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>Factdesk</title>')
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect(page.headers['referrer-policy']).toBe('no-referrer')
    const script = await send(server.port, { path: '/assets/app.js', headers: { host: `localhost:${server.port}` } })
    expect(script.headers['content-type']).toMatch(/^text\/javascript/)
  })

  it('serves nothing outside its folder', async () => {
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fpackage.json', '/.env']) {
      const reply = await send(server.port, { path, headers: { host: `127.0.0.1:${server.port}` } })
      expect(reply.status).toBe(404)
    }
  })

  it('requires the token for the API (401)', async () => {
    const none = await send(server.port, {
      method: 'POST',
      path: '/api/getSettings',
      headers: { ...apiHeaders(), 'x-factdesk-token': '' },
      body: '{}'
    })
    expect(none.status).toBe(401)
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    const wrong = await send(server.port, {
      method: 'POST',
      path: '/api/getSettings',
      headers: { ...apiHeaders(), 'x-factdesk-token': 'a'.repeat(64) },
      body: '{}'
    })
    expect(wrong.status).toBe(401)
  })

  it('refuses a foreign Host, as in DNS rebinding (403), even with the token', async () => {
    const reply = await send(server.port, {
      method: 'POST',
      path: '/api/getSettings',
      headers: { ...apiHeaders(), host: `evil.example:${server.port}` },
      body: '{}'
    })
    expect(reply.status).toBe(403)
    const page = await send(server.port, { path: '/', headers: { host: `evil.example:${server.port}` } })
    expect(page.status).toBe(403)
  })

  it('refuses a foreign Origin (403) and accepts its own', async () => {
    const foreign = await send(server.port, {
      method: 'POST',
      path: '/api/getSettings',
      headers: { ...apiHeaders(), origin: 'http://evil.example' },
      body: '{}'
    })
    expect(foreign.status).toBe(403)
    const own = await send(server.port, {
      method: 'POST',
      path: '/api/getSettings',
      headers: { ...apiHeaders(), origin: `http://127.0.0.1:${server.port}` },
      body: '{}'
    })
    expect(own.status).toBe(200)
  })

  it('answers 400 with a Result for a body that is not JSON, 404 for an unknown method', async () => {
    const reply = await send(server.port, {
      method: 'POST',
      path: '/api/getSettings',
      headers: apiHeaders(),
      body: '{not json'
    })
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    const unknown = await send(server.port, {
      method: 'POST',
      path: '/api/shutdown',
      headers: apiHeaders(),
      body: '{}'
    })
    expect(unknown.status).toBe(404)
  })

  it('refuses oversized bodies (413), declared or streamed', async () => {
    const declared = await send(server.port, {
      method: 'POST',
      path: '/api/openFile',
      headers: { ...apiHeaders(), 'content-length': String(10 * 1024 * 1024) },
      body: ''
    })
    expect(declared.status).toBe(413)
    const big = JSON.stringify({ fileName: 'big.txt', base64: 'A'.repeat(128 * 1024) })
    const streamed = await send(server.port, {
      method: 'POST',
      path: '/api/openFile',
      headers: { ...apiHeaders(), 'transfer-encoding': 'chunked' },
      body: big
    })
    expect(streamed.status).toBe(413)
  })

  it('opens no path the checker did not choose: a page cannot pick files, it uploads them', async () => {
    const article = join(tempDir(), 'water.txt')
    copyFileSync(SAMPLE, article)
    const byPath = await call<Session>('openFile', { path: article })
    expect(byPath.ok ? 'ok' : byPath.error.code).toBe('forbidden-path')
    expect(existsSync(`${article}.factdesk.json`)).toBe(false)
  })

  it('closes the case for a tab going away by its pagehide beacon: the token in the body, else 401', async () => {
    const viewer = 'tab-beacon-0123'
    const opened = await call<Session>('openFile', {
      fileName: 'beacon.txt',
      base64: readFileSync(SAMPLE).toString('base64'),
      viewer
    })
    if (!opened.ok) throw new Error(opened.error.message)
    const { casePath } = opened.value
    // What sendBeacon sends for a string: text/plain, no header of ours.
    const beacon = (body: unknown, headers: Record<string, string> = {}) =>
      send(server.port, {
        method: 'POST',
        path: '/beacon/closeCase',
        headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'text/plain;charset=UTF-8', ...headers },
        body: JSON.stringify(body)
      })
    expect((await beacon({ casePath, viewer })).status).toBe(401)
    expect((await beacon({ token: 'a'.repeat(64), casePath, viewer })).status).toBe(401)
    expect((await beacon({ token: server.token, casePath, viewer }, { origin: 'http://evil.example' })).status).toBe(
      403
    )
    expect(
      (await send(server.port, { path: '/beacon/closeCase', headers: { host: `127.0.0.1:${server.port}` } })).status
    ).toBe(405)
    expect(existsSync(ownerPathFor(casePath))).toBe(true)
    const left = await beacon({ token: server.token, casePath, viewer })
    expect(left.status).toBe(200)
    expect(JSON.parse(left.body)).toEqual({ ok: true, value: null })
    // This Factdesk no longer says it has the case open.
    expect(existsSync(ownerPathFor(casePath))).toBe(false)
    // Only closeCase, its input checked as the API's: a path the checker never opened is refused.
    const elsewhere = await beacon({ token: server.token, casePath: '/etc/other.factdesk.json', viewer })
    expect(JSON.parse(elsewhere.body)).toMatchObject({ ok: false })
  })

  it('round-trips a case: upload an article, save a status, read it back', async () => {
    const opened = await call<Session>('openFile', {
      fileName: 'water.txt',
      base64: readFileSync(SAMPLE).toString('base64')
    })
    if (!opened.ok) throw new Error(opened.error.message)
    const session = opened.value
    const edited = {
      ...session.case,
      items: session.case.items.map((item, i) => (i === 0 ? { ...item, status: 'verified', state: 'accepted' } : item))
    }
    const saved = await call<{ fingerprint: string; savedAt: string }>('saveCase', {
      casePath: session.casePath,
      case: edited,
      fingerprint: session.fingerprint
    })
    if (!saved.ok) throw new Error(saved.error.message)
    // The same change saved again from the version before it (a second window): merged, nothing clashes.
    const stale = await call<SaveResult>('saveCase', {
      casePath: session.casePath,
      case: edited,
      fingerprint: session.fingerprint
    })
    if (!stale.ok) throw new Error(stale.error.message)
    expect(stale.value.merged?.conflicts).toBeUndefined()
    const reopened = await call<Session>('openFile', { path: session.casePath })
    if (!reopened.ok) throw new Error(reopened.error.message)
    expect(reopened.value.case.items[0].status).toBe('verified')
    expect(reopened.value.fingerprint).toBe(stale.value.fingerprint)
    const startup = await call<{ mode: string }>('getStartup', undefined)
    expect(startup.ok && startup.value.mode).toBe('browser')
  })
})
