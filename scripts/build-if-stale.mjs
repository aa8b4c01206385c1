// Builds the app (electron-vite) and the CLI once when the built output is older than its sources, so the
// end-to-end tests and the security scan look at the code in the working tree, not yesterday's bundle.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

function newestMtime(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

function oldestOutput(paths) {
  let oldest = Infinity
  for (const path of paths) {
    if (!existsSync(path)) return 0
    oldest = Math.min(oldest, statSync(path).mtimeMs)
  }
  return oldest
}

/** The built files everything else reads; all must be newer than every source. */
export const BUILT = [
  'out/renderer/index.html',
  'out/main/index.js',
  'out/main/import-worker.js',
  'out/preload/index.cjs',
  'out/cli/index.mjs',
  'out/cli/import-worker.mjs'
]

export function buildIfStale(root, { stdio = 'inherit' } = {}) {
  const inputs = ['src', 'electron.vite.config.ts', 'resources'].map((path) => newestMtime(join(root, path)))
  if (oldestOutput(BUILT.map((path) => join(root, path))) >= Math.max(...inputs)) return false
  execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio })
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, stdio })
  return true
}
