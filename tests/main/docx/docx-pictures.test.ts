/**
 * A Word file full of pictures (issue 9): pictures are never read, so the 2 MB text limit must not refuse a report
 * that is large only because of its photographs. A .docx has its own file limit (50 MB); the text limit applies to
 * the XML parts that hold its text (docx-guard.ts). Built here: a short draft padded with a picture that does not
 * compress, as a photograph does not.
 */
import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeDocx } from '../../fixtures/import/make-docx'
import { MAX_IMPORT_BYTES, MAX_PACKAGE_BYTES } from '../../../src/core/import/errors'
import { createApiService } from '../../../src/main/services/api'
import { importBytes, importFile } from '../../../src/main/services/file-import'
import { tempDir } from '../../helpers/temp-dir'

const MB = 1024 * 1024
const TEXT = 'The council approved the harbour budget on Tuesday. Fees for ferries will rise by 12% next year.'
const withPhoto = (photoBytes: number) =>
  makeDocx([{ text: TEXT }], { 'word/media/image1.jpeg': new Uint8Array(randomBytes(photoBytes)) })

describe('a Word file made large by its pictures', () => {
  it('opens a 12 MB .docx whose text is one paragraph: the photographs are never read', async () => {
    const docx = withPhoto(12 * MB)
    expect(docx.length).toBeGreaterThan(2 * MAX_IMPORT_BYTES)
    const path = join(tempDir(), 'annual report.docx')
    writeFileSync(path, docx)
    const result = await importFile(path)
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.article.text).toContain('Fees for ferries will rise by 12% next year.')
  })

  it('uploads one in browser mode: the upload limit is the package limit', async () => {
    const api = createApiService({ dataDir: tempDir(), resourcesDir: tempDir(), mode: 'browser' })
    const opened = await api.openFile({
      fileName: 'report.docx',
      base64: Buffer.from(withPhoto(8 * MB)).toString('base64')
    })
    if (!opened.ok) throw new Error(opened.error.message)
    expect(opened.value.case.items.length).toBeGreaterThan(0)
  })

  it('refuses a .docx over the 50 MB package limit from its size, before unpacking anything', async () => {
    const result = await importBytes('scans.docx', new Uint8Array(MAX_PACKAGE_BYTES + 1))
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'too-large',
        message: 'Cannot open "scans.docx": it is 50.0 MB, over the 50 MB limit for Word files.'
      }
    })
  })

  it("holds a Word file's text to the same limit: a small package with more text is refused in one sentence", async () => {
    // 200 paragraphs of about 11 KB: a little over the limit in all, deflated to far less, its XML well within
    // what the package may declare.
    const paragraphs = Array.from({ length: 200 }, () => ({
      text: `${TEXT} `.repeat(Math.ceil(MAX_IMPORT_BYTES / 200 / 97))
    }))
    const docx = makeDocx(paragraphs)
    expect(docx.length).toBeLessThan(MAX_IMPORT_BYTES)
    const result = await importBytes('long report.docx', docx)
    expect(result.ok ? 'opened' : result.error.code).toBe('too-large')
    if (!result.ok)
      expect(result.error.message).toMatch(
        /^Cannot open "long report\.docx": its text is 2\.\d MB, over the 2 MB limit for a draft's text\.$/
      )
  })

  it('still holds a text draft to the 2 MB text limit', async () => {
    const result = await importBytes('notes.txt', new Uint8Array(MAX_IMPORT_BYTES + 1).fill(97))
    expect(!result.ok && result.error.message).toBe('Cannot open "notes.txt": it is 2.0 MB, over the 2 MB limit.')
  })
})
