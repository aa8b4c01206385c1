// Security scan, run by `npm test` (`node scripts/security-scan.mjs`).
// 1. Electronegativity (Doyensec's Electron auditor) over src/, with the installed Electron version.
// 2. Built-in checks for what it misses or cannot see in TypeScript: the window's webPreferences,
//    CSP, navigation and permission handlers, one IPC wrapper, a narrow preload, loopback-only server.
// Fails on any finding above informational that is not in REVIEWED (each with the reason it is safe).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Findings looked at by a person; the reason is printed with each so it can be re-judged. */
const REVIEWED = [
  { check: 'OPEN_EXTERNAL_JS_CHECK', why: 'every URL reaching shell.openExternal passed checkExternalUrl (http/https only) in src/main/services/external.ts' },
  { check: 'PRELOAD_JS_CHECK', why: 'the preload exposes only the contract methods (ipcRenderer.invoke per method), the command channel and webUtils.getPathForFile' },
  { check: 'CSP_GLOBAL_CHECK', severity: 'LOW', why: "style-src allows 'unsafe-inline' for React style attributes; styles cannot run script, and script-src is 'self' only" }
]

const findings = []
const add = (check, severity, file, detail) => findings.push({ check, severity, file, detail })

function walk(dir, exts, out = []) {
  if (!existsSync(dir)) return out
  for (const name of readdirSync(dir)) {
    const full = join(dir, name)
    if (name === 'node_modules') continue
    if (statSync(full).isDirectory()) walk(full, exts, out)
    else if (exts.some((ext) => name.endsWith(ext))) out.push(full)
  }
  return out
}

function parseCsv(text) {
  const rows = []
  for (const line of text.split('\n').slice(1).filter(Boolean)) {
    const cells = []
    let cell = ''
    let quoted = false
    for (const ch of line) {
      if (ch === '"') quoted = !quoted
      else if (ch === ',' && !quoted) {
        cells.push(cell.trim())
        cell = ''
      } else cell += ch
    }
    cells.push(cell.trim())
    rows.push(cells)
  }
  return rows
}

function runElectronegativity() {
  const bin = join(root, 'node_modules', '.bin', 'electronegativity')
  if (!existsSync(bin)) return console.log('security-scan: electronegativity is not installed; built-in checks only.')
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version
  const out = join(mkdtempSync(join(tmpdir(), 'factdesk-scan-')), 'report.csv')
  const run = spawnSync(bin, ['-i', join(root, 'src'), '-e', electronVersion, '-r', '-o', out], { encoding: 'utf8', timeout: 180_000 })
  if (!existsSync(out)) {
    return console.log(`security-scan: electronegativity could not run (${(run.stderr || run.error?.message || 'no report').trim().split('\n').pop()}); built-in checks only.`)
  }
  for (const [check, severity, , file, location, sample] of parseCsv(readFileSync(out, 'utf8'))) {
    add(check, severity.toUpperCase(), `src/${file}:${location}`, sample)
  }
}

