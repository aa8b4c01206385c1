// Builds the `factdesk` command line (src/cli) into out/cli/index.mjs with esbuild, and beside it the import worker
// (out/cli/import-worker.mjs) that `factdesk serve` reads drafts in, off the server's thread.
// Runs from `npm install` (the `prepare` script) so `npx factdesk` works in a fresh clone.
import { build } from 'esbuild'

await build({
  entryPoints: { index: 'src/cli/index.ts', 'import-worker': 'src/main/services/import-worker.ts' },
  outdir: 'out/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  loader: { '.json': 'json' }
})
