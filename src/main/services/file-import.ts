import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Article } from '../../shared/article'
import { ok, type Result } from '../../shared/result'
import { extensionOf, finishHtmlImport, parseArticle, parseHtml, precheck } from '../../core/import/index'
import { errors, isZip, MAX_IMPORT_BYTES, maxBytesFor } from '../../core/import/errors'
import { checkDocxPackage } from './docx-guard'
import { logImportProblem } from './import-log'

/**
 * Opening a draft from disk (desktop, CLI) or from uploaded bytes (browser mode). The
 * pure importers do the parsing; this adds what needs Node: stat before read, .docx
 * through mammoth, and the SHA-256 of the article text that identifies a draft version.
 * Every failure comes back as a Result naming the file — never a throw, never half an article.
 */

export interface ImportedArticle {
  path: string | null
  fileName: string
  article: Article
  /** SHA-256 hex of article.text: the same draft always hashes the same. */
  hash: string
}

/**
 * Word styles → HTML the core parser understands: pull-quote styles become blockquotes,
 * Title the headline, Subtitle the standfirst. Mammoth's defaults cover headings and lists.
 */
const DOCX_STYLE_MAP = [
  "p[style-name='Quote'] => blockquote:fresh",
  "p[style-name='Intense Quote'] => blockquote:fresh",
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p.standfirst:fresh"
]

/**
 * Mammoth, loaded at the first Word file rather than with this module: loading it (and the ZIP and XML libraries it
 * brings) was 80–200 ms of every start of the import worker and of the server, before the command-line draft, mostly
 * a .txt or .md, could be read. Pictures are not article text: never unpacked, never turned into data URIs
 * (docx-guard.ts bounds the rest).
 */
let docxConverter: Promise<(buffer: Buffer) => Promise<{ value: string }>> | null = null
function loadDocxConverter() {
  docxConverter ??= import('mammoth').then(({ default: mammoth }) => {
    const convertImage = mammoth.images.imgElement(async () => ({ src: '' }))
    // externalFileAccess stays off: a document must not make us read other files on disk.
    const options = { styleMap: DOCX_STYLE_MAP, externalFileAccess: false, convertImage }
    return (buffer: Buffer) => mammoth.convertToHtml({ buffer }, options)
  })
  return docxConverter
}

export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** A library's failure, said as what is wrong with the file (its words go to the log). */
function docxReason(error: unknown): string {
  if (error instanceof RangeError) return 'it is too large or too deeply nested to convert'
  const text = error instanceof Error ? error.message.toLowerCase() : String(error).toLowerCase()
  if (/zip|central directory|crc|compress|size mismatch|inflate/.test(text)) return 'its ZIP package is damaged'
  if (/xml|entity|tag|attribute|element|parse|unexpected/.test(text)) return 'its XML is damaged'
  if (/could not find|not found|missing/.test(text)) return 'a part every Word document has is missing'
  return 'its contents are damaged'
}

/** A file-system error code, said in words. */
function readProblem(code: string | undefined): string {
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EBUSY') return 'another program is using it'
  if (code === 'EISDIR') return 'it is a folder'
  if (code === 'EIO') return 'the disk could not read it'
  return 'the system would not read it'
}

async function convertDocx(fileName: string, bytes: Uint8Array): Promise<Result<Article>> {
  if (!isZip(bytes)) return { ok: false, error: errors.corruptDocx(fileName, 'it is not a ZIP package') }
  const refused = checkDocxPackage(fileName, bytes)
  if (refused) return { ok: false, error: refused }
  const convert = await loadDocxConverter()
  let html: string
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    html = (await convert(buffer)).value
  } catch (error) {
    logImportProblem(fileName, 'docx conversion', error)
    return { ok: false, error: errors.corruptDocx(fileName, docxReason(error)) }
  }
  let article: Result<Article>
  try {
    article = finishHtmlImport(fileName, parseHtml(html, { origin: 'docx' }))
  } catch (error) {
    logImportProblem(fileName, 'docx html', error)
    return { ok: false, error: errors.parseFailed(fileName) }
  }
  // The one text limit holds inside Word files too: their XML was bounded before unpacking (MAX_DOCX_XML_BYTES), but
  // that much XML can hold several times the text a draft may have, and opening a draft costs by its text.
  const textBytes = article.ok ? Buffer.byteLength(article.value.text) : 0
  if (textBytes > MAX_IMPORT_BYTES) return { ok: false, error: errors.docxTextTooLarge(fileName, textBytes) }
  return article
}

/** Told when the bytes are in and parsing starts (the import worker's progress). */
export type OnParsing = () => void

async function importNamed(
  path: string | null,
  fileName: string,
  bytes: Uint8Array,
  onParsing?: OnParsing
): Promise<Result<ImportedArticle>> {
  onParsing?.()
  const problem = precheck(fileName, bytes)
  if (problem) return { ok: false, error: problem }
  const parsed =
    extensionOf(fileName) === '.docx'
      ? await convertDocx(fileName, bytes)
      : parseArticle(fileName, bytes, (error) => logImportProblem(fileName, 'parse', error))
  if (!parsed.ok) return parsed
  return ok({ path, fileName, article: parsed.value, hash: hashText(parsed.value.text) })
}

/** Imports uploaded bytes (browser mode): the same checks as a file on disk. */
export async function importBytes(
  fileName: string,
  bytes: Uint8Array,
  onParsing?: OnParsing
): Promise<Result<ImportedArticle>> {
  return importNamed(null, basename(fileName.replace(/\\/g, '/')) || fileName, bytes, onParsing)
}

/** Imports a file: stat first (missing, folder, too large), then read, then parse by extension. */
export async function importFile(path: string, onParsing?: OnParsing): Promise<Result<ImportedArticle>> {
  const fileName = basename(path)
  let size: number
  try {
    const info = await stat(path)
    if (info.isDirectory()) return { ok: false, error: errors.directory(fileName) }
    if (!info.isFile()) return { ok: false, error: errors.unreadable(fileName, 'it is not a regular file') }
    size = info.size
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, error: errors.notFound(fileName) }
    return {
      ok: false,
      error: errors.unreadable(fileName, readProblem(code))
    }
  }
  if (size > maxBytesFor(fileName)) return { ok: false, error: errors.tooLarge(fileName, size) }
  if (size === 0) return { ok: false, error: errors.empty(fileName) }
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {
      ok: false,
      error: errors.unreadable(fileName, readProblem(code))
    }
  }
  return importNamed(path, fileName, bytes, onParsing)
}
