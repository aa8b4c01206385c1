import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeDocx, zip } from '../../fixtures/import/make-docx'
import { importBytes } from '../../../src/main/services/file-import'
import { setImportLogSink } from '../../../src/main/services/import-log'

/**
 * Broken Word files (issue 9): 46 of 314 hostile inputs showed the checker a library's words. Each
 * comes back in ours; the library's own message goes to the import log.
 */
const LIBRARY_WORDS =
  /zip:|central directory|Bug :|xmldom|Maximum call stack|Invalid string length|undefined|TypeError|RangeError/i
const OUR_REASONS = [
  'its ZIP directory is missing',
  'its ZIP directory is damaged',
  'its ZIP directory points outside the file',
  'it has no word/document.xml, so it is not a Word document',
  'its ZIP package is damaged',
  'its XML is damaged',
  'a part every Word document has is missing',
  'its contents are damaged',
  'it is too large or too deeply nested to convert',
  'it is not a ZIP package'
]

let logged: string[] = []
beforeEach(() => {
  logged = []
  setImportLogSink((line) => logged.push(line))
})
afterEach(() => setImportLogSink(null))

const good = makeDocx([{ text: 'The ferry left at noon.' }])
const flipped = (bytes: Uint8Array, at: number): Uint8Array => {
  const copy = bytes.slice()
  copy[at] = (copy[at] ?? 0) ^ 0xff
  return copy
}

describe('broken .docx files are explained in our words', () => {
  it.each([
    ['truncated in the middle', good.subarray(0, Math.floor(good.length / 2))],
    ['no end of the ZIP directory', good.subarray(0, good.length - 22)],
    ['a damaged deflate stream', flipped(good, 60)],
    [
      'an undefined XML entity',
      makeDocx([], { 'word/document.xml': '<w:document><w:body><w:p>&bogus;</w:p></w:body></w:document>' })
    ],
    ['unclosed XML', makeDocx([], { 'word/document.xml': '<w:document><w:body><w:p>' })],
    [
      'XML nested 100,000 deep',
      makeDocx([], { 'word/document.xml': `<w:document><w:body>${'<w:p>'.repeat(100_000)}</w:body></w:document>` })
    ],
    ['only a document part', zip({ 'word/document.xml': '<?xml version="1.0"?><nothing/>' })],
    ['a text file called .docx', new TextEncoder().encode('Plain words.')]
  ])('%s', async (_label, bytes) => {
    const result = await importBytes('broken.docx', bytes)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.message).not.toMatch(LIBRARY_WORDS)
    const reason = /^Cannot open "broken\.docx": it is not a readable Word document \((.*)\)\.$/.exec(
      result.error.message
    )?.[1]
    const known =
      reason !== undefined &&
      (OUR_REASONS.includes(reason) || /^its part \S+ is not the size the package says$/.test(reason))
    // Either one of our corrupt-docx reasons, or another of our sentences (no article text).
    expect(known || result.error.code === 'no-article-text', result.error.message).toBe(true)
  })

  it('writes what the library said to the import log, not to the checker', async () => {
    const result = await importBytes(
      'entity.docx',
      makeDocx([], { 'word/document.xml': '<w:document><w:body><w:p>&bogus;</w:p></w:body></w:document>' })
    )
    expect(!result.ok && result.error.code).toBe('corrupt-docx')
    expect(logged.join('')).toMatch(/entity\.docx \(docx conversion\): /)
  })
})
