// Builds the `factdesk` command line (src/cli) into out/cli/index.mjs with esbuild.
// Runs from `npm install` (the `prepare` script) so `npx factdesk` works in a fresh clone.
import { build } from 'esbuild'

await build({
  entryPoints: ['src/cli/index.ts'],
  outfile: 'out/cli/index.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  loader: { '.json': 'json' }
})
