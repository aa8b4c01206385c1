/**
 * `factdesk serve [FILE] [--port N] [--no-open]`: browser mode. The same UI and services as the
 * desktop app, on 127.0.0.1 only. The first line of stdout is the address to open, secret token
 * included (scripts and tests read it); everything else goes to stderr.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultDataDir, ensureDir, findAppRoot } from '../../main/services/data-dir'
import { launchAppWindow, type LaunchedBrowser } from '../../main/web/browser-launch'
import { startWebServer } from '../../main/web/server'

const USAGE = 'usage: factdesk serve [FILE] [--port N] [--no-open]'
/** A browser window that closes sooner than this failed to start rather than being closed by the user. */
const BROWSER_START_GRACE_MS = 5000

interface ServeArgs {
  file: string | null
  port: number
  open: boolean
}

export function parseServeArgs(args: string[]): ServeArgs | string {
  const parsed: ServeArgs = { file: null, port: 0, open: true }
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]
    if (arg === '--no-open') parsed.open = false
    else if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg === '--port' ? args[(i += 1)] : arg.slice('--port='.length)
      const port = Number(value)
      if (!value || !Number.isInteger(port) || port < 0 || port > 65535)
        return `--port needs a number from 0 to 65535, not "${value ?? ''}"`
      parsed.port = port
    } else if (arg.startsWith('-')) return `unknown option ${arg}; ${USAGE}`
    else if (parsed.file) return `only one FILE can be opened; ${USAGE}`
    else parsed.file = resolve(arg)
  }
  return parsed
}

/** The built renderer; FACTDESK_RENDERER_DIR points at another build (tests, packaging). */
function rendererDir(root: string): string {
  return process.env.FACTDESK_RENDERER_DIR ? resolve(process.env.FACTDESK_RENDERER_DIR) : join(root, 'out', 'renderer')
}

function ensureRenderer(root: string): string | null {
  const dir = rendererDir(root)
  if (existsSync(join(dir, 'index.html'))) return dir
  console.error('factdesk serve: the interface is not built yet; building it once with `npx electron-vite build`…')
  // Build output goes to stderr: stdout's first line is reserved for the address.
  spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 2, 2] })
  return existsSync(join(dir, 'index.html')) ? dir : null
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseServeArgs(args)
  if (typeof parsed === 'string') return complain(parsed)
  if (parsed.file && !existsSync(parsed.file)) return complain(`${parsed.file} does not exist`)
  const root = findAppRoot(import.meta.url)
  const staticDir = ensureRenderer(root)
  if (!staticDir)
    return complain(
      `the interface could not be built (no ${join(rendererDir(root), 'index.html')}); run \`npx electron-vite build\` and look at its errors`
    )
  const dataDir = ensureDir(defaultDataDir())

  let server
  try {
    server = await startWebServer({
      port: parsed.port,
      dataDir,
      file: parsed.file ?? undefined,
      staticDir,
      // Built beside this bundle by scripts/build-cli.mjs: drafts are read there while the server keeps answering.
      importWorker: fileURLToPath(new URL('./import-worker.mjs', import.meta.url))
    })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return complain(
      code === 'EADDRINUSE'
        ? `port ${parsed.port} is already in use; pick another with --port or use --port 0`
        : (error as Error).message
    )
  }
  console.log(server.url)
  console.error('Factdesk is running in browser mode, reachable from this computer only. Press Ctrl+C to stop.')

  const browser: LaunchedBrowser | null = parsed.open ? await launchAppWindow(server.url, dataDir) : null
  if (parsed.open && !browser) console.error('No Chromium or Chrome found: open the address above in your browser.')

  const stopped = new Promise<void>((done) => {
    process.once('SIGINT', () => done())
    process.once('SIGTERM', () => done())
    void browser?.exited.then(({ code, ranMs }) => {
      // Closing the app window ends the session, like closing the desktop app.
      if (ranMs >= BROWSER_START_GRACE_MS) return done()
      console.error(`The browser window could not start (exit code ${code}); open the address above in your browser.`)
    })
  })
  await stopped
  await browser?.dispose()
  await server.close()
  return 0
}

function complain(message: string): number {
  console.error(`factdesk serve: ${message}`)
  return 1
}
