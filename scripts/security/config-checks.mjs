// The security settings that live in configuration and built files rather than in a running process: the whole
// Content Security Policy (the page's meta tag against the header both shells send), the fuses electron-builder's
// afterPack hook sets, the browser-mode server's bind address and headers, and dynamic code in the shipped bundles.
import { spawn } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Directive → sources, in order. */
function parsePolicy(policy) {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources])
  )
}

const show = (map) => [...map].map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ')

/** Sources a directive may name: nothing remote, no eval, inline only for styles (React's style attributes). */
const ALLOWED_SOURCES = { 'img-src': ["'self'", 'data:'], 'style-src': ["'self'", "'unsafe-inline'"] }
const REQUIRED = {
  'default-src': "'self'",
  'script-src': "'self'",
  'object-src': "'none'",
  'frame-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'"
}

export function checkCsp(root, headerPolicy, add) {
  const where = 'out/renderer/index.html'
  if (!headerPolicy) return add('CSP_HEADER', 'HIGH', 'out/main/index.js', 'no CSP header on app:// responses')
  const header = parsePolicy(headerPolicy)
  for (const [name, value] of Object.entries(REQUIRED)) {
    if (header.get(name)?.join(' ') !== value)
      add('CSP_WEAK', 'HIGH', 'csp.ts', `${name} is "${header.get(name)?.join(' ') ?? 'missing'}", must be ${value}`)
  }
  for (const [name, sources] of header) {
    const allowed = ALLOWED_SOURCES[name] ?? ["'self'", "'none'"]
    const extra = sources.filter((source) => !allowed.includes(source))
    if (extra.length > 0) add('CSP_WEAK', 'HIGH', 'csp.ts', `${name} allows ${extra.join(' ')}`)
  }
  const html = readFileSync(join(root, where), 'utf8')
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)].map(
    (match) => match[1]
  )
  if (metas.length !== 1) return add('CSP_META', 'HIGH', where, `${metas.length} CSP meta tags`)
  // Browsers ignore frame-ancestors in a meta tag; everything else must be the header's policy, word for word.
  const expected = new Map([...header].filter(([name]) => name !== 'frame-ancestors'))
  if (show(parsePolicy(metas[0])) !== show(expected))
    add('CSP_META_DIFFERS', 'HIGH', where, `meta "${metas[0]}" is not the header's "${show(expected)}"`)
}

/** What must hold in the packaged binary; afterPack sets them (scripts/after-pack.mjs). */
const REQUIRED_FUSES = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  GrantFileProtocolExtraPrivileges: false,
  OnlyLoadAppFromAsar: true,
  EnableEmbeddedAsarIntegrityValidation: true
}

export async function checkFuses(root, add) {
  const { FUSES, fuseConfig } = await import(pathToFileURL(join(root, 'scripts', 'after-pack.mjs')).href)
  for (const [name, value] of Object.entries(REQUIRED_FUSES)) {
    if (FUSES[name] !== value)
      add('FUSE', 'HIGH', 'scripts/after-pack.mjs', `${name} is ${FUSES[name]}, must be ${value}`)
  }
  if (fuseConfig('linux', 'x64').strictlyRequireAllFuses !== true)
    add('FUSE', 'MEDIUM', 'scripts/after-pack.mjs', 'a fuse nobody set would be inherited')
  const { getConfig } = await import('app-builder-lib/out/util/config/config.js')
  const config = await getConfig(root, null, null)
  if (config.afterPack !== './scripts/after-pack.mjs')
    add('FUSE', 'HIGH', 'electron-builder.yml', `afterPack is ${config.afterPack}`)
  if (config.asar === false)
    add('FUSE', 'HIGH', 'electron-builder.yml', 'asar is off: OnlyLoadAppFromAsar would find no app')
  if (config.electronFuses)
    add('FUSE', 'MEDIUM', 'electron-builder.yml', 'electronFuses would flip fuses a second time, after afterPack')
  if (config.publish !== null)
    add('PUBLISH', 'MEDIUM', 'electron-builder.yml', 'the app publishes or checks for updates')
}

/** Starts browser mode from the built CLI and checks where it listens and what it sends. */
export async function checkBrowserMode(root, headerPolicy, dataDir, add) {
  const where = 'out/cli/index.mjs (factdesk serve)'
  const child = spawn(process.execPath, [join(root, 'bin', 'factdesk.js'), 'serve', '--no-open', '--port', '0'], {
    cwd: root,
    env: { ...process.env, FACTDESK_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'ignore']
  })
  try {
    const url = await new Promise((resolve, reject) => {
      let out = ''
      const timer = setTimeout(() => reject(new Error('factdesk serve printed no address in 20 s')), 20_000)
      child.stdout.on('data', (chunk) => {
        out += chunk
        if (out.includes('\n')) resolve((clearTimeout(timer), out.split('\n')[0].trim()))
      })
      child.on('exit', (code) => reject(new Error(`factdesk serve exited with ${code}`)))
    })
    const address = new URL(url)
    if (address.hostname !== '127.0.0.1') add('SERVER_NOT_LOOPBACK', 'HIGH', where, `listens on ${address.hostname}`)
    if (!/^[0-9a-f]{64}$/.test(address.searchParams.get('token') ?? ''))
      add('SERVER_TOKEN', 'HIGH', where, 'no 256-bit token')
    const page = await fetch(url)
    if (page.headers.get('content-security-policy') !== headerPolicy)
      add('CSP_HEADER', 'HIGH', where, 'browser mode sends another CSP than the desktop app')
    const api = await fetch(new URL('/api/getSettings', address), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}'
    })
    if (api.status !== 401) add('SERVER_TOKEN', 'HIGH', where, `an API call without the token answers ${api.status}`)
  } finally {
    child.kill()
  }
}

/** eval and the Function constructor in the bundles that ship (the renderer's own code has neither). */
export function checkDynamicCode(root, add) {
  for (const file of ['out/main/index.js', 'out/preload/index.cjs', ...listAssets(root)]) {
    const text = readFileSync(join(root, file), 'utf8')
    const found = text.match(/(?<![.\w$])eval\s*\(|\bnew Function\s*\(/)
    if (found) add('DYNAMIC_CODE', 'HIGH', file, `"${found[0]}" at character ${found.index}`)
  }
}

/** Every script the renderer ships: the page's entry and the chunks it loads (render-app.tsx is one). */
function listAssets(root) {
  const assets = join(root, 'out', 'renderer', 'assets')
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => `out/renderer/assets/${name}`)
}
