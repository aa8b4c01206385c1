/**
 * The long fuzz run of issue 9: N fast-check drafts per importer (.txt, .md, .html, .docx with damaged
 * packages), counting what the checker must never see — an uncaught error, a message not in our words — and
 * the slowest input, with its shape and CPU time. `node scripts/fuzz-importers.mjs` runs it long; the
 * hostile-inputs bench runs it bounded for docs/BENCHMARKS.md. Every input is at most 1 MB.
 */
import fc from 'fast-check'
import { makeDocx } from '../tests/fixtures/import/make-docx'
import { importBytes } from '../src/main/services/file-import'
import { setImportLogSink } from '../src/main/services/import-log'
import { isErrorCode } from '../src/shared/errors'
import type { Result } from '../src/shared/result'

/** Words of the libraries underneath (jszip, xmldom, V8) that must never reach a checker. */
const LIBRARY_WORDS =
  /zip:|central directory|Bug :|xmldom|Maximum call stack|Invalid string length|undefined|TypeError|RangeError/i

export const IMPORTERS = ['txt', 'md', 'html', 'docx'] as const
export type Importer = (typeof IMPORTERS)[number]

/** An input and a line that says what it is (the figures name the slowest one by it). */
interface Draft {
  bytes: Uint8Array
  shape: string
}

/** Fragments with every piece of syntax the importers read, for fast-check to combine and repeat. */
const PIECES = [
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '   ',
  '# ',
  '## ',
  '> ',
  '- ',
  '1. ',
  '**',
  '*a ',
  '_',
  '`',
  '```\n',
  '~~',
  '---\n',
  '[',
  ']',
  '[a](',
  '](http://x.y)',
  '![',
  '<',
  '<p>',
  '</p>',
  '<div>',
  '<ul><li>',
  '<table><tr><td>',
  '<blockquote><p>',
  '<cite>',
  '<figure><figcaption>',
  '<header>',
  '<a href="x">',
  '<h1>',
  '<h2>',
  '<script>',
  '<!--',
  '&amp;',
  '&#x2019;',
  '&bogus;',
  'title: ',
  'date: 2024-03-14\n',
  'By Jane Doe\n',
  'JANE: ',
  '[00:01:02] ',
  '(AP Photo/X)',
  '“',
  '”',
  '’',
  '«',
  '\ufeff',
  '\u0000',
  '\u2028',
  'e\u0301',
  '1 ',
  '$5m ',
  '12% ',
  'March 3, 2024 ',
  'Mr. ',
  'A. ',
  ' said Jane Doe. ',
  'The minister said: “We will.” ',
  '| a | b |\n',
  'a'
]
/** Sizes spread evenly over powers of two up to 1 MB: large inputs come up, yet a long run stays hours, not days. */
const logSize = (max: number): fc.Arbitrary<number> =>
  fc
    .tuple(fc.integer({ min: 0, max: Math.floor(Math.log2(max)) }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([power, fraction]) => Math.max(1, Math.floor(2 ** (power + fraction))))
    .map((size) => Math.min(size, max))
const TEXT_SIZE = 1024 * 1024
const encode = (text: string): Uint8Array => new TextEncoder().encode(text)
const printable = (piece: string): string => JSON.stringify(piece)

/** A mix of fragments and random text, or one fragment repeated up to 1 MB. */
const textDraft: fc.Arbitrary<Draft> = fc.oneof(
  fc
    .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom(...PIECES)), { maxLength: 200 })
    .map((parts) => {
      const text = parts.join('')
      return { bytes: encode(text), shape: `${parts.length} mixed fragments, ${text.length} characters` }
    }),
  fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...PIECES), logSize(TEXT_SIZE)).map(([piece, other, size]) => {
    const unit = piece + other
    const times = Math.max(1, Math.floor(size / unit.length))
    return { bytes: encode(unit.repeat(times)), shape: `${printable(unit)} × ${times}` }
  })
)

