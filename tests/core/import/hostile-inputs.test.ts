import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { bundleForNode } from '../../helpers/bundle-for-node'
import { parseArticle } from '../../../src/core/import/index'
import { isErrorCode } from '../../../src/shared/errors'
import { cpuMs } from '../../helpers/best-cpu-time'
import { expectWellFormed } from './helpers'
import { FIXED, LIMIT_MS, MB, SMALL_BYTES, type Timed } from './hostile/cases'

/**
 * Hostile drafts (issue 9): the fixed cases the issue measured, each a small generator (./hostile/cases.ts),
 * and fast-check drafts per text importer, 1,000 runs each. For every input: no throw, an article that
 * keeps the layout contract or an error in our words. Each fixed case is timed at about 1 MB and at an eighth of
 * that in a child process (fresh heap, CPU time, so a busy shared machine does not fail it). What is asserted holds
 * on any machine: the time grows in line with the size, and no case comes near a hang. The 2 s budget at 1 MB is a
 * machine's figure, reported by `npm run bench -- hostile-inputs` (docs/BENCHMARKS.md), never timed here: on one
 * machine the flat list took 1.6 s, on a slower one 2.7 s, the same code.
 * .docx has its own suite (tests/main/docx/hostile-docx.test.ts).
 */
const LIBRARY_WORDS =
  /zip:|central directory|Bug :|xmldom|Maximum call stack|Invalid string length|undefined|TypeError|RangeError/i

function expectOurWords(fileName: string, message: string): void {
  expect(message.startsWith(`Cannot open "${fileName}": `)).toBe(true)
  expect(message).not.toMatch(LIBRARY_WORDS)
}

/** Imports and checks one input; answers the CPU ms it took. */
function importChecked(fileName: string, text: string): number {
  const bytes = new TextEncoder().encode(text)
  const start = cpuMs()
  const result = parseArticle(fileName, bytes)
  const spent = cpuMs() - start
  if (result.ok) expectWellFormed(result.value)
  else {
    expect(isErrorCode(result.error.code)).toBe(true)
    expectOurWords(fileName, result.error.message)
  }
  return spent
}

let timed: Record<string, Timed> = {}

/** 1 MB is this many times the small size: linear work takes about this many times as long. */
const GROWTH = MB / SMALL_BYTES
/**
 * Room for what grows faster than the work without being a fault: a larger heap collects more. Measured on the
 * development machine (3 Dec 2026): every case over FAST_ENOUGH_MS at 1 MB grew 4–10× (the flat markdown list
 * 7.5×, nested block quotes 10×). Quadratic work would be GROWTH × GROWTH = 64×.
 */
const SLACK = 2.5
/** Under this at 1 MB a case is fast whatever its ratio: a few ms at the small size are mostly noise. */
const FAST_ENOUGH_MS = 300
/** Far past any machine's budget: the import worker would look frozen to a checker. */
const HANG_MS = 15_000

beforeAll(async () => {
  const script = await bundleForNode(join(__dirname, 'hostile/cases.ts'), 'factdesk-hostile-')
  const output = execFileSync(process.execPath, ['--expose-gc', script, '--time-cases'], {
    encoding: 'utf8',
    timeout: 240_000
  })
  timed = JSON.parse(output) as Record<string, Timed>
}, 300_000)

describe('hostile drafts: the fixed cases', () => {
  it.each(FIXED.map((hostile) => [hostile.label, hostile] as const))(
    '%s: at 1 MB in time in line with its size, no hang, in our words',
    (label, { fileName }) => {
      const result = timed[label]
      expect(result, 'measured in the child process').toBeDefined()
      if (!result) return
      const seen = `${Math.round(result.cpuMs)} ms of CPU at 1 MB, ${Math.round(result.smallCpuMs)} ms at 128 KB`
      expect(result.cpuMs, seen).toBeLessThan(HANG_MS)
      expect(result.cpuMs, seen).toBeLessThan(Math.max(FAST_ENOUGH_MS, GROWTH * SLACK * result.smallCpuMs))
      if (!result.ok) expectOurWords(fileName, result.message ?? '')
    }
  )

  // The same generators at 128 KB in this process: the article itself is checked (same code paths as 1 MB).
  it.each(FIXED.map((hostile) => [hostile.label, hostile] as const))(
    '%s (128 KB): no throw, a well-formed article or our words',
    (_label, { fileName, make }) => {
      importChecked(fileName, make(128 * 1024))
    }
  )
})

/** Draft-like fragments with every piece of syntax the importers read, for fast-check to combine. */
const PIECES = [
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '   ',
  '# ',
  '## ',
  '> ',
  '>>>> ',
  '- ',
  '1. ',
  '**',
  '*',
  '_',
  '__',
  '`',
  '```',
  '~~',
  '---',
  '===',
  '[',
  ']',
  '(',
  ')',
  '](http://x.y)',
  '![',
  '<',
  '>',
  '<p>',
  '</p>',
  '<div>',
  '<article>',
  '<h1>',
  '<script>',
  '<!--',
  '-->',
  '&amp;',
  '&#x2019;',
  '&bogus;',
  'title: ',
  'date: 2024-03-14',
  'By Jane Doe',
  'JANE: ',
  '[00:01:02] ',
  '(AP Photo/X)',
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  '\ufeff',
  '\u0000',
  '\u2028',
  'e\u0301',
  '1 ',
  '$5m',
  '|',
  '| a | b |',
  ' ',
  'a'
]
const draft = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom(...PIECES)), { maxLength: 80 })
  .map((parts) => parts.join(''))
const repeatedUpTo = (max: number): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 1, max })).map(([piece, times]) => piece.repeat(times))
/** A tag repeated costs an element each (a DOM node, sizes, a block): HTML runs repeat a piece up to 2,000 times. */
const REPEATS: Record<string, number> = { txt: 20_000, md: 20_000, html: 2_000 }

describe('hostile drafts: fast-check, 1,000 runs per importer', () => {
  it.each(['txt', 'md', 'html'])(
    '.%s',
    (extension) => {
      fc.assert(
        fc.property(fc.oneof(draft, repeatedUpTo(REPEATS[extension] ?? 2_000)), (text) => {
          expect(importChecked(`draft.${extension}`, text)).toBeLessThan(LIMIT_MS)
        }),
        { numRuns: 1000 }
      )
    },
    120_000
  )
})
