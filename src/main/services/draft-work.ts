/**
 * The heavy part of opening a draft, as one unit of work: import a file (read, decode, parse) and extract it, or
 * extract an article already held, or import a file and make its new case ready to write (new-case.ts), or open an
 * existing case or import a new draft into one (case-work.ts). The same function runs inside the import worker (import-worker.ts: the desktop app and browser
 * mode, so their event loop stays free) and in-process (the CLI, tests), telling its progress as a phase and a
 * percentage of the whole.
 */
import { realpath, stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import type { Article, Extraction } from '../../shared/article'
import type { FileInput, ImportPhase } from '../../shared/contract'
import { fail, ok, type AppError, type Result } from '../../shared/result'
import { currentDraft } from '../../core/case/case-reading'
import { unlinkedTwins } from '../../core/case/twins'
import { extract, type ExtractStage } from '../../core/extract/extract'
import { errors, maxBytesFor } from '../../core/import/errors'
import { doCaseWork, preparedCase, type CaseRead, type CaseWork, type GoodBackups, type Revised } from './case-work'
import { existingCasePath } from './case-paths'
import { caseFileBytes, isCasePath } from './case-read'
import { KEPT_MAX_BYTES, readCaseBytes } from './case-read-memo'
import { readCasesHoldingDraft } from './case-of-draft'
import { importBytes, importFile, type ImportedArticle } from './file-import'
import { listRecent } from './recent'
import { prepareNewCase, type NewCaseOrder, type PreparedCase } from './new-case'
import { rememberedShown, rememberShown, shownKey } from './shown-memo'

/** The checker's settings extraction follows (a case's date and threshold); empty for a new case. */
export interface ExtractSettings {
  articleDate?: string | null
  threshold?: number
}

export type DraftWork =
  | { kind: 'import'; file: FileInput; settings: ExtractSettings }
  // Only read and normalised, for the hash of its text: is the file on disk still the draft a case checks?
  | { kind: 'read'; file: FileInput }
  | { kind: 'extract'; fileName: string; article: Article; settings: ExtractSettings }
  | { kind: 'new-case'; file: FileInput; order: NewCaseOrder }
  /**
   * What the window's first open will open, begun as the shell starts (worker-engine.ts prepare): the draft named on
   * the command line (`file`), else the last case opened (startup.ts); a case's draft is extracted and kept
   * (shown-memo.ts) and the case read (case-read-memo.ts), so that open then only reads; nothing answered.
   */
  | { kind: 'warm'; file: { path: string } | null; dataDir: string }
  | CaseWork

export interface DraftDone {
  /** The imported draft; null for extract work. */
  imported: ImportedArticle | null
  extraction: Extraction
}

/** What a session shows of an extraction besides its case: the sentences' scores and the inconsistencies. */
export type ShownExtraction = Pick<Extraction, 'sentences' | 'inconsistencies'>

/**
 * New-case work done: the draft, what its session shows, and its case: a new one ready to write; or, with `heldIn`,
 * the case beside the article whose current draft it is, as read from that file; null: it has a case already.
 */
export interface CaseDone {
  imported: ImportedArticle
  /** Without the claims and quotes: they are the case's items (and are not sent across threads twice). */
  shown: ShownExtraction
  prepared: PreparedCase | null
  heldIn?: HeldIn
  /** The held case's twins not linked yet (Session.twins); a new case is made with its twins linked. */
  twins?: Array<[string, string]>
}

/**
 * Where the case of a later draft was read (after `factdesk revise story.txt story-v2.txt` it stays
 * story.txt.factdesk.json, case-of-draft.ts): its path, the fingerprint of the bytes read, and the file's stats just
 * before and just after the read; the opener opens it from that read, never reading it again, nor writing it. Or
 * every case beside the article that holds it, when there are several (a copy of the case): none is chosen.
 */
export type HeldIn =
  { casePath: string; fingerprint: string; before: string | null; after: string | null } | { copies: string[] }

/** Read work done: the draft's file name and the hash of its text, nothing extracted. */
export interface DraftRead {
  fileName: string
  hash: string
}

/** What each kind of work answers. */
export type DoneOf<W extends DraftWork> = W extends { kind: 'new-case' }
  ? CaseDone
  : W extends { kind: 'open-case' }
    ? CaseRead
    : W extends { kind: 'revise' }
      ? Revised
      : W extends { kind: 'read' | 'warm' }
        ? DraftRead
        : W extends { kind: 'good-backups' }
          ? GoodBackups
          : DraftDone

/** Any work's answer. */
export type WorkDone = DraftDone | CaseDone | CaseRead | Revised | DraftRead | GoodBackups

export type ProgressSink = (phase: ImportPhase, percent: number) => void

/**
 * Each phase's share of an import that makes a new case, as percentages of the whole: measured on a 6 MB draft,
 * parsing and scoring sentences are most of the extraction and reading the file almost none of it; building,
 * checking and serialising the case took 1.5 s of a 2 MB draft's 5 s in the worker.
 */
const PHASE_SPANS: Record<ImportPhase, readonly [number, number]> = {
  reading: [0, 2],
  parsing: [2, 24],
  sentences: [24, 31],
  'check-worthiness': [31, 61],
  quotes: [61, 68],
  consistency: [68, 70],
  case: [70, 100]
}

/** Work without a case to build ends with the extraction; extract work also starts there (no reading, no parsing). */
const EXTRACT_START = PHASE_SPANS.sentences[0]
const EXTRACT_END = PHASE_SPANS.consistency[1]

/** The file's name as the checker knows it, for the messages about this work. */
export function workFileName(work: DraftWork): string {
  if (work.kind === 'extract') return work.fileName
  if (work.kind === 'open-case' || work.kind === 'good-backups')
    return work.casePath.split(/[\\/]/).pop() ?? work.casePath
  if (!work.file) return 'the last case opened'
  return 'path' in work.file ? (work.file.path.split(/[\\/]/).pop() ?? work.file.path) : work.file.fileName
}

/** A phase and how much of it is done (0–1) as a whole-number percentage of all the work. */
export function percentOf(kind: DraftWork['kind'], phase: ImportPhase, done: number): number {
  const [from, to] = PHASE_SPANS[phase]
  const overall = from + (to - from) * Math.min(1, Math.max(0, done))
  const start = kind === 'extract' ? EXTRACT_START : 0
  // Work that ends with a case (made, read or revised) goes on past the extraction; reading alone ends with parsing.
  const end = kind === 'read' ? PHASE_SPANS.parsing[1] : kind === 'import' || kind === 'extract' ? EXTRACT_END : 100
  return Math.floor(((overall - start) / (end - start)) * 100)
}

async function importOf(file: FileInput, onParsing: () => void): Promise<Result<ImportedArticle>> {
  if ('path' in file) return importFile(file.path, onParsing)
  const bytes = Buffer.from(file.base64, 'base64')
  return importBytes(file.fileName, bytes, onParsing)
}

/** An upload's size from its base64's length and padding, without decoding it. */
function base64Bytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0
  return Math.floor((base64.length * 3) / 4) - padding
}

