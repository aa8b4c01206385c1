// @vitest-environment happy-dom
/**
 * A file dropped on an open case is checked as the importer checks it before the window asks "Open or import?": a
 * binary or empty file was asked about, and only then said to be unreadable.
 */
import { describe, expect, it } from 'vitest'
import { unreadableDraft } from '../../../src/renderer/src/api/shell'

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2
])

describe('a dropped file that cannot be a draft', () => {
  it('is said to be binary, empty or a PDF at once, in the importer’s words', async () => {
    expect((await unreadableDraft(new File([PNG], 'photo.txt')))?.message).toMatch(
      /^Cannot open "photo.txt": it is not a text file \(it contains binary data\)/
    )
    expect((await unreadableDraft(new File([], 'notes.txt')))?.message).toBe(
      'Cannot open "notes.txt": the file is empty.'
    )
    expect((await unreadableDraft(new File(['%PDF-1.7\n'], 'draft.md')))?.code).toBe('pdf')
    expect((await unreadableDraft(new File([PNG], 'photo.png')))?.code).toBe('unsupported-format')
  })

  it('lets a readable draft and a Word file through to the question', async () => {
    expect(await unreadableDraft(new File(['The harbour fees rose 14% last year.'], 'v2.txt'))).toBeNull()
    expect(await unreadableDraft(new File(['PK\u0003\u0004', new Uint8Array(64)], 'v2.docx'))).toBeNull()
  })
})
