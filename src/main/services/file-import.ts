import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import mammoth from 'mammoth'
import type { Article } from '../../shared/article'
import { ok, type Result } from '../../shared/result'
import {
  MAX_IMPORT_BYTES,
  extensionOf,
  finishHtmlImport,
  parseArticle,
  parseHtml,
  precheck
} from '../../core/import/index'
import { errors, isZip } from '../../core/import/errors'
import { checkDocxPackage } from './docx-guard'

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

/** Pictures are not article text: never unpacked, never turned into data URIs (docx-guard.ts bounds the rest). */
const SKIP_IMAGES = mammoth.images.imgElement(async () => ({ src: '' }))

export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

async function convertDocx(fileName: string, bytes: Uint8Array): Promise<Result<Article>> {
  if (!isZip(bytes)) return { ok: false, error: errors.corruptDocx(fileName, 'it is not a ZIP package') }
  const refused = checkDocxPackage(fileName, bytes)
  if (refused) return { ok: false, error: refused }
  let html: string
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    // externalFileAccess stays off: a document must not make us read other files on disk.
    const result = await mammoth.convertToHtml(
      { buffer },
      {
        styleMap: DOCX_STYLE_MAP,
        externalFileAccess: false,
        convertImage: SKIP_IMAGES
      }
    )
    html = result.value
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? 'unknown error') : String(error)
    return { ok: false, error: errors.corruptDocx(fileName, detail.slice(0, 160)) }
  }
  try {
    return finishHtmlImport(fileName, parseHtml(html, { origin: 'docx' }))
  } catch (error) {
    return { ok: false, error: errors.parseFailed(fileName, error instanceof Error ? error.message : String(error)) }
  }
}

async function importNamed(path: string | null, fileName: string, bytes: Uint8Array): Promise<Result<ImportedArticle>> {
  const problem = precheck(fileName, bytes)
  if (problem) return { ok: false, error: problem }
  const parsed = extensionOf(fileName) === '.docx' ? await convertDocx(fileName, bytes) : parseArticle(fileName, bytes)
  if (!parsed.ok) return parsed
  return ok({ path, fileName, article: parsed.value, hash: hashText(parsed.value.text) })
}

/** Imports uploaded bytes (browser mode): the same checks as a file on disk. */
export async function importBytes(fileName: string, bytes: Uint8Array): Promise<Result<ImportedArticle>> {
  return importNamed(null, basename(fileName.replace(/\\/g, '/')) || fileName, bytes)
}

/** Imports a file: stat first (missing, folder, too large), then read, then parse by extension. */
export async function importFile(path: string): Promise<Result<ImportedArticle>> {
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
      error: errors.unreadable(fileName, code === 'EACCES' ? 'permission denied' : String(code ?? error))
    }
  }
  if (size > MAX_IMPORT_BYTES) return { ok: false, error: errors.tooLarge(fileName, size) }
  if (size === 0) return { ok: false, error: errors.empty(fileName) }
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {
      ok: false,
      error: errors.unreadable(fileName, code === 'EACCES' ? 'permission denied' : String(code ?? error))
    }
  }
  return importNamed(path, fileName, bytes)
}
