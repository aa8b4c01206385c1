import { describe, expect, it } from 'vitest'
import { MAX_IMPORT_BYTES, SUPPORTED_EXTENSIONS, parseArticle } from '../../../src/core/import/index'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)
const READS = 'Factdesk reads .txt, .md, .html and .docx drafts, and .vtt, .srt and .tsv transcripts'

describe('parseArticle errors: one clear message naming the file and the reason', () => {
  it.each([
    ['draft.pdf', bytes('%PDF-1.7\n1 0 obj'), 'pdf', `Cannot open "draft.pdf": it is a PDF; ${READS}.`],
    ['draft.md', bytes('%PDF-1.4\n%âãÏÓ'), 'pdf', `Cannot open "draft.md": it is a PDF; ${READS}.`],
    ['notes.txt', new Uint8Array(0), 'empty', 'Cannot open "notes.txt": the file is empty.'],
    ['notes.txt', bytes('  \n\r\n\t \u00a0\n'), 'empty', 'Cannot open "notes.txt": the file is empty.'],
    [
      'notes.md',
      bytes('<!-- only a comment -->\n\n---\n'),
      'no-article-text',
      'Cannot open "notes.md": no article text was found in it.'
    ],
    [
      'debate.vtt',
      bytes('WEBVTT\n\nNOTE nothing captioned yet\n'),
      'no-article-text',
      'Cannot open "debate.vtt": no article text was found in it.'
    ],
    [
      'story.rtf',
      bytes('{\\rtf1 text}'),
      'unsupported-format',
      `Cannot open "story.rtf": .rtf files are not supported; ${READS}.`
    ],
    [
      'README',
      bytes('Some text'),
      'unsupported-format',
      `Cannot open "README": it has no file extension, so its format is unknown; ${READS}.`
    ],
    [
      'old.doc',
      bytes('\u00d0\u00cf\u0011\u00e0'),
      'unsupported-format',
      `Cannot open "old.doc": it is an old Word .doc file; ${READS}. Save it as .docx in Word and open it again.`
    ],
    [
      'report.docx',
      bytes('PK\u0003\u0004'),
      'needs-docx-converter',
      'Cannot open "report.docx": Word documents are converted by the desktop app; open it from there.'
    ],
    [
      'image.txt',
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]),
      'binary',
      `Cannot open "image.txt": it is not a text file (it contains binary data); ${READS}.`
    ],
    [
      'renamed.md',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]),
      'binary',
      `Cannot open "renamed.md": it is not a text file (it contains binary data); ${READS}.`
    ],
    [
      'folder/page.html',
      bytes('<html><body><nav><a href="/">Home</a></nav></body></html>'),
      'no-article-text',
      'Cannot open "page.html": no article text was found in it.'
    ]
  ])('%s → %s', (fileName, content, code, message) => {
    expect(parseArticle(fileName, content)).toEqual({ ok: false, error: { code, message } })
  })

  it('checks the size before anything else', () => {
    const result = parseArticle('huge.txt', new Uint8Array(MAX_IMPORT_BYTES + 1))
    expect(result).toEqual({
      ok: false,
      error: { code: 'too-large', message: 'Cannot open "huge.txt": it is 2.0 MB, over the 2 MB limit.' }
    })
  })

  it('accepts every supported text extension, case-insensitively', () => {
    expect(SUPPORTED_EXTENSIONS).toEqual(['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.vtt', '.srt', '.tsv'])
    for (const name of ['a.TXT', 'a.md', 'a.Markdown', 'a.HTML', 'a.htm']) {
      const result = parseArticle(name, bytes('<p>Turnout was 61 per cent.</p>'))
      expect(result.ok).toBe(true)
    }
  })
})
