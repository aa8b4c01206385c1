// The full save-safety runs of issue 8 (bench/save-faults.ts): 200 kill -9 during saves, and two processes making
// 200 random changes each to one case. `node scripts/save-faults.mjs [KILLS] [CHANGES]`; prints a Markdown table.
// `npm run bench` runs the same module with the default counts for docs/BENCHMARKS.md.
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'

const [kills = '200', changes = '200'] = process.argv.slice(2)
mkdirSync('out/bench', { recursive: true })
const outfile = 'out/bench/save-faults.mjs'
await build({
  entryPoints: ['bench/save-faults.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  target: 'node20',
  logLevel: 'warning'
})
execFileSync(process.execPath, [outfile], {
  stdio: 'inherit',
  env: { ...process.env, FACTDESK_KILLS: kills, FACTDESK_CHANGES: changes }
})
