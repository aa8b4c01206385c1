/**
 * Serves the built renderer (out/renderer) read-only. Paths are resolved inside the folder and
 * anything escaping it (../, encoded or not), hidden files and unknown types are answered 404.
 * The desktop app's app:// protocol (src/main/electron/app-protocol.ts) resolves its paths here too.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, normalize, resolve, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8'
}

/** The Content-Type of a file resolveStaticPath answered. */
export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

/** The file under `root` for a URL path, or null when it is not one we serve. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const relativePath = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  if (relativePath.split(/[\\/]/).some((part) => part.startsWith('.'))) return null
  const base = resolve(root)
  const full = resolve(base, normalize(relativePath))
  if (full !== base && !full.startsWith(base + sep)) return null
  if (!CONTENT_TYPES[extname(full).toLowerCase()]) return null
  return full
}

/** Streams the file; answers false when there is nothing to serve (the caller sends 404). */
export async function serveStatic(
  root: string,
  urlPath: string,
  response: ServerResponse,
  headOnly: boolean
): Promise<boolean> {
  const path = resolveStaticPath(root, urlPath)
  if (!path) return false
  const info = await stat(path).catch(() => null)
  if (!info || !info.isFile()) return false
  response.statusCode = 200
  response.setHeader('Content-Type', contentTypeOf(path))
  response.setHeader('Content-Length', String(info.size))
  // index.html changes with every build; hashed assets could be cached, but a local server is fast enough.
  response.setHeader('Cache-Control', 'no-store')
  if (headOnly) {
    response.end()
    return true
  }
  await new Promise<void>((done) => {
    const stream = createReadStream(path)
    stream.on('error', () => {
      response.destroy()
      done()
    })
    stream.on('end', () => done())
    stream.pipe(response)
  })
  return true
}
