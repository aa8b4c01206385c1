// `npm start` / `npm start -- FILE`: the desktop app, built first when out/ is missing or older
// than the sources. Where Electron's binary could not be downloaded (no network at install time),
// the same UI and services start in browser mode instead (`factdesk serve`).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// npm runs scripts from the project root; a relative FILE means relative to where npm was typed.
const userCwd = process.env.INIT_CWD ?? process.cwd()
const args = process.argv
  .slice(2)
  .map((arg, i, all) => (arg.startsWith('-') || all[i - 1] === '--port' ? arg : resolve(userCwd, arg)))

function newestMtime(path) {
  if (!existsSync(path)) return 0
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  let newest = 0
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)))
  return newest
}

function oldestMtime(paths) {
  return Math.min(...paths.map((path) => (existsSync(path) ? statSync(path).mtimeMs : 0)))
}

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' })
  return result.status === 0
}

const appOutputs = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].map((p) => join(root, p))
const sourcesChanged = Math.max(newestMtime(join(root, 'src')), newestMtime(join(root, 'electron.vite.config.ts')))
if (oldestMtime(appOutputs) < sourcesChanged) {
  console.log('Building Factdesk (electron-vite build)…')
  if (!run('npx', ['electron-vite', 'build'])) {
    console.error('npm start: the build failed (see above); fix it and run npm start again.')
    process.exit(1)
  }
}

/** Electron's binary, when its postinstall could download it (node_modules/electron/path.txt names it). */
function electronBinary() {
  const dir = join(root, 'node_modules', 'electron')
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

function forward(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

const electron = electronBinary()
if (electron) {
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE
  // Chromium will not start as root with its sandbox; only then is the OS sandbox turned off.
  const rootFlags = process.getuid?.() === 0 ? ['--no-sandbox'] : []
  if (rootFlags.length) console.error('Running as root: Electron starts with --no-sandbox.')
  forward(spawn(electron, [...rootFlags, root, ...args], { cwd: root, stdio: 'inherit', env }))
} else {
  console.error(
    "Electron's binary is not installed (it could not be downloaded here); starting browser mode instead — run `node node_modules/electron/install.js` where the network allows."
  )
  const cli = join(root, 'out', 'cli', 'index.mjs')
  if (!existsSync(cli) || statSync(cli).mtimeMs < sourcesChanged) {
    if (!run(process.execPath, [join(root, 'scripts', 'build-cli.mjs')])) process.exit(1)
  }
  forward(
    spawn(process.execPath, [join(root, 'bin', 'factdesk.js'), 'serve', ...args], { cwd: root, stdio: 'inherit' })
  )
}
