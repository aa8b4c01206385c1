/**
 * Growth measurement for the importers and extraction (issue 9), run in a child process by
 * importers-growth.test.ts: a fresh, small heap with `gc` exposed, so a collection of the test runner's
 * heap never lands inside a sample. Prints one JSON line: { case: [{ n, small, large, ratio }] }.
 *
 * Robust to a shared, busy machine: timed as every importer timing is (tests/helpers/best-cpu-time.ts: CPU
 * time, a collection before each sample, the best of ROUNDS); each size runs enough times to take at least
 * MIN_SAMPLE_MS (the same count at n and 2n); a pair over the limit is measured again (ATTEMPTS), since a
 * real quadratic is over it every time.
 */
import { extract } from '../../../../src/core/extract/extract'
import { parseArticle } from '../../../../src/core/import/index'
import { normaliseSource } from '../../../../src/core/import/normalise'
import type { Article } from '../../../../src/shared/article'
import { bestOf, cpuMs, pause } from '../../../helpers/best-cpu-time'

export const MAX_RATIO = 2.5
const ROUNDS = 3
/**
 * A pair over the limit is measured again up to this many times, RETRY_PAUSE_MS apart: a real quadratic is over it
 * every time, while a neighbour that thrashes the shared caches (in `npm test` another test file runs beside this
 * one, some importing a 6 MB draft for half a minute) inflates the larger size's CPU time only while it runs. Three
 * quick attempts once all landed inside one such neighbour (extract "1 1 1": 43 ms → 130 ms, linear when alone).
 */
const ATTEMPTS = 6
const RETRY_PAUSE_MS = 5_000
/** Long enough that the kernel's CPU accounting (a few ms per tick on some systems) is small beside it. */
const MIN_SAMPLE_MS = 50
const IMPORT_SIZES = [8_000, 16_000, 32_000, 64_000]
const EXTRACT_SIZES = [16_000, 32_000]

export interface Pair {
  n: number
  small: number
  large: number
  ratio: number
}

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

function importOrThrow(fileName: string, text: string): Article {
  const result = parseArticle(fileName, bytes(text))
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

const importing =
  (fileName: string, make: (n: number) => string) =>
  (n: number): (() => unknown) => {
    const source = make(n)
    return () => parseArticle(fileName, bytes(source))
  }

/** Each case: n → one run at size n. The inputs the issue measured as super-linear. */
export const GROWTH_CASES: Record<string, { sizes: number[]; prepare: (n: number) => () => unknown }> = {
  'normaliseSource: a + spaces + b': {
    sizes: IMPORT_SIZES,
    prepare: (n) => {
      const source = `a${' '.repeat(n)}b`
      return () => normaliseSource(source)
    }
  },
  '.txt: a + spaces + b': { sizes: IMPORT_SIZES, prepare: importing('a.txt', (n) => `a${' '.repeat(n)}b`) },
  '.md: a run of backticks': { sizes: IMPORT_SIZES, prepare: importing('a.md', (n) => `Text ${'`'.repeat(n)} more`) },
  '.md: # a + spaces + b': { sizes: IMPORT_SIZES, prepare: importing('a.md', (n) => `# a${' '.repeat(n)}b`) },
  '.md: [a](b + spaces': { sizes: IMPORT_SIZES, prepare: importing('a.md', (n) => `[a](b${' '.repeat(n)}`) },
  '.md: front matter key + spaces, no colon': {
    sizes: IMPORT_SIZES,
    prepare: importing('a.md', (n) => `---\na${' '.repeat(n)}b\n---\nBody.`)
  },
  '.md: front matter key + spaces + colon': {
    sizes: IMPORT_SIZES,
    prepare: importing('a.md', (n) => `---\nkey${' '.repeat(n)}: value\n---\nBody.`)
  },
  'extract(): "1 1 1 …"': {
    sizes: EXTRACT_SIZES,
    prepare: (n) => {
      const article = importOrThrow('a.txt', '1 '.repeat(n / 2))
      return () => extract(article)
    }
  }
}

/** CPU ms per run of `run`, from as many runs as fit in 30 ms. */
function timePerRun(run: () => unknown): number {
  const start = cpuMs()
  let runs = 0
  do {
    run()
    runs++
  } while (cpuMs() - start < 30)
  return (cpuMs() - start) / runs
}

function measurePair(prepare: (n: number) => () => unknown, n: number): Pair {
  const small = prepare(n)
  const large = prepare(2 * n)
  large() // warm up: JIT and lazily built tables belong to neither size
  const repeats = Math.max(1, Math.ceil(MIN_SAMPLE_MS / timePerRun(small)))
  const smallTime = bestOf(small, ROUNDS, repeats)
  const largeTime = bestOf(large, ROUNDS, repeats)
  return { n, small: smallTime, large: largeTime, ratio: largeTime / smallTime }
}

export function measureCase(name: string): Pair[] {
  const growthCase = GROWTH_CASES[name]
  if (!growthCase) throw new Error(`no growth case "${name}"`)
  return growthCase.sizes.map((n) => {
    let pair = measurePair(growthCase.prepare, n)
    for (let attempt = 1; attempt < ATTEMPTS && pair.ratio > MAX_RATIO; attempt++) {
      pause(RETRY_PAUSE_MS)
      pair = measurePair(growthCase.prepare, n)
    }
    return pair
  })
}

if (process.argv[2] === '--run') {
  const results: Record<string, Pair[]> = {}
  for (const name of Object.keys(GROWTH_CASES)) results[name] = measureCase(name)
  process.stdout.write(`${JSON.stringify(results)}\n`)
}
