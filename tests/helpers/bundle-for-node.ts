/**
 * A TypeScript module bundled into one plain ES module that `node` (a child process) or a worker
 * thread can run by path: vitest's TypeScript transform does not reach inside either. Tests that
 * time or bound a run (CPU time, peak memory) use a child process so their figures come from a fresh
 * heap, not from a test worker that has been running for minutes.
 */
import { join } from 'node:path'
import { build } from 'esbuild'
import { tempDir } from './temp-dir'

export async function bundleForNode(entry: string, prefix = 'factdesk-bundle-'): Promise<string> {
  const outfile = join(tempDir(prefix), 'bundle.mjs')
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // Bundled CommonJS packages (mammoth) call require(): give the ES module one.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
  })
  return outfile
}
