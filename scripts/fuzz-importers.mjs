// The long fuzz run of issue 9 (bench/fuzz-importers.ts): N fast-check drafts per importer (.txt, .md, .html,
// .docx incl. damaged packages). `node scripts/fuzz-importers.mjs [RUNS] [SEED] [IMPORTERS…]`, e.g.
// `nice node scripts/fuzz-importers.mjs 20000` or `node scripts/fuzz-importers.mjs 500 1234 md`. Prints the seed,
// then per importer the inputs tried, uncaught errors, messages not in our words and the slowest input (shape and
// CPU ms); the first failures with their shapes. Exits 1 on any uncaught error or message not ours.
import { build } from 'esbuild'
import { mkdirSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { resolve } from 'node:path'

const [runsArg = '1000', seedArg, ...only] = process.argv.slice(2)
const runs = Number(runsArg)
const seed = seedArg === undefined || seedArg === '-' ? Math.floor(Math.random() * 2 ** 31) : Number(seedArg)
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('usage: node scripts/fuzz-importers.mjs [RUNS] [SEED|-] [txt md html docx]')
  process.exit(2)
}
mkdirSync('out/bench', { recursive: true })
const outfile = resolve('out/bench/fuzz-importers.mjs')
await build({
  entryPoints: ['bench/fuzz-importers.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  target: 'node20',
  logLevel: 'warning'
})
const { IMPORTERS, fuzzImporter, failed, figuresTable } = await import(pathToFileURL(outfile).href)
const importers = only.length > 0 ? IMPORTERS.filter((name) => only.includes(name)) : IMPORTERS
console.log(
  `seed ${seed}, ${runs} runs per importer (${importers.join(', ')}); rerun with: node scripts/fuzz-importers.mjs ${runs} ${seed}`
)
const all = []
for (const importer of importers) {
  const started = Date.now()
  const figures = await fuzzImporter(importer, runs, seed)
  all.push(figures)
  console.log(`.${importer}: ${figures.runs} inputs in ${Math.round((Date.now() - started) / 1000)} s`)
  for (const failure of figures.failures) console.log(`  ${failure}`)
}
console.log(figuresTable(all, seed).join('\n'))
process.exit(all.some(failed) ? 1 : 0)
