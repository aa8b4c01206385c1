/**
 * Issue 9's figures: what the size limit costs (prose at 1 MB and at the limit, imported and extracted) and how long the
 * hostile shapes take at 1 MB (the hostile suite's cases), and a bounded fuzz run per importer (inputs tried,
 * uncaught errors, messages not ours, slowest input). CPU time (a busy machine does not inflate it) and the
 * process's peak memory.
 */
import { readFileSync } from 'node:fs'
import { extract } from '../src/core/extract/extract'
import { MAX_IMPORT_BYTES, parseArticle } from '../src/core/import/index'
import { FIXED, LIMIT_MS, timeCase } from '../tests/core/import/hostile/cases'
import { cpuMs } from '../tests/helpers/best-cpu-time'
import { IMPORTERS, figuresTable, fuzzImporter } from './fuzz-importers'

const MB = 1024 * 1024
const peakMB = (): number => Math.round(process.resourceUsage().maxRSS / 1024)

const prose = readFileSync('tests/fixtures/import/newsroom.txt', 'utf8').split('\n\n').slice(3).join('\n\n')
function proseOf(bytes: number): string {
  let text = ''
  while (text.length < bytes) text += `${prose}\n\n`
  // Whole paragraphs, within `bytes` once encoded (the prose has curly quotes: more bytes than characters).
  while (new TextEncoder().encode(text).length > bytes) text = text.slice(0, text.lastIndexOf('\n\n', text.length - 3))
  return text
}

/**
 * A draft of `bytes` of paragraphs each naming a new business by two made-up words ("Brixane Zanane said on Monday
 * that it would cut 100 jobs …") and then calling it "The company": every surname distinct, none a known first name.
 */
function brandDraft(bytes: number): string {
  const starts = ['Vor', 'Tal', 'Quen', 'Brix', 'Mor', 'Zan', 'Hel', 'Kest', 'Dru', 'Fen', 'Gorm', 'Lux', 'Pra', 'Rud']
  const ends = ['ane', 'ix', 'ora', 'ent', 'ulo', 'ast', 'ery', 'ond', 'ika', 'el', 'usk', 'ide', 'arn', 'oth']
  const word = (n: number): string =>
    `${starts[n % starts.length]}${ends[Math.floor(n / starts.length) % ends.length]}${ends[Math.floor(n / 196) % ends.length]}`
  let text = 'Hauliers warn of job cuts\n\n'
  for (let i = 0; text.length < bytes; i++)
    text += `${word(i * 7 + 3)} ${word(i * 13 + 5)} said on Monday that it would cut ${100 + (i % 400)} jobs next year. The company said its costs had risen by ${1 + (i % 9)} percent.\n\n`
  return text
}

const lines = ['## hostile-inputs', '', `Import limit: ${MAX_IMPORT_BYTES / MB} MB.`, '']
lines.push('| Draft | Import (CPU s) | Extract (CPU s) | Peak memory so far (MB) |', '|---|---|---|---|')
for (const [extension, megabytes] of [
  ['txt', 1],
  ['md', 1],
  // At the limit itself: anything bigger is refused before any work (6 MB here until the limit became 2 MB).
  ['txt', MAX_IMPORT_BYTES / MB],
  ['md', MAX_IMPORT_BYTES / MB]
] as const) {
  const bytes = new TextEncoder().encode(proseOf(megabytes * MB))
  const started = cpuMs()
  const result = parseArticle(`draft.${extension}`, bytes)
  const imported = cpuMs()
  if (!result.ok) throw new Error(result.error.message)
  extract(result.value)
  const done = cpuMs()
  lines.push(
    `| ${megabytes} MB .${extension} prose | ${((imported - started) / 1000).toFixed(1)} | ${((done - imported) / 1000).toFixed(1)} | ${peakMB()} |`
  )
}

// Issue 9's budget is 2 s of CPU at 1 MB on this machine; the test suite asserts only what holds on any machine
// (time in line with size, no hang), so the budget is read here, from the same samples the test takes (timeCase:
// the best of three at 128 KB; at 1 MB one, more while over the budget).
lines.push('', '| 1 MB hostile shape | Import (CPU ms) | at 128 KB | growth |', '|---|---|---|---|')
const overBudget: string[] = []
for (const hostile of FIXED) {
  const { cpuMs: spent, smallCpuMs: small } = timeCase(hostile)
  if (spent >= LIMIT_MS) overBudget.push(hostile.label)
  const growth = small >= 1 ? `${(spent / small).toFixed(1)}×` : '–'
  lines.push(
    `| ${hostile.label} (${hostile.fileName.slice(1)}) | ${Math.round(spent)} | ${Math.round(small)} | ${growth} |`
  )
}
lines.push(
  '',
  overBudget.length === 0
    ? `Every shape within the ${LIMIT_MS / 1000} s budget at 1 MB on this machine.`
    : `Over the ${LIMIT_MS / 1000} s budget at 1 MB on this machine: ${overBudget.join('; ')}.`
)

// Extraction's hostile shape: thousands of brand-like two-word names, each read as a person's for its speech verb
// and followed by "The company said": company-names.ts asks each surname whether the text gives it a verb of saying
// alone. One scan of the whole text per distinct surname took 30.7 s on a 1 MB draft (stop 46; 102 s of CPU through
// the CLI with the answers kept, stop 47, on a busy machine); surnames-said.ts reads the text once for all of them.
lines.push('', '| Extraction shape | 1 MB (CPU ms) | at 128 KB | growth |', '|---|---|---|---|')
const brandsAt = (bytes: number): number => {
  const parsed = parseArticle('brands.txt', new TextEncoder().encode(brandDraft(bytes)))
  if (!parsed.ok) throw new Error(parsed.error.message)
  const started = cpuMs()
  extract(parsed.value)
  return cpuMs() - started
}
const brandsSmall = brandsAt(MB / 8)
const brandsLarge = brandsAt(MB)
lines.push(
  `| brand-like names, each then "The company said" | ${Math.round(brandsLarge)} | ${Math.round(brandsSmall)} | ${(brandsLarge / brandsSmall).toFixed(1)}× |`
)

// A bounded run of the fuzzer (scripts/fuzz-importers.mjs runs it long): a fixed seed, so reruns compare.
const FUZZ_RUNS = 200
const FUZZ_SEED = 9
const fuzzed = []
for (const importer of IMPORTERS) fuzzed.push(await fuzzImporter(importer, FUZZ_RUNS, FUZZ_SEED))
lines.push('', ...figuresTable(fuzzed, FUZZ_SEED))
console.log(lines.join('\n'))