function builtInChecks() {
  const sources = walk(join(root, 'src'), ['.ts', '.tsx', '.html']).concat(walk(join(root, 'out', 'main'), ['.js']), walk(join(root, 'out', 'preload'), ['.cjs', '.js']))
  const forbidden = [
    [/nodeIntegration(InSubFrames|InWorker)?\s*:\s*true/, 'NODE_INTEGRATION', 'HIGH'],
    [/contextIsolation\s*:\s*false/, 'CONTEXT_ISOLATION', 'HIGH'],
    [/sandbox\s*:\s*false/, 'SANDBOX', 'HIGH'],
    [/webSecurity\s*:\s*false/, 'WEB_SECURITY', 'HIGH'],
    [/allowRunningInsecureContent\s*:\s*true/, 'INSECURE_CONTENT', 'HIGH'],
    [/experimentalFeatures\s*:\s*true/, 'EXPERIMENTAL_FEATURES', 'MEDIUM'],
    [/enableRemoteModule\s*:\s*true/, 'REMOTE_MODULE', 'HIGH'],
    [/webviewTag\s*:\s*true|<webview[\s>]/, 'WEBVIEW', 'HIGH'],
    [/\bnew Function\s*\(|(?<![.\w])eval\s*\(/, 'DYNAMIC_CODE', 'HIGH'],
    [/\.executeJavaScript\s*\(/, 'EXECUTE_JAVASCRIPT', 'MEDIUM'],
    [/dangerouslySetInnerHTML/, 'INNER_HTML', 'MEDIUM'],
    [/exposeInMainWorld\([^)]*ipcRenderer\s*\)/, 'RAW_IPC_EXPOSED', 'HIGH'],
    [/\.listen\([^)]*['"]0\.0\.0\.0['"]/, 'SERVER_ON_ALL_INTERFACES', 'HIGH']
  ]
  for (const file of sources) {
    const text = readFileSync(file, 'utf8')
    const rel = relative(root, file)
    text.split('\n').forEach((line, index) => {
      if (/^\s*(\*|\/\/|\/\*)/.test(line)) return // comments may name what they forbid
      for (const [pattern, check, severity] of forbidden) if (pattern.test(line)) add(check, severity, `${rel}:${index + 1}`, line.trim())
    })
    if (/shell\.openExternal\(/.test(text) && !/checkExternalUrl|url checked by/.test(text) && rel.startsWith('src')) {
      add('OPEN_EXTERNAL_UNCHECKED', 'HIGH', rel, 'shell.openExternal without checkExternalUrl in the same file')
    }
  }
  const mainText = walk(join(root, 'src', 'main'), ['.ts']).map((f) => readFileSync(f, 'utf8')).join('\n')
  const need = [
    [/will-navigate/, 'NAVIGATION_HANDLER_MISSING', 'will-navigate handler'],
    [/setWindowOpenHandler/, 'WINDOW_OPEN_HANDLER_MISSING', 'setWindowOpenHandler'],
    [/setPermissionRequestHandler/, 'PERMISSION_HANDLER_MISSING', 'setPermissionRequestHandler'],
    [/onHeadersReceived[\s\S]*SECURITY_HEADERS|SECURITY_HEADERS[\s\S]*onHeadersReceived/, 'CSP_HEADER_MISSING', 'CSP header on responses'],
    [/contextIsolation\s*:\s*true/, 'CONTEXT_ISOLATION_NOT_SET', 'contextIsolation: true'],
    [/sandbox\s*:\s*true/, 'SANDBOX_NOT_SET', 'sandbox: true'],
    [/listen\([^)]*'127\.0\.0\.1'/, 'SERVER_NOT_LOOPBACK', "browser-mode server bound to '127.0.0.1'"]
  ]
  for (const [pattern, check, what] of need) if (!pattern.test(mainText)) add(check, 'HIGH', 'src/main', `missing: ${what}`)
  const handles = (mainText.match(/ipcMain\.(handle|on|once|handleOnce)\(/g) ?? []).length
  if (handles !== 1) add('IPC_WRAPPER', 'MEDIUM', 'src/main', `expected one ipcMain.handle (the handle() wrapper), found ${handles}`)
  const html = join(root, 'src', 'renderer', 'index.html')
  const meta = existsSync(html) ? /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(readFileSync(html, 'utf8')) : null
  if (!meta) add('CSP_META_MISSING', 'HIGH', 'src/renderer/index.html', 'no CSP meta tag (file:// pages get no headers)')
  else if (!/script-src 'self'(;|$)/.test(meta[1]) || /unsafe-eval/.test(meta[1])) add('CSP_WEAK', 'HIGH', 'src/renderer/index.html', meta[1])
}

runElectronegativity()
builtInChecks()

let failed = 0
for (const finding of findings) {
  const reviewed = REVIEWED.find((r) => r.check === finding.check && (!r.severity || r.severity === finding.severity))
  const informational = finding.severity === 'INFORMATIONAL'
  const tag = reviewed ? 'reviewed' : informational ? 'info' : 'FAIL'
  if (!reviewed && !informational) failed += 1
  console.log(`${tag.padEnd(8)} ${finding.severity.padEnd(6)} ${finding.check} ${finding.file}  ${finding.detail}${reviewed ? `\n         why: ${reviewed.why}` : ''}`)
}
console.log(`security-scan: ${findings.length} finding(s), ${failed} unreviewed above informational.`)
process.exit(failed > 0 ? 1 : 0)
