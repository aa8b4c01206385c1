import type { Article } from '../../shared/article'
import { ok, type Result } from '../../shared/result'
import { draftKind } from './draft-kind'
import { errors, extensionOf } from './errors'
import { parseHtml } from './html'
import { parseMarkdown } from './markdown'
import { parseText } from './text'
import { parseCaptions } from './captions'
import { parseTranscriptText } from './transcript-text'
import { parseTranscriptTsv } from './transcript-tsv'

/**
 * The importers' front door: a file name and its bytes in, one `Article` or one clear
 * error out. Pure (no Node APIs), so it runs in main, the CLI and the renderer alike.
 * .docx needs mammoth on the Node side: see src/main/services/file-import.ts.
 */

export { MAX_IMPORT_BYTES, SUPPORTED_EXTENSIONS, precheck, extensionOf } from './errors'
export { parseHtml } from './html'
export type { HtmlOptions } from './html'
export { decodeBytes } from './decode'

/** A text or markdown draft is read as a transcript when its lines mostly read `NAME: words`. */
const FORMAT_PARSERS: Record<string, (source: string) => Article> = {
  '.txt': (source) => parseTranscriptText(source) ?? parseText(source),
  '.md': (source) => parseTranscriptText(source, true) ?? parseMarkdown(source),
  '.markdown': (source) => parseTranscriptText(source, true) ?? parseMarkdown(source),
  '.vtt': parseCaptions,
  '.srt': parseCaptions,
  '.tsv': parseTranscriptTsv,
  '.html': (source) => parseHtml(source, { origin: 'web' }),
  '.htm': (source) => parseHtml(source, { origin: 'web' })
}

/** Blocks that are article text, as opposed to a lone headline or labels. */
export function hasArticleText(article: Article): boolean {
  return article.blocks.some((block) => block.kind !== 'title' && block.kind !== 'metadata' && block.kind !== 'byline')
}

/** Guards the HTML/DOCX result: a page whose article we could not find is an error, not an empty draft. */
export function finishHtmlImport(fileName: string, article: Article): Result<Article> {
  return hasArticleText(article) ? ok(article) : { ok: false, error: errors.noArticleText(fileName) }
}

/**
 * `logInternal` receives what a parser threw (a bug, never the file's fault alone): the checker is told
 * in our words, the details go wherever the caller keeps its log.
 */
export function parseArticle(
  fileName: string,
  bytes: Uint8Array,
  logInternal: (error: unknown) => void = () => undefined
): Result<Article> {
  const kind = draftKind(fileName, bytes)
  if (!kind.ok) return kind
  if (kind.value.kind === 'docx') return { ok: false, error: errors.needsDocxConverter(fileName) }
  const extension = extensionOf(fileName)
  const parser = FORMAT_PARSERS[extension]
  if (!parser) return { ok: false, error: errors.unsupported(fileName, extension) }
  let article: Article
  try {
    article = parser(kind.value.text)
  } catch (error) {
    // Parsers are written not to throw; this keeps a bug from becoming a crash or a half import.
    logInternal(error)
    return { ok: false, error: errors.parseFailed(fileName) }
  }
  if (extension === '.html' || extension === '.htm') return finishHtmlImport(fileName, article)
  // The file has characters, just none that are a draft's words ("WEBVTT" and no cue): "empty" would be untrue.
  if (article.blocks.length === 0) return { ok: false, error: errors.noArticleText(fileName) }
  return ok(article)
}
