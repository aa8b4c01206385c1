import { describe, expect, it } from 'vitest'
import { draftKind } from '../../../src/core/import/draft-kind'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)
/** A few bytes of a PNG: control characters a text never has. */
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2
])

describe("a file's kind before any parser reads it", () => {
  it.each([
    ['photo.txt', PNG, 'binary'],
    ['renamed.md', bytes('PK\u0003\u0004word/document.xml'), 'binary'],
    ['notes.txt', new Uint8Array(0), 'empty'],
    ['notes.txt', bytes(' \n\t\u200b\n'), 'empty'],
    ['draft.txt', bytes('%PDF-1.7\n1 0 obj'), 'pdf'],
    ['story.rtf', bytes('{\\rtf1 text}'), 'unsupported-format']
  ])('refuses %s as %s, in the words every import uses', (name, data, code) => {
    const kind = draftKind(name, data)
    expect(kind.ok).toBe(false)
    if (!kind.ok) {
      expect(kind.error.code).toBe(code)
      expect(kind.error.message).toMatch(new RegExp(`^Cannot open "${name.replace('.', '\\.')}": `))
    }
  })

  it('gives a draft its decoded text, and leaves a Word package to the Node side', () => {
    expect(draftKind('v2.txt', bytes('The harbour fees rose 14% last year.'))).toEqual({
      ok: true,
      value: { kind: 'text', text: 'The harbour fees rose 14% last year.' }
    })
    expect(draftKind('v2.docx', bytes('PK\u0003\u0004'))).toEqual({ ok: true, value: { kind: 'docx' } })
  })
})
