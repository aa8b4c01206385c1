/**
 * The import worker as tests run it: src/main/services/import-worker.ts bundled once per test process with esbuild
 * (as scripts/build-cli.mjs builds it), packages included so the file runs from a temp folder. A worker thread loads
 * plain JavaScript by path; vitest's TypeScript transform does not reach inside it.
 */
import { join } from 'node:path'
import { bundleForNode } from './bundle-for-node'

let built: Promise<string> | null = null

export function builtImportWorker(): Promise<string> {
  built ??= bundleForNode(
    join(__dirname, '..', '..', 'src', 'main', 'services', 'import-worker.ts'),
    'factdesk-worker-'
  )
  return built
}
