/**
 * Browser mode: the same UI and API as the desktop app, served over loopback HTTP with node:http.
 * The page is http://127.0.0.1:<port>/?token=<secret>; the UI sends the secret back on every API
 * call (POST /api/<method>, JSON body = the method's input, JSON answer = its Result).
 * See request-guard.ts for who is allowed in and docs/SECURITY.md for why.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { API_METHODS, LEAVE_BEACON_PATH } from '../../shared/contract'
import { fail, type Result } from '../../shared/result'
import { callApi, createApiService, type ApiDeps } from '../services/api'
import { MAX_BASE64_CHARS, MAX_UPLOAD_BYTES } from '../services/api-inputs'
import { appServices } from '../services/app-services'
import { MAX_IMPORT_BYTES } from '../../core/import/errors'
import { draftEngineFor } from '../services/worker-engine'
import { SECURITY_HEADERS } from '../services/csp'
import { findAppRoot } from '../services/data-dir'
import { jsonChunks, jsonChunksYielding } from './json-answer'
import { checkSite, checkToken, tokenMatches } from './request-guard'
import { serveStatic } from './static-files'

const MEGABYTE = 1024 * 1024
/**
 * The largest request: a whole case saved for a draft at the import limit (text, extraction, notes and
 * their history) with room to spare. Uploads are bounded far below it by MAX_BASE64_CHARS.
 */
export const MAX_BODY_BYTES = Math.max(80 * MEGABYTE, MAX_BASE64_CHARS + MEGABYTE)
/** pagehide's beacon: a case path (at most 4,096 characters), a window id and the token, far less than this. */
const MAX_BEACON_BYTES = 16 * 1024

export interface WebServerOptions {
  /** 0 or absent: a free port chosen by the system. */
  port?: number
  dataDir: string
  /** FILE from the command line, opened by the first getStartup. */
  file?: string
  /** The built renderer (out/renderer). */
  staticDir: string
  /** Extra or replacement API dependencies (tests: snapshot options, a fake opener). */
  apiDeps?: Partial<ApiDeps>
  /** Largest request body accepted; defaults to MAX_BODY_BYTES. */
  maxBodyBytes?: number
  /**
   * The built import worker (import-worker.mjs beside the CLI bundle): drafts are read and extracted there, so the
   * server keeps answering meanwhile. Absent: in-process (tests that do not need it).
   */
  importWorker?: string
}

export interface WebServer {
  url: string
  token: string
  port: number
  /** The address actually bound (always 127.0.0.1). */
  address: string
  close(): Promise<void>
}

function sendJson(response: ServerResponse, status: number, body: Result<unknown>): Promise<void> {
  return sendChunks(response, status, jsonChunks(body))
}

/** An API method's answer: made a slice at a time (json-answer.ts), so other calls are answered meanwhile. */
async function sendAnswer(response: ServerResponse, body: Result<unknown>): Promise<void> {
  await sendChunks(response, 200, await jsonChunksYielding(body))
}

/** Resolves when the socket has taken what it holds (or the response is gone: nobody is left to read). */
function drained(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done).off('close', done)
      resolve()
    }
    response.on('drain', done).on('close', done)
  })
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * In chunks, never one string: a session for a draft at the size limit is some 50 MB of JSON (json-answer.ts). Each
 * chunk is written once the socket has taken the ones before, the event loop given a turn between chunks, so the
 * answer never piles up in memory and a save asked meanwhile is answered between two chunks.
 */
async function sendChunks(response: ServerResponse, status: number, chunks: Buffer[]): Promise<void> {
  response.statusCode = status
  response.setHeader('Content-Type', 'application/json; charset=utf-8')
  response.setHeader('Cache-Control', 'no-store')
  response.setHeader('Content-Length', String(chunks.reduce((sum, chunk) => sum + chunk.length, 0)))
  for (const [n, chunk] of chunks.entries()) {
    if (response.destroyed) return
    if (!response.write(chunk)) await drained(response)
    else if (n < chunks.length - 1) await nextTurn()
  }
  response.end()
}

