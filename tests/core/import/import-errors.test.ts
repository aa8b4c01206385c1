import { describe, expect, it } from 'vitest'
import { errors, isCaseFile, MAX_IMPORT_BYTES, MAX_PACKAGE_BYTES, precheck } from '../../../src/core/import/errors'
import { ERROR_MEANINGS, isErrorCode } from '../../../src/shared/errors'

/**
 * The one table of import errors (issue 9): every way an import fails, its code (which must be in
 * ERROR_MEANINGS) and the exact sentence the checker reads. A change of wording is a change here.
 */
const READS = 'Factdesk reads .txt, .md, .html and .docx drafts, and .vtt, .srt and .tsv transcripts'
const TABLE: [string, ReturnType<(typeof errors)[keyof typeof errors]>, string, string][] = [
  ['tooLarge', errors.tooLarge('x.txt', MAX_IMPORT_BYTES + 1), 'too-large', 'it is 2.0 MB, over the 2 MB limit.'],
  [
    'docxTooLarge',
    errors.docxTooLarge('x.txt', 300 * 1024 * 1024),
    'too-large',
    'it unpacks to 300.0 MB of Word XML, far past any article; it was refused before unpacking.'
  ],
  [
    'docxTextTooLarge',
    errors.docxTextTooLarge('x.txt', MAX_IMPORT_BYTES + 1),
    'too-large',
    "its text is 2.0 MB, over the 2 MB limit for a draft's text."
  ],
  ['empty', errors.empty('x.txt'), 'empty', 'the file is empty.'],
  ['pdf', errors.pdf('x.txt'), 'pdf', `it is a PDF; ${READS}.`],
  ['unsupported', errors.unsupported('x.txt', '.rtf'), 'unsupported-format', `.rtf files are not supported; ${READS}.`],
  [
    'caseFile',
    errors.caseFile('x.txt'),
    'case-file-not-draft',
    'this is a Factdesk case file, not a draft. Open it with File › Open… to continue checking it.'
  ],
  ['binary', errors.binary('x.txt'), 'binary', `it is not a text file (it contains binary data); ${READS}.`],
  ['noArticleText', errors.noArticleText('x.txt'), 'no-article-text', 'no article text was found in it.'],
  [
    'corruptDocx',
    errors.corruptDocx('x.txt', 'its ZIP package is damaged'),
    'corrupt-docx',
    'it is not a readable Word document (its ZIP package is damaged).'
  ],
  ['notFound', errors.notFound('x.txt'), 'not-found', 'the file does not exist.'],
  ['directory', errors.directory('x.txt'), 'is-directory', 'it is a folder, not a file.'],
  [
    'unreadable',
    errors.unreadable('x.txt', 'permission denied'),
    'unreadable',
    'it could not be read (permission denied).'
  ],
  [
    'parseFailed',
    errors.parseFailed('x.txt'),
    'parse-failed',
    'its contents could not be read; the details are in the import log.'
  ],
  ['cancelled', errors.cancelled('x.txt'), 'import-cancelled', 'the import was cancelled; nothing was changed.'],
  [
    'tooSlow',
    errors.tooSlow('x.txt', 60),
    'import-too-slow',
    'reading it took longer than 60 seconds, so it was stopped; nothing was changed. Split the draft, or save it as plain text and open that.'
  ],
  [
    'tooBig',
    errors.tooBig('x.txt', 1024),
    'import-too-big',
    'reading it needed more than 1024 MB of memory, so it was stopped; nothing was changed. Split the draft, or save it as plain text and open that.'
  ]
]

describe('import errors: one table, in our words', () => {
  it.each(TABLE)('%s', (_name, error, code, reason) => {
    expect(error).toEqual({ code, message: `Cannot open "x.txt": ${reason}` })
    expect(isErrorCode(error.code)).toBe(true)
    expect(ERROR_MEANINGS[error.code]).toMatch(/\.$/)
  })

  it('says the Word file limit for a .docx', () => {
    expect(errors.tooLarge('x.docx', MAX_PACKAGE_BYTES + 1)).toEqual({
      code: 'too-large',
      message: 'Cannot open "x.docx": it is 50.0 MB, over the 50 MB limit for Word files.'
    })
  })

  it('covers every error the importers can build', () => {
    const covered = new Set(TABLE.map(([name]) => name))
    const missing = Object.keys(errors).filter((name) => !covered.has(name))
    // legacyWord and needsDocxConverter are exercised in parse-article.test.ts and file-import.test.ts.
    expect(missing.sort()).toEqual(['legacyWord', 'needsDocxConverter'])
  })
})

describe('a case file handed over as a draft', () => {
  const bytes = (text: string) => new TextEncoder().encode(text)
  const CASE_START = '{\n  "schemaVersion": 2,\n  "id": "0b6c",\n  "articlePath": "",\n  "drafts": [\n'

  it('is told for what it is, by its name or, renamed, by its first fields', () => {
    expect(isCaseFile('ferry.txt.factdesk.json', bytes('{}'))).toBe(true)
    // A browser's second download of the same case.
    expect(isCaseFile('ferry.txt.factdesk (1).json', bytes(CASE_START))).toBe(true)
    expect(isCaseFile('ferry-case.JSON', bytes(`\uFEFF${CASE_START}`))).toBe(true)
    // Other JSON, and a draft that merely talks about schema versions, are not cases.
    expect(isCaseFile('figures.json', bytes('{ "schemaVersion": 3, "rows": [] }'))).toBe(false)
    expect(isCaseFile('notes.txt', bytes(CASE_START))).toBe(false)
  })

  it('precheck says so before the size: a case is far larger than a draft may be', () => {
    const big = new Uint8Array(MAX_PACKAGE_BYTES + 1)
    big.set(bytes(CASE_START))
    expect(precheck('ferry.txt.factdesk.json', big)?.code).toBe('case-file-not-draft')
    expect(precheck('ferry (1).json', bytes(CASE_START))).toEqual(errors.caseFile('ferry (1).json'))
    // Any other .json is still a kind of file Factdesk does not read: said so, since Open… takes case files.
    expect(precheck('figures.json', bytes('[1, 2]'))?.message).toBe(
      'Cannot open "figures.json": it is not a Factdesk case file, and .json files are not drafts; Factdesk reads .txt, .md, .html and .docx drafts, and .vtt, .srt and .tsv transcripts.'
    )
  })
})