/**
 * The one size limit, checked before any work starts (no worker started, nothing decoded or read): a file's size
 * from the file system, an upload's from its base64. Any other problem with the file (missing, a folder) is left to
 * the import, which says it in its own words; the importer checks the size again on the bytes it reads.
 */
export async function oversized(work: DraftWork): Promise<AppError | null> {
  // A case file is not a draft: its draft was held to the limit when it was imported.
  if (work.kind === 'extract' || work.kind === 'open-case' || work.kind === 'good-backups' || !work.file) return null
  const name = workFileName(work)
  const size =
    'path' in work.file
      ? await stat(work.file.path).then(
          (info) => info.size,
          () => 0
        )
      : base64Bytes(work.file.base64)
  return size > maxBytesFor(name) ? errors.tooLarge(name, size) : null
}

export async function doDraftWork<W extends DraftWork>(
  work: W,
  report: ProgressSink = () => undefined
): Promise<Result<DoneOf<W>>> {
  return (await doWork(work, report)) as Result<DoneOf<W>>
}

async function doWork(work: DraftWork, report: ProgressSink): Promise<Result<WorkDone>> {
  const refused = await oversized(work)
  if (refused) return { ok: false, error: refused }
  const tell = (phase: ImportPhase, done: number) => report(phase, percentOf(work.kind, phase, done))
  if (work.kind === 'open-case' || work.kind === 'revise' || work.kind === 'good-backups') {
    try {
      return await doCaseWork(work, { tell, importDraft: (file) => importOf(file, () => tell('parsing', 0)) })
    } catch (error) {
      // Written never to throw, as extraction is; a bug still answers as data.
      return fail(
        'internal',
        `${work.kind === 'revise' ? 'Revising' : 'Opening'} ${workFileName(work)} failed unexpectedly: ${(error as Error).message}`
      )
    }
  }
  if (work.kind === 'warm') return warmUp(work)
  let imported: ImportedArticle | null = null
  let article: Article
  if (work.kind !== 'extract') {
    tell('reading', 0)
    const result = await importOf(work.file, () => tell('parsing', 0))
    if (!result.ok) return result
    imported = result.value
    if (work.kind === 'read') return ok({ fileName: imported.fileName, hash: imported.hash })
    article = imported.article
  } else {
    article = work.article
  }
  const onProgress = (stage: ExtractStage, done: number) => tell(stage, done)
  // A new case takes the article's own date and the default threshold: the settings of an extraction with none.
  const settings = work.kind === 'new-case' ? {} : work.settings
  // An article that has its case is opened, not given a new one (prepareNewCase): its session needs only what an
  // extraction shows, which this thread may hold already (the draft opened again, or begun at start-up).
  if (work.kind === 'new-case' && imported && existingCasePath(work.order.dataDir, imported, work.order.articlePath)) {
    const shown = rememberedShown(shownKey(article, settings))
    if (shown) return ok({ imported, shown, prepared: null })
  }
  try {
    const extraction = extract(article, { ...settings, onProgress })
    if (work.kind !== 'new-case' || !imported) return ok({ imported, extraction })
    const { sentences, inconsistencies } = extraction
    const shown = { sentences, inconsistencies }
    // Its case, opened next (or on the next reload), shows the same extraction when its settings are a new case's.
    rememberShown(shownKey(article, settings), shown)
    tell('case', 0)
    const held = await heldCase(imported, work.order)
    if (held) return ok({ imported, shown, ...held })
    const prepared = prepareNewCase(imported, extraction, work.order, (done) => tell('case', done))
    if (!prepared.ok) return prepared
    return ok({ imported, shown, prepared: prepared.value })
  } catch (error) {
    // Extraction is written never to throw; a bug still answers as data, never as a crash of the caller.
    return fail('internal', `Extracting ${workFileName(work)} failed unexpectedly: ${(error as Error).message}`)
  }
}