const STYLES = ['Title', 'Subtitle', 'Heading1', 'Heading2', 'Quote', 'ListParagraph', undefined]
const paragraph = fc.record({
  text: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom(...PIECES)),
  style: fc.constantFrom(...STYLES),
  bullet: fc.boolean()
})
const base = makeDocx([
  { text: 'Harbour fees rose 12% in 2023, the council said.', style: 'Heading1' },
  { text: '“We will not back down,” said Jane Doe, the harbour master.' }
])
/** Word documents, many-paragraph ones too, and a good package with bytes flipped or cut. */
const docxDraft: fc.Arbitrary<Draft> = fc.oneof(
  fc.array(paragraph, { maxLength: 40 }).map((paragraphs) => ({
    bytes: makeDocx(paragraphs),
    shape: `.docx of ${paragraphs.length} paragraphs`
  })),
  fc.tuple(fc.constantFrom(...PIECES), logSize(20_000)).map(([piece, count]) => ({
    bytes: makeDocx(Array.from({ length: count }, () => ({ text: piece }))),
    shape: `.docx of ${count} paragraphs of ${printable(piece)}`
  })),
  fc
    .tuple(
      fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 1, max: 255 })), { maxLength: 8 }),
      fc.nat(base.length)
    )
    .map(([flips, cut]) => {
      const copy = base.slice()
      for (const [at, mask] of flips) copy[at] = (copy[at] ?? 0) ^ mask
      const length = Math.max(cut, 4)
      return { bytes: copy.subarray(0, length), shape: `.docx with ${flips.length} bytes flipped, cut to ${length}` }
    })
)

export interface FuzzFigures {
  importer: Importer
  runs: number
  uncaught: number
  notOurs: number
  /** The first few failures, each with its input's shape, to reproduce with the seed. */
  failures: string[]
  slowestMs: number
  slowestShape: string
  largestBytes: number
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

function ourWords(fileName: string, result: Result<unknown>): boolean {
  if (result.ok) return true
  const { code, message } = result.error
  return isErrorCode(code) && message.startsWith(`Cannot open "${fileName}": `) && !LIBRARY_WORDS.test(message)
}

/** Runs `runs` drafts through one importer; `seed` makes the run repeatable. */
export async function fuzzImporter(importer: Importer, runs: number, seed: number): Promise<FuzzFigures> {
  const figures: FuzzFigures = {
    importer,
    runs: 0,
    uncaught: 0,
    notOurs: 0,
    failures: [],
    slowestMs: 0,
    slowestShape: '',
    largestBytes: 0
  }
  const fileName = `draft.${importer}`
  const note = (kind: string, draft: Draft, detail: string): void => {
    if (figures.failures.length < 5) figures.failures.push(`${kind}: ${draft.shape}: ${detail}`)
  }
  setImportLogSink(() => undefined) // the library's words go to the log; what is checked is what the checker sees
  try {
    await fc.assert(
      fc.asyncProperty(importer === 'docx' ? docxDraft : textDraft, async (draft) => {
        figures.runs++
        figures.largestBytes = Math.max(figures.largestBytes, draft.bytes.length)
        const start = cpuMs()
        let result: Result<unknown>
        try {
          result = await importBytes(fileName, draft.bytes)
        } catch (error) {
          figures.uncaught++
          note('uncaught', draft, String(error))
          return
        }
        const spent = cpuMs() - start
        if (spent > figures.slowestMs) {
          figures.slowestMs = spent
          figures.slowestShape = draft.shape
        }
        if (!ourWords(fileName, result)) {
          figures.notOurs++
          note('not our words', draft, result.ok ? '' : result.error.message)
        }
      }),
      { numRuns: runs, seed }
    )
  } finally {
    setImportLogSink(null)
  }
  return figures
}

export const failed = (figures: FuzzFigures): boolean => figures.uncaught > 0 || figures.notOurs > 0

export function figuresTable(all: FuzzFigures[], seed: number): string[] {
  const lines = [
    `Fuzzed with seed ${seed}; every input at most 1 MB; CPU time of one import.`,
    '',
    '| Importer | Inputs | Uncaught errors | Messages not ours | Slowest (CPU ms) | Slowest input |',
    '|---|---|---|---|---|---|'
  ]
  for (const f of all)
    lines.push(
      `| .${f.importer} | ${f.runs} | ${f.uncaught} | ${f.notOurs} | ${Math.round(f.slowestMs)} | ${f.slowestShape.replace(/\|/g, '\\|')} |`
    )
  return lines
}
