import { createHash } from 'node:crypto'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Article, BlockKind } from '../../src/shared/article'
import { hashText, importBytes, importFile } from '../../src/main/services/file-import'
import { makeDocx, zip } from '../fixtures/import/make-docx'

const dir = mkdtempSync(join(tmpdir(), 'factdesk-import-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const fixture = (name: string): Buffer => readFileSync(join(__dirname, '../fixtures/import', name))
const write = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
const blocksOf = (article: Article, kind: BlockKind): string[] =>
  article.blocks.filter((b) => b.kind === kind).map((b) => article.text.slice(b.start, b.end))

const draftDocx = makeDocx([
  { text: 'Council tax to rise by 4.99 per cent', style: 'Title' },
  { text: 'The maximum rise allowed without a referendum, the finance chief says', style: 'Subtitle' },
  { text: 'By Amira Haddad, 14 March 2024' },
  { text: 'The county council approved its budget on Thursday with 41 votes for and 12 against.' },
  { text: 'Where the money goes', style: 'Heading1' },
  { text: 'Adult social care: £212m', bullet: true },
  { text: 'Children’s services: £98m', bullet: true },
  { text: '“We have protected every library in the county,” said the council leader, Tom Reyes.', style: 'Quote' },
  { text: 'Opposition councillors said the figures hid a £6m cut to road repairs.' }
])

describe('importFile: .docx through mammoth', () => {
  it('turns Word styles into the article structure', async () => {
    const result = await importFile(write('budget.docx', draftDocx))
    if (!result.ok) throw new Error(result.error.message)
    const { article, fileName, path, hash } = result.value
    expect(fileName).toBe('budget.docx')
    expect(path).toBe(join(dir, 'budget.docx'))
    expect(article.title).toBe('Council tax to rise by 4.99 per cent')
    expect(article.standfirst).toBe('The maximum rise allowed without a referendum, the finance chief says')
    expect(blocksOf(article, 'byline')).toEqual(['By Amira Haddad, 14 March 2024'])
    expect(article.metadata).toMatchObject({ author: 'Amira Haddad', date: '2024-03-14' })
    expect(blocksOf(article, 'heading')).toEqual(['Where the money goes'])
    expect(blocksOf(article, 'list-item')).toEqual(['Adult social care: £212m', 'Children’s services: £98m'])
    expect(blocksOf(article, 'blockquote')).toEqual([
      '“We have protected every library in the county,” said the council leader, Tom Reyes.'
    ])
    expect(blocksOf(article, 'paragraph')).toHaveLength(2)
    expect(hash).toBe(createHash('sha256').update(article.text).digest('hex'))
  })

  it('gives the same text and hash for the same document every time', async () => {
    const first = await importBytes('budget.docx', draftDocx)
    const second = await importBytes('budget.docx', draftDocx)
    expect(first.ok && second.ok && first.value.hash === second.value.hash).toBe(true)
    expect(first.ok && first.value.path).toBe(null)
  })

  it.each([
    ['not a zip at all', new TextEncoder().encode('This is plain text pretending to be Word.')],
    ['a zip without word/document.xml', zip({ 'hello.txt': 'hello' })],
    ['a truncated zip', draftDocx.subarray(0, 200)]
  ])('reports a corrupt .docx (%s) instead of throwing', async (_label, bytes) => {
    const result = await importBytes('broken.docx', bytes)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('corrupt-docx')
      expect(result.error.message).toMatch(/^Cannot open "broken\.docx": it is not a readable Word document/)
    }
  })

  it('refuses a .docx with no text in it', async () => {
    const result = await importBytes('blank.docx', makeDocx([{ text: '   ' }]))
    expect(!result.ok && result.error.code).toBe('no-article-text')
  })
})

describe('importFile: checks before reading', () => {
  it.each([
    [
      'missing file',
      () => join(dir, 'nowhere.txt'),
      'not-found',
      'Cannot open "nowhere.txt": the file does not exist.'
    ],
    [
      'folder',
      () => {
        mkdirSync(join(dir, 'drafts.txt'), { recursive: true })
        return join(dir, 'drafts.txt')
      },
      'is-directory',
      'Cannot open "drafts.txt": it is a folder, not a file.'
    ],
    ['empty file', () => write('notes.txt', ''), 'empty', 'Cannot open "notes.txt": the file is empty.'],
    [
      'whitespace-only file',
      () => write('spaces.md', ' \n\t\r\n  \n'),
      'empty',
      'Cannot open "spaces.md": the file is empty.'
    ],
    [
      'PDF',
      () => write('draft.pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj'),
      'pdf',
      'Cannot open "draft.pdf": it is a PDF; Factdesk reads .txt, .md, .html and .docx drafts, and .vtt, .srt and .tsv transcripts.'
    ],
    [
      'PDF saved as .txt',
      () => write('draft.txt', '%PDF-1.4\n1 0 obj'),
      'pdf',
      'Cannot open "draft.txt": it is a PDF; Factdesk reads .txt, .md, .html and .docx drafts, and .vtt, .srt and .tsv transcripts.'
    ],
    [
      'unknown extension',
      () => write('story.rtf', '{\\rtf1 Hello}'),
      'unsupported-format',
      'Cannot open "story.rtf": .rtf files are not supported; Factdesk reads .txt, .md, .html and .docx drafts, and .vtt, .srt and .tsv transcripts.'
    ],
    [
      'binary renamed .txt',
      () => write('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3, 0, 0])),
      'binary',
      'Cannot open "photo.txt": it is not a text file (it contains binary data); Factdesk reads .txt, .md, .html and .docx drafts, and .vtt, .srt and .tsv transcripts.'
    ]
  ])('%s', async (_label, makePath, code, message) => {
    const result = await importFile(makePath())
    expect(result).toEqual({ ok: false, error: { code, message } })
  })

  it('rejects a file over the 2 MB limit from its size, before reading it', async () => {
    const path = write('big.txt', '')
    truncateSync(path, Math.round(61.2 * 1024 * 1024)) // sparse: the size is real, nothing is read
    const result = await importFile(path)
    expect(result).toEqual({
      ok: false,
      error: { code: 'too-large', message: 'Cannot open "big.txt": it is 61.2 MB, over the 2 MB limit.' }
    })
  })

  it('applies the same size limit to uploaded bytes', async () => {
    const result = await importBytes('upload.txt', new Uint8Array(6 * 1024 * 1024 + 1))
    expect(!result.ok && result.error.code).toBe('too-large')
  })
})

describe('importFile: text formats', () => {
  it.each([
    ['newsroom.txt', 'Did the river authority really cut water leaks by a third?'],
    ['feature.md', 'Ferry fares: what the operator’s figures leave out'],
    ['saved-page.html', 'Bus lane fines doubled, council figures show']
  ])('imports %s from disk', async (name, title) => {
    const result = await importFile(write(name, fixture(name)))
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.article.title).toBe(title)
    expect(result.value.hash).toBe(hashText(result.value.article.text))
  })

  it('strips folders from uploaded file names', async () => {
    const result = await importBytes('C:\\Users\\desk\\Drafts\\plain-crlf.txt', fixture('plain-crlf.txt'))
    expect(result.ok && result.value.fileName).toBe('plain-crlf.txt')
  })

  it('hashText is SHA-256 hex and changes with one character', () => {
    expect(hashText('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(hashText('5,000 troops')).not.toBe(hashText('5,001 troops'))
  })
})