class BodyTooLarge extends Error {}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0)
    if (declared > limit) return reject(new BodyTooLarge())
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        request.removeAllListeners('data')
        reject(new BodyTooLarge())
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolveBody(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = randomBytes(32).toString('hex')
  // Answers are written as JSON here: the worker sends what is only answered as its JSON (case-transfer.ts).
  // The first open's work (the command-line draft, else the last case) is begun now, while the browser starts
  // (draft-work.ts 'warm').
  const first = { kind: 'warm' as const, file: options.file ? { path: options.file } : null, dataDir: options.dataDir }
  const engine = options.importWorker ? draftEngineFor(options.importWorker, { json: true }, first) : undefined
  const api = createApiService({
    dataDir: options.dataDir,
    resourcesDir: join(findAppRoot(import.meta.url), 'resources'),
    mode: 'browser',
    launchFile: options.file ?? null,
    engine,
    ...appServices(options.dataDir, { engine }),
    ...options.apiDeps
  })
  let port = 0
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') return sendJson(response, 405, fail('method-not-allowed', 'API calls use POST.'))
    if (!(API_METHODS as readonly string[]).includes(method))
      return sendJson(response, 404, fail('unknown-method', `There is no API method called "${method}".`))
    const tokenVerdict = checkToken(request, token)
    if (!tokenVerdict.ok) return sendJson(response, tokenVerdict.status, fail('unauthorized', tokenVerdict.message))
    if (!(request.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
      return sendJson(response, 415, fail('bad-request', 'API calls send JSON (Content-Type: application/json).'))
    }
    let body: Buffer
    try {
      body = await readBody(request, maxBody)
    } catch (error) {
      response.setHeader('Connection', 'close')
      if (error instanceof BodyTooLarge) {
        sendJson(
          response,
          413,
          fail(
            'too-large',
            `The request is larger than ${Math.round(maxBody / MEGABYTE)} MB; drafts up to ${MAX_IMPORT_BYTES / MEGABYTE} MB (Word files up to ${MAX_UPLOAD_BYTES / MEGABYTE} MB) can be opened.`
          )
        )
      } else {
        sendJson(response, 400, fail('bad-request', 'The request body could not be read.'))
      }
      response.on('finish', () => request.destroy())
      return
    }
    let input: unknown
    try {
      input = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'))
    } catch {
      return sendJson(response, 400, fail('bad-request', 'The request body is not valid JSON.'))
    }
    await sendAnswer(response, await callApi(api, method, input))
  }

  /**
   * A tab going away for good (closed, reloaded, navigated off) says so as it goes: its pagehide sends a beacon
   * (navigator.sendBeacon, client.ts leaveCase) here, and closeCase runs for that window, so the other tabs and other
   * Factdesks stop being told the case is open in it; before, they were until its 2 minutes of silence ran out (a tab
   * that ends without pagehide, a crash, still drops out so). A beacon can set no header: the token comes in the
   * body, checked as every API call's is, after the same Host and Origin checks. The body is JSON sent as text/plain
   * (what sendBeacon sends for a string, which any page may send: nothing happens without the token). closeCase is
   * the only method reached this way, its input validated and access-checked as the API's.
   */
  async function handleBeacon(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST') return sendJson(response, 405, fail('method-not-allowed', 'The beacon uses POST.'))
    let fields: Record<string, unknown> = {}
    try {
      const parsed: unknown = JSON.parse((await readBody(request, MAX_BEACON_BYTES)).toString('utf8'))
      if (parsed && typeof parsed === 'object') fields = parsed as Record<string, unknown>
    } catch {
      response.setHeader('Connection', 'close')
      sendJson(response, 400, fail('bad-request', 'The beacon is not a case path and a window id in JSON.'))
      response.on('finish', () => request.destroy())
      return
    }
    const { token: given, ...input } = fields
    if (!tokenMatches(typeof given === 'string' ? given : undefined, token))
      return sendJson(response, 401, fail('unauthorized', 'Refused: missing or wrong access token.'))
    return sendJson(response, 200, await callApi(api, 'closeCase', input))
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value)
    const site = checkSite(request, port)
    if (!site.ok) return sendJson(response, site.status, fail('forbidden', site.message))
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`)
    if (url.pathname.startsWith('/api/')) return handleApi(request, response, url.pathname.slice('/api/'.length))
    if (url.pathname === LEAVE_BEACON_PATH) return handleBeacon(request, response)
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendJson(response, 405, fail('method-not-allowed', 'Only GET and HEAD are served here.'))
    }
    if (await serveStatic(options.staticDir, url.pathname, response, request.method === 'HEAD')) return
    response.statusCode = 404
    response.setHeader('Content-Type', 'text/plain; charset=utf-8')
    response.end('Not found')
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, fail('internal', `Server error: ${(error as Error).message}`))
      else response.destroy()
    })
  })
  // Slow-loris defence: a request must arrive whole within a minute.
  server.requestTimeout = 60_000

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    // 127.0.0.1 only: never reachable from the network, whatever the firewall says.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen())
  })
  const bound = server.address() as AddressInfo
  port = bound.port

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    address: bound.address,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done())
        server.closeAllConnections()
      })
  }
}
