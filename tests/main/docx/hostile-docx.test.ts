import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeDocx } from '../../fixtures/import/make-docx'
import { importBytes } from '../../../src/main/services/file-import'
import { setImportLogSink } from '../../../src/main/services/import-log'
import { isErrorCode } from '../../../src/shared/errors'

/**
 * Hostile .docx files (issue 9), 1,000 fast-check runs: Word documents with hostile text and styles,
 * and good packages with bytes flipped or cut. Never a throw, never a library's words, each done in
 * under 2 s of CPU. The library's words go to the import log (silenced here).
 */
const LIBRARY_WORDS =
  /zip:|central directory|Bug :|xmldom|Maximum call stack|Invalid string length|undefined|TypeError|RangeError/i
const LIMIT_MS = 2000

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

const STYLES = ['Title', 'Subtitle', 'Heading1', 'Heading2', 'Quote', 'IntenseQuote', 'ListParagraph', undefined]
const paragraph = fc.record({
  text: fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.constantFrom('“Quoted,” she said.', 'By Jane Doe', '1 1 1 1', '<script>x</script>', '&amp;', ']]>', '\u0000')
  ),
  style: fc.constantFrom(...STYLES),
  bullet: fc.boolean()
})
const document = fc.array(paragraph, { maxLength: 12 }).map((paragraphs) => makeDocx(paragraphs))
const base = makeDocx([{ text: 'Harbour fees rose 12% in 2023, the council said.' }, { text: 'Second paragraph.' }])
const damaged = fc
  .tuple(
    fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 1, max: 255 })), { maxLength: 8 }),
    fc.nat(base.length)
  )
  .map(([flips, cut]) => {
    const copy = base.slice()
    for (const [at, mask] of flips) copy[at] = (copy[at] ?? 0) ^ mask
    return copy.subarray(0, Math.max(cut, 4))
  })

beforeAll(() => setImportLogSink(() => undefined))
afterAll(() => setImportLogSink(null))

describe('hostile .docx: fast-check', () => {
  it('1,000 documents and damaged packages: our words only, each under 2 s', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(document, damaged), async (bytes) => {
        const start = cpuMs()
        const result = await importBytes('draft.docx', bytes)
        expect(cpuMs() - start).toBeLessThan(LIMIT_MS)
        if (result.ok) return
        expect(isErrorCode(result.error.code)).toBe(true)
        expect(result.error.message.startsWith('Cannot open "draft.docx": ')).toBe(true)
        expect(result.error.message).not.toMatch(LIBRARY_WORDS)
      }),
      { numRuns: 1000 }
    )
  }, 300_000)
})
