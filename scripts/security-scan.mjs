// Security scan, run by `npm test` (`node scripts/security-scan.mjs`). It judges what ships, never source text:
// 1. Electronegativity (Doyensec's Electron auditor) over the built app in out/, with the installed Electron version.
// 2. The built main process and preload, run against the stand-in Electron of the unit tests: every window's
//    webPreferences, permissions, spell check, navigation, new windows, the app:// scheme, the IPC channels and
//    their sender check, what the preload exposes (scripts/security/desktop-checks.mjs).
// 3. Configuration and built files: the whole CSP (meta tag against the header), the fuses of the packaged app,
//    browser mode's bind address, token and headers, eval in the shipped bundles (scripts/security/config-checks.mjs).
// Source-level rules (no eval, no dangerouslySetInnerHTML, no executeJavaScript) are eslint's (eslint.config.js).
// Fails on any finding above informational that is not in REVIEWED (each with the reason it is safe).
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildIfStale } from './build-if-stale.mjs'
import { runBuiltApp } from './security/built-app.mjs'
import { checkBrowserMode, checkCsp, checkDynamicCode, checkFuses } from './security/config-checks.mjs'
import { checkDesktopApp } from './security/desktop-checks.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Findings looked at by a person; the reason is printed with each so it can be re-judged. */
const REVIEWED = [
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    why: 'every URL reaching shell.openExternal has passed checkExternalUrl (http and https only): the scan hands file:// to window.open and openExternal and checks it never reaches the OS'
  },
  {
    check: 'PRELOAD_JS_CHECK',
    why: 'the preload exposes only the contract methods (ipcRenderer.invoke per method, long answers asked for in parts on answer-part), the command channel and the chosen-file path; the scan runs it and checks what it exposes'
  },
  {
    check: 'CSP_GLOBAL_CHECK',
    severity: 'LOW',
    why: "style-src allows 'unsafe-inline' for React style attributes; styles cannot run script, and script-src is 'self' only"
  }
]

const findings = []
const add = (check, severity, file, detail) => findings.push({ check, severity, file, detail })

/**
 * The words of a finding's line near its column. Electronegativity's sample is the whole line, and a line of the
 * minified renderer bundle is most of the bundle (tens of kilobytes in every `npm test` log).
 */
function around(line, column, before = 60, after = 100) {
  if (line.length <= before + after) return line
  const start = Math.max(0, column - before)
  const end = Math.min(line.length, column + after)
  return `${start > 0 ? '…' : ''}${line.slice(start, end)}${end < line.length ? '…' : ''}`
}

/** Electronegativity's own API: its command line writes the CSV header and the rows in two racing writes. */
async function runElectronegativity() {
  let run
  try {
    run = (await import('@doyensec/electronegativity')).default
  } catch {
    return console.log('security-scan: electronegativity is not installed; built-in checks only.')
  }
  const electronVersion = JSON.parse(
    readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')
  ).version
  const { issues, errors } = await run({
    input: join(root, 'out'),
    electronVersionOverride: electronVersion,
    isRelative: true,
    parserPlugins: []
  })
  for (const error of errors ?? [])
    add(
      'ELECTRONEGATIVITY_PARSE',
      'MEDIUM',
      `out/${error.file ?? ''}`,
      'a built file could not be parsed, so it was not checked'
    )
  for (const issue of issues) {
    add(
      issue.id,
      issue.severity.name.toUpperCase(),
      `out/${issue.file}:${issue.location.line}:${issue.location.column}`,
      around(issue.sample ?? '', issue.location.column)
    )
  }
}

if (buildIfStale(root, { stdio: ['ignore', 2, 2] }))
  console.log('security-scan: built the app first (out/ was older than src/).')
const work = mkdtempSync(join(tmpdir(), 'factdesk-scan-'))
mkdirSync(join(work, 'serve-data'))
await runElectronegativity()
const app = await runBuiltApp(root)
const policy = await checkDesktopApp(app, add)
checkCsp(root, policy, add)
await checkFuses(root, add)
await checkBrowserMode(root, policy, join(work, 'serve-data'), add)
checkDynamicCode(root, add)

let failed = 0
for (const finding of findings) {
  const reviewed = REVIEWED.find((r) => r.check === finding.check && (!r.severity || r.severity === finding.severity))
  const informational = finding.severity === 'INFORMATIONAL'
  const tag = reviewed ? 'reviewed' : informational ? 'info' : 'FAIL'
  if (!reviewed && !informational) failed += 1
  console.log(
    `${tag.padEnd(8)} ${finding.severity.padEnd(6)} ${finding.check} ${finding.file}  ${finding.detail}${reviewed ? `\n         why: ${reviewed.why}` : ''}`
  )
}
console.log(`security-scan: ${findings.length} finding(s), ${failed} unreviewed above informational.`)
process.exit(failed > 0 ? 1 : 0)
