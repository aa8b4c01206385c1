/**
 * Build once before the end-to-end tests when the built app is older than its sources: the tests
 * must drive the code in the working tree, not yesterday's bundle.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

function newestMtime(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

function oldestOutput(paths: string[]): number {
  let oldest = Infinity
  for (const path of paths) {
    if (!existsSync(path)) return 0
    oldest = Math.min(oldest, statSync(path).mtimeMs)
  }
  return oldest
}

export default function globalSetup(): void {
  const sources = Math.max(newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'electron.vite.config.ts')), newestMtime(join(ROOT, 'resources')))
  const built = oldestOutput(['out/renderer/index.html', 'out/main/index.js', 'out/cli/index.mjs'].map((p) => join(ROOT, p)))
  if (built >= sources) return
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' })
  execFileSync('node', ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'inherit' })
}
