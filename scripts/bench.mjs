// `npm run bench`: bundles each bench/*.ts with esbuild, runs it, and writes docs/BENCHMARKS.md
// from what they print, headed by the machine the numbers came from. `npm run bench -- name…` reruns some.
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { cpus, loadavg, totalmem } from 'node:os'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'

const BENCHES = [
  'extract',
  'news-speed',
  'hostile-inputs',
  'import-worker',
  'checkworthiness',
  'transcripts',
  'workspace',
  'report',
  'revisions',
  'consistency',
  'polnear',
  'polnear-cues',
  'save-latency',
  'save-faults',
  'case-session'
]
const MARK = (name) => `<!-- bench: ${name} -->`
const only = process.argv.slice(2)
mkdirSync('out/bench', { recursive: true })
for (const name of BENCHES.filter((n) => only.length === 0 || only.includes(n))) {
  const outfile = `out/bench/${name}.mjs`
  await build({
    entryPoints: [`bench/${name}.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node20',
    logLevel: 'warning',
    loader: { '.json': 'json' }
  })
  console.error(`bench: running ${name}…`)
  const started = new Date()
  const load = loadavg()[0].toFixed(1)
  const output = execFileSync(process.execPath, ['--expose-gc', outfile], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'inherit']
  })
  process.stdout.write(output)
  // Each bench's section is kept with when it ran and how busy the machine was, so one slow bench (the fault
  // runs take minutes) can be rerun alone and the page still says where every figure came from.
  const stamp = `_Run ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, load average ${load} when it started._`
  writeFileSync(`out/bench/${name}.md`, `${output.trim()}\n\n${stamp}\n`)
}
const committed = committedSections()
const sections = BENCHES.map((name) => {
  const file = `out/bench/${name}.md`
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  return committed.get(name) ?? `## ${name}\n\nNot run on this machine yet (\`npm run bench -- ${name}\`).`
})
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`
const header = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (every bench) or `npm run bench -- <name>` (one, the others kept from their last run on',
  'this machine); do not edit by hand. Each section says when it ran and the load average then: 2.0 or more means',
  'another process was busy on this 2-core machine and times are upper bounds.',
  '',
  `Machine: ${machine}.`,
  ''
]
writeFileSync('docs/BENCHMARKS.md', [...header, ...sections.map((s, i) => `${MARK(BENCHES[i])}\n${s}\n`)].join('\n'))
console.error('bench: wrote docs/BENCHMARKS.md')

/**
 * The sections already in docs/BENCHMARKS.md, by bench name, so rerunning one bench on a fresh clone (no
 * out/bench cache) keeps the others' committed figures instead of replacing them with "not run". Each section is
 * preceded by an HTML comment naming its bench; a page written before those marks is split on its run stamps,
 * which come in BENCHES order.
 */
function committedSections() {
  const found = new Map()
  if (!existsSync('docs/BENCHMARKS.md')) return found
  const page = readFileSync('docs/BENCHMARKS.md', 'utf8')
  const marked = page.split(/^<!-- bench: ([\w-]+) -->$/m)
  if (marked.length > 1) {
    for (let i = 1; i + 1 < marked.length; i += 2) found.set(marked[i], marked[i + 1].trim())
    return found
  }
  const body = page.slice(page.search(/^## /m))
  const chunks = body
    .split(/(?<=^_Run [^\n]*_$)/m)
    .map((c) => c.trim())
    .filter(Boolean)
  if (chunks.length === BENCHES.length) BENCHES.forEach((name, i) => found.set(name, chunks[i]))
  return found
}
