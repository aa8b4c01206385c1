// `npm run bench`: bundles each bench/*.ts with esbuild, runs it, and writes docs/BENCHMARKS.md
// from what they print, headed by the machine the numbers came from.
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { cpus, totalmem } from 'node:os'
import { mkdirSync, writeFileSync } from 'node:fs'

const BENCHES = ['extract', 'checkworthiness', 'workspace', 'report', 'revisions', 'consistency', 'polnear', 'save-latency', 'save-faults', 'case-session']
const only = process.argv.slice(2)
mkdirSync('out/bench', { recursive: true })
const sections = []
for (const name of BENCHES.filter((n) => only.length === 0 || only.includes(n))) {
  const outfile = `out/bench/${name}.mjs`
  await build({ entryPoints: [`bench/${name}.ts`], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', target: 'node20', logLevel: 'warning', loader: { '.json': 'json' } })
  console.error(`bench: running ${name}…`)
  const output = execFileSync(process.execPath, ['--expose-gc', outfile], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] })
  process.stdout.write(output)
  sections.push(output.trim())
}
if (only.length === 0) {
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`
  const header = ['# Benchmarks', '', 'Written by `npm run bench`; do not edit by hand (rerun it).', '', `Machine: ${machine}.`, `Run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`, '']
  writeFileSync('docs/BENCHMARKS.md', [...header, ...sections.map((s) => s + '\n')].join('\n'))
  console.error('bench: wrote docs/BENCHMARKS.md')
}
