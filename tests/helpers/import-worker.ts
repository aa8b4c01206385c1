/**
 * The import worker as tests run it: src/main/services/import-worker.ts bundled once per test process with esbuild
 * (as scripts/build-cli.mjs builds it), packages included so the file runs from a temp folder. A worker thread loads
 * plain JavaScript by path; vitest's TypeScript transform does not reach inside it.
 */
import { join } from 'node:path'
import { build } from 'esbuild'
import { tempDir } from './temp-dir'

let built: Promise<string> | null = null

export function builtImportWorker(): Promise<string> {
  built ??= (async () => {
    const outfile = join(tempDir('factdesk-worker-'), 'import-worker.mjs')
    await build({
      entryPoints: [join(__dirname, '..', '..', 'src', 'main', 'services', 'import-worker.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      // Bundled CommonJS packages (mammoth) call require(): give the ESM bundle one.
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
    })
    return outfile
  })()
  return built
}
