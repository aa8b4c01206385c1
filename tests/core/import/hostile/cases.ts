/**
 * The fixed hostile drafts of issue 9, each a small generator of about 1 MB (never a stored file), and the
 * child-process timer that hostile-inputs.test.ts runs them in: `node cases.cjs --time-cases` prints one JSON line,
 * { label: { cpuMs, smallCpuMs, ok, code, message } }: CPU time at 1 MB and at an eighth of it, taken as every
 * importer timing is (tests/helpers/best-cpu-time.ts); a fresh process, so the test runner's heap is never
 * collected inside a sample. bench/hostile-inputs.ts reports the same timeCase.
 * The 2 s budget at 1 MB (LIMIT_MS) is a figure of the machine it runs on: `npm run bench -- hostile-inputs`
 * reports it. The test asserts what holds on any machine: time grows in line with size (a hostile shape that
 * makes an importer quadratic takes 64 times as long at 8 times the size) and nothing comes near a hang.
 */
import { parseArticle } from '../../../../src/core/import/index'
import type { Article } from '../../../../src/shared/article'
import type { Result } from '../../../../src/shared/result'
import { bestAtSize, bestOf, pause, type AtSize } from '../../../helpers/best-cpu-time'

export const MB = 1024 * 1024
export const LIMIT_MS = 2000

/** Repeats `unit` up to about `bytes` characters. */
export const fill = (unit: string, bytes = MB): string => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)))

export interface HostileCase {
  label: string
  fileName: string
  make: (bytes: number) => string
}

const hostile = (label: string, fileName: string, make: (bytes: number) => string): HostileCase => ({
  label,
  fileName,
  make
})

/** Every one of these is imported in under LIMIT_MS of CPU at 1 MB. */
export const FIXED: HostileCase[] = [
  hostile('trailing whitespace (normaliseSource)', 'a.txt', (b) => `a${' '.repeat(b - 2)}b`),
  hostile('a run of backticks (CODE_SPAN)', 'a.md', (b) => fill('`', b)),
  hostile('# a + spaces + b (ATX_HEADING)', 'a.md', (b) => `# a${' '.repeat(b - 4)}b`),
  hostile('[a](b + spaces (INLINE_LINK)', 'a.md', (b) => `[a](b${' '.repeat(b - 5)}`),
  hostile('front matter key + spaces', 'a.md', (b) => `---\na${' '.repeat(b - 12)}b\n---\nx`),
  hostile('"1 1 1 …"', 'a.txt', (b) => fill('1 ', b)),
  hostile('20,000 nested block quotes', 'a.md', () => `${'>'.repeat(20_000)} deep\n\nafter`),
  hostile('nested block quotes to 1 MB', 'a.md', (b) => `${fill('> ', b)}x`),
  hostile('[a]( repeated', 'a.md', (b) => fill('[a](', b)),
  hostile('unclosed brackets', 'a.md', (b) => fill('[', b)),
  hostile('emphasis runs', 'a.md', (b) => fill('*a ', b)),
  hostile('underscore runs', 'a.md', (b) => fill('_a ', b)),
  hostile('unclosed tags in markdown', 'a.md', (b) => fill('<a ', b)),
  hostile('** unclosed', 'a.md', (b) => fill('** ', b)),
  hostile('labels that look like a transcript', 'a.txt', (b) => fill('JANE: [a](b ** <a\n', b)),
  hostile('opening quotes', 'a.txt', (b) => fill('“', b / 3)), // three bytes each: a megabyte
  hostile('metadata lines', 'a.txt', (b) => fill('date: 2024\n', b)),
  hostile('bylines', 'a.txt', (b) => fill('By Jane Doe\n', b)),
  hostile('HTML entities', 'a.html', (b) => `<p>${fill('&amp;', b)}</p>`),
  hostile('HTML nested 100,000 deep', 'a.html', (b) => `${fill('<div>', b / 2)}<p>Deep text.</p>`),
  hostile('one word a megabyte long', 'a.txt', (b) => fill('a', b)),
  hostile('over the size limit (refused before parsing)', 'a.txt', () => fill('a ', 6 * MB + 2)), // over any limit
  // A block per few bytes: the most per-block work a megabyte can ask of the parsers and of ours.
  hostile('262,000 unclosed HTML paragraphs', 'a.html', (b) => fill('<p>a', b)),
  hostile('262,000 markdown list items', 'a.md', (b) => fill('- a\n', b)),
  hostile('210,000 markdown headings', 'a.md', (b) => fill('# H\n\n', b)),
  hostile('HTML lists nested 116,000 deep', 'a.html', (b) => fill('<ul><li>a', b)),
  hostile('HTML tables nested 65,000 deep', 'a.html', (b) => fill('<table><tr><td>a', b))
]

export interface Timed {
  /** CPU time at 1 MB: one sample, more while over LIMIT_MS (the best counts). */
  cpuMs: number
  /** CPU time at an eighth of the size (SMALL_BYTES), the best of SMALL_ROUNDS. */
  smallCpuMs: number
  ok: boolean
  code?: string
  message?: string
}

export const SMALL_BYTES = MB / 8
/** A sample at 128 KB is short enough that a tick of the kernel's accounting shows: the best of three counts. */
const SMALL_ROUNDS = 3
/** Samples at 1 MB while the case is over LIMIT_MS, RETRY_PAUSE_MS apart; the best counts. */
const ATTEMPTS = 4
const RETRY_PAUSE_MS = 5_000

/**
 * One case at 1 MB and at SMALL_BYTES, as the test asserts it and the bench reports it (the same samples).
 * A neighbour thrashing the shared caches (another test file importing a 6 MB draft) inflates CPU time only while
 * it runs: a case over the limit is sampled again after a pause. A really slow shape is over it every time.
 */
export function timeCase({ fileName, make }: HostileCase): Timed {
  let last: Result<Article> | undefined
  const importing: AtSize = (bytes) => {
    const input = new TextEncoder().encode(make(bytes))
    return () => (last = parseArticle(fileName, input))
  }
  const smallCpuMs = bestAtSize(importing, SMALL_BYTES, SMALL_ROUNDS)
  const atMegabyte = importing(MB)
  let best = bestOf(atMegabyte, 1)
  for (let attempt = 1; attempt < ATTEMPTS && best >= LIMIT_MS; attempt++) {
    pause(RETRY_PAUSE_MS)
    best = Math.min(best, bestOf(atMegabyte, 1))
  }
  const outcome = last?.ok ? { ok: true } : { ok: false, code: last?.error.code, message: last?.error.message }
  return { cpuMs: best, smallCpuMs, ...outcome }
}

if (process.argv.includes('--time-cases')) {
  const out: Record<string, Timed> = {}
  for (const hostileCase of FIXED) out[hostileCase.label] = timeCase(hostileCase)
  console.log(JSON.stringify(out))
}
