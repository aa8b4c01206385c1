import type { AppError, ErrorCode } from '../../shared/result'

/**
 * Every way an import can fail, as one clear sentence naming the file and the reason.
 * Shared by the pure importers and the Node-side file service so the wording matches.
 */

/**
 * The one size limit for a draft, on disk and uploaded in browser mode (api-inputs.ts uses it too). Chosen by what
 * opening a draft costs end to end here (docs/GUIDE.md, docs/SECURITY.md), not extraction alone: 2 MB of news prose is some
 * 28,000 claims and quotes, about 7 s of the server's CPU (worker and main thread) and 11 s of the page's to the last
 * row of the list, with the server's peak near 550 MB; 3 MB passed 20 s. A 6 MB limit (extraction alone within 20 s)
 * meant 26 s and 1.8 GB to open.
 */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024

/**
 * A Word file is a package: its pictures make it large while its text stays small, and pictures are never read
 * (file-import.ts skips them). So a .docx has its own file limit, and the text limit applies inside it, to what the
 * XML parts that hold the text declare (docx-guard.ts) — a 20 MB report full of photographs opens.
 */
export const MAX_PACKAGE_BYTES = 50 * 1024 * 1024

/**
 * The file-size limit for a file of this name handed to open or import: the package limit for .docx and for .json (a
 * case file — a case at the draft limit is some 46 MB — is opened as a case, or told apart from a draft on its first
 * bytes), the text limit for the rest.
 */
export function maxBytesFor(fileName: string): number {
  const extension = extensionOf(fileName)
  return extension === '.docx' || extension === '.json' ? MAX_PACKAGE_BYTES : MAX_IMPORT_BYTES
}

/** How Factdesk names the case files it writes (`draft.txt.factdesk.json`). */
export const CASE_FILE_SUFFIX = '.factdesk.json'

/** Enough of a case file's start to hold its first fields: the schema version, id, times and article path. */
export const CASE_HEAD_BYTES = 4096

/**
 * A Factdesk case file, by its name, or by its first fields when renamed (a browser saves a second download as
 * "draft.txt.factdesk (1).json"): a JSON object naming a `schemaVersion` and the case's `drafts` or `currentDraftId`.
 */
