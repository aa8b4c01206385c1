import { describe, expect, it } from 'vitest'
import { decodeBytes, looksBinary } from '../../../src/core/import/decode'
import { parseArticle } from '../../../src/core/import/index'

const SENTENCE = 'Sávaré’s budget: €40,000 — “agreed”.'

function utf16(text: string, bigEndian: boolean, bom = true): Uint8Array {
  const bytes: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : []
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    bytes.push(...(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8]))
  }
  return new Uint8Array(bytes)
}

/** Windows-1252 bytes for the sentence, written out by hand from the code page table. */
const CP1252 = new Uint8Array([
  0x53, 0xe1, 0x76, 0x61, 0x72, 0xe9, 0x92, 0x73, 0x20, 0x62, 0x75, 0x64, 0x67, 0x65, 0x74, 0x3a, 0x20, 0x80, 0x34,
  0x30, 0x2c, 0x30, 0x30, 0x30, 0x20, 0x97, 0x20, 0x93, 0x61, 0x67, 0x72, 0x65, 0x65, 0x64, 0x94, 0x2e
])

describe('decodeBytes', () => {
  it.each([
    ['UTF-8 without BOM', new TextEncoder().encode(SENTENCE), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SENTENCE)]), 'utf-8'],
    ['UTF-16 LE with BOM', utf16(SENTENCE, false), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(SENTENCE, true), 'utf-16be'],
    ['UTF-16 LE without BOM', utf16(SENTENCE, false, false), 'utf-16le'],
    ['Windows-1252', CP1252, 'windows-1252']
  ])('%s decodes "Sávaré", "’" and "€" right', (_label, bytes, encoding) => {
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: SENTENCE, encoding })
  })

  it('reads a Latin-1 "é" as Windows-1252 when the bytes are not valid UTF-8', () => {
    const decoded = decodeBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73]))
    expect(decoded).toEqual({ ok: true, text: 'Café opens', encoding: 'windows-1252' })
  })

  it.each([
    [
      'a PNG header',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
    ],
    ['NUL bytes in text', new TextEncoder().encode('The council\u0000 voted\u0000 on Monday')],
    ['mostly control characters', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))]
  ])('refuses %s as binary', (_label, bytes) => {
    expect(decodeBytes(bytes)).toEqual({ ok: false, reason: 'binary' })
  })

  it('tolerates a stray control character in a long text', () => {
    expect(looksBinary(`${'The budget was approved after a long debate. '.repeat(20)}\u0007`)).toBe(false)
  })

  it('imports a UTF-16 .txt with its accents intact', () => {
    const result = parseArticle('note.txt', utf16('Budget vote\n\nSávaré’s plan costs €40,000.\n', false))
    expect(result.ok && result.value.text).toBe('Budget vote\n\nSávaré’s plan costs €40,000.')
  })
})