/**
 * The command-line draft read as opening it will read it (its real path, the same import); when it has a case, which
 * the window's first open then opens with the extraction a new case's settings give (sessions.ts), that extraction is
 * made now and kept on this thread. A draft without a case is only read: its new case is made when the window asks.
 */
async function warmUp(work: Extract<DraftWork, { kind: 'warm' }>): Promise<Result<DraftRead>> {
  if (!work.file) return warmLastCase(work.dataDir)
  const given = work.file.path
  const path = await realpath(resolve(given)).catch(() => given)
  if (isCasePath(path)) return fail('invalid-input', `${path} is a case file, not a draft.`)
  const result = await importOf({ path }, () => undefined)
  if (!result.ok) return result
  const { article, fileName, hash } = result.value
  const casePath = existingCasePath(work.dataDir, result.value, path)
  if (casePath) {
    const { sentences, inconsistencies } = extract(article, {})
    rememberShown(shownKey(article, {}), { sentences, inconsistencies })
    // Its case too, as the open reads it: that open then finds these bytes read (case-read-memo.ts). Only read; a
    // file changed or damaged meanwhile is read again, or said, by the open itself.
    const bytes = await caseFileBytes(casePath)
    if (bytes.ok) readCaseBytes(bytes.value, basename(casePath))
  }
  return ok({ fileName, hash })
}

/**
 * No draft named: the window's first open is the last case opened that is still on disk (startup.ts), read and its
 * current draft extracted with its settings as that open does it (case-work.ts), which then finds both done. Not for
 * a case too large for this thread to keep (case-read-memo.ts): its open would read it again after waiting for this.
 */
async function warmLastCase(dataDir: string): Promise<Result<DraftRead>> {
  const [last] = await listRecent(dataDir)
  if (!last) return fail('not-found', 'No case was opened before.')
  const size = await stat(last.casePath).then(
    (info) => info.size,
    () => Infinity
  )
  if (size > KEPT_MAX_BYTES) return fail('too-large', `${basename(last.casePath)} is not kept between opens.`)
  const work = { kind: 'open-case' as const, casePath: last.casePath, extract: true }
  const tools = { tell: () => undefined, importDraft: (file: FileInput) => importOf(file, () => undefined) }
  // Every job waits for this one: whatever happens, it answers.
  const read = await doCaseWork(work, tools).catch((error: unknown) => fail('internal', (error as Error).message))
  if (!read.ok) return read
  const draft = currentDraft(read.value.prepared.case)
  return ok({ fileName: draft.fileName, hash: draft.hash })
}

/**
 * A draft opened by its path that has no case of its own (beside it, in the data folder) but is the current draft of
 * the one case beside it: that case, read here once, for the opener to open from this read; of several, their paths
 * and no case at all (nothing to write). Read on this side because every case in the folder may be read to find it
 * (one at the size limit is 46 MB).
 */
async function heldCase(
  imported: ImportedArticle,
  order: NewCaseOrder
): Promise<Pick<CaseDone, 'prepared' | 'heldIn' | 'twins'> | null> {
  if (!order.articlePath || existingCasePath(order.dataDir, imported, order.articlePath)) return null
  const { paths, first } = await readCasesHoldingDraft(order.articlePath, imported.hash)
  if (paths.length > 1) return { prepared: null, heldIn: { copies: paths } }
  if (!first) return null
  const { casePath, loaded, before, after } = first
  const heldIn = { casePath, fingerprint: loaded.fingerprint, before, after }
  return { prepared: preparedCase(loaded.case), heldIn, twins: unlinkedTwins(loaded.case.items) }
}