export function isCaseFile(fileName: string, bytes: Uint8Array): boolean {
  if (fileName.toLowerCase().endsWith(CASE_FILE_SUFFIX)) return true
  if (extensionOf(fileName) !== '.json') return false
  const head = new TextDecoder().decode(bytes.subarray(0, CASE_HEAD_BYTES))
  return /^\s*\{/.test(head) && /"schemaVersion"\s*:\s*\d/.test(head) && /"(?:drafts|currentDraftId)"\s*:/.test(head)
}

/** Extensions Factdesk reads; .docx needs the Node-side converter (mammoth). */
export const SUPPORTED_EXTENSIONS = [
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.docx',
  '.vtt',
  '.srt',
  '.tsv'
] as const

export const READS = 'Factdesk reads .txt, .md, .html and .docx drafts, and .vtt, .srt and .tsv transcripts'

/** Lower-case extension with the dot ('.md'), or '' when the name has none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot).toLowerCase() : ''
}

/** The file's own name without folders, as the user knows it. */
export function displayName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() || fileName || 'the file'
}

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`

export function importError(code: ErrorCode, fileName: string, reason: string): AppError {
  return { code, message: `Cannot open "${displayName(fileName)}": ${reason}` }
}

export const errors = {
  tooLarge: (name: string, size: number): AppError =>
    importError(
      'too-large',
      name,
      extensionOf(name) === '.docx'
        ? `it is ${megabytes(size)}, over the ${MAX_PACKAGE_BYTES / (1024 * 1024)} MB limit for Word files.`
        : `it is ${megabytes(size)}, over the ${MAX_IMPORT_BYTES / (1024 * 1024)} MB limit.`
    ),
  empty: (name: string): AppError => importError('empty', name, 'the file is empty.'),
  pdf: (name: string): AppError => importError('pdf', name, `it is a PDF; ${READS}.`),
  legacyWord: (name: string): AppError =>
    importError(
      'unsupported-format',
      name,
      `it is an old Word .doc file; ${READS}. Save it as .docx in Word and open it again.`
    ),
  unsupported: (name: string, extension: string): AppError =>
    importError(
      'unsupported-format',
      name,
      extension === ''
        ? `it has no file extension, so its format is unknown; ${READS}.`
        : extension === '.json'
          ? `it is not a Factdesk case file, and .json files are not drafts; ${READS}.`
          : `${extension} files are not supported; ${READS}.`
    ),
  caseFile: (name: string): AppError =>
    importError(
      'case-file-not-draft',
      name,
      'this is a Factdesk case file, not a draft. Open it with File › Open… to continue checking it.'
    ),
  binary: (name: string): AppError =>
    importError('binary', name, `it is not a text file (it contains binary data); ${READS}.`),
  noArticleText: (name: string): AppError => importError('no-article-text', name, 'no article text was found in it.'),
  docxTooLarge: (name: string, unpacked: number): AppError =>
    importError(
      'too-large',
      name,
      `it unpacks to ${megabytes(unpacked)} of Word XML, far past any article; it was refused before unpacking.`
    ),
  docxTextTooLarge: (name: string, textBytes: number): AppError =>
    importError(
      'too-large',
      name,
      `its text is ${megabytes(textBytes)}, over the ${MAX_IMPORT_BYTES / (1024 * 1024)} MB limit for a draft's text.`
    ),
  corruptDocx: (name: string, detail: string): AppError =>
    importError('corrupt-docx', name, `it is not a readable Word document (${detail}).`),
  needsDocxConverter: (name: string): AppError =>
    importError('needs-docx-converter', name, 'Word documents are converted by the desktop app; open it from there.'),
  notFound: (name: string): AppError => importError('not-found', name, 'the file does not exist.'),
  directory: (name: string): AppError => importError('is-directory', name, 'it is a folder, not a file.'),
  unreadable: (name: string, detail: string): AppError =>
    importError('unreadable', name, `it could not be read (${detail}).`),
  parseFailed: (name: string): AppError =>
    importError('parse-failed', name, 'its contents could not be read; the details are in the import log.'),
  cancelled: (name: string): AppError =>
    importError('import-cancelled', name, 'the import was cancelled; nothing was changed.'),
  tooSlow: (name: string, seconds: number): AppError =>
    importError(
      'import-too-slow',
      name,
      `reading it took longer than ${seconds} seconds, so it was stopped; nothing was changed. Split the draft, or save it as plain text and open that.`
    ),
  tooBig: (name: string, megabytes: number): AppError =>
    importError(
      'import-too-big',
      name,
      `reading it needed more than ${megabytes} MB of memory, so it was stopped; nothing was changed. Split the draft, or save it as plain text and open that.`
    )
}

const startsWithBytes = (bytes: Uint8Array, text: string): boolean =>
  bytes.length >= text.length && [...text].every((char, i) => bytes[i] === char.charCodeAt(0))

/** A PDF by its name or its "%PDF-" magic, whatever the file is called (draft.txt saved from a PDF tool). */
export function isPdf(fileName: string, bytes: Uint8Array): boolean {
  return extensionOf(fileName) === '.pdf' || startsWithBytes(bytes, '%PDF-')
}

/** A ZIP container (docx, xlsx, odt…) by its local-file-header magic. */
export const isZip = (bytes: Uint8Array): boolean => startsWithBytes(bytes, 'PK\u0003\u0004')

/**
 * Checks every format shares, in the order a user would want to hear them: a case file first (it is no draft at
 * all), size (before anything is decoded), then empty, PDF, legacy Word, unknown extension.
 */
export function precheck(fileName: string, bytes: Uint8Array): AppError | null {
  const extension = extensionOf(fileName)
  // Before the size: a case file is told for what it is at any size (a big case is far over a draft's limit).
  if (isCaseFile(fileName, bytes)) return errors.caseFile(fileName)
  if (bytes.length > maxBytesFor(fileName)) return errors.tooLarge(fileName, bytes.length)
  if (bytes.length === 0) return errors.empty(fileName)
  if (isPdf(fileName, bytes)) return errors.pdf(fileName)
  if (extension === '.doc') return errors.legacyWord(fileName)
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(extension)) return errors.unsupported(fileName, extension)
  return null
}
