/**
 * Opening things: an article (creating its case the first time, re-opening it after), an existing
 * `.factdesk.json`, or uploaded bytes (browser mode). The case lives beside the article as
 * `<file name>.factdesk.json`; when that folder cannot be written (or the article was uploaded and
 * has no folder) it lives in `<data folder>/cases/<file name>-<hash prefix>.factdesk.json`, so
 * uploading the same article again finds its case by the article's hash.
 */
import { randomUUID } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { mkdir, realpath } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import type { Extraction } from '../../shared/article'
import type { CaseFile } from '../../shared/case'
import type { BrokenCase, FileInput, ImportJobTag, Session } from '../../shared/contract'
import { fail, ok, type Result } from '../../shared/result'
import { createCase } from '../../core/case/create-case'
import { profileSettings, readProfile } from './profile'
import { currentDraft } from '../../core/case/case-reading'
import { shortHash } from '../../core/case/ids'
import { articleDateFrom } from '../../core/facts/article-date'
import { CLAIM_THRESHOLD } from '../../core/checkworthiness/checkworthiness'
import { engineOf, type DraftEngine } from './draft-engine'
import { listGoodBackups } from './case-backups'
import type { TextWriter } from './atomic-file'
import {
  CASE_SUFFIX,
  canonicalCasePath,
  isCasePath,
  parseCaseText,
  readCase,
  writeCase,
  type LoadedCase
} from './case-store'
import { sweepLeftovers } from './case-sweep'
import { casesDir, safeFileName } from './data-dir'
import type { ImportedArticle } from './file-import'
import { addRecent } from './recent'

export interface SessionContext {
  dataDir: string
  now?: () => Date
  /** Replaces the atomic writer (tests simulate a read-only folder with it). */
  writeText?: TextWriter
  /** Who imports and extracts drafts: the shells' worker engine; in-process when absent (the CLI, tests). */
  engine?: DraftEngine
}

/** What opening produced: a session, a damaged case to offer backups for, or an error. */
export type OpenOutcome = { session: Session } | { broken: BrokenCase } | { error: Result<never> }

/**
 * The engine's view of the case's current draft, with the date and threshold the checker set; extracted by the
 * context's engine (the worker in the app), followed and cancellable under `jobId`.
 */
export async function sessionFrom(
  ctx: Pick<SessionContext, 'engine'>,
  casePath: string,
  loaded: LoadedCase,
  jobId?: string
): Promise<Result<Session>> {
  const draft = currentDraft(loaded.case)
  const settings = { articleDate: loaded.case.articleDate, threshold: loaded.case.threshold }
  const work = { kind: 'extract' as const, fileName: draft.fileName, article: draft.article, settings }
  const done = await engineOf(ctx).run(work, jobId)
  if (!done.ok) return done
  return ok(sessionOf(casePath, loaded.case, done.value.extraction, loaded.fingerprint))
}

export function sessionOf(casePath: string, caseFile: CaseFile, extraction: Extraction, fingerprint: string): Session {
  return {
    casePath,
    case: caseFile,
    sentences: extraction.sentences,
    inconsistencies: extraction.inconsistencies,
    fingerprint
  }
}

export function dataCasePath(dataDir: string, fileName: string, hash: string): string {
  return join(casesDir(dataDir), `${safeFileName(fileName)}-${shortHash(hash)}${CASE_SUFFIX}`)
}

export async function brokenCase(casePath: string, problem: string): Promise<BrokenCase> {
  return { casePath, problem, backups: await listGoodBackups(casePath) }
}

async function openCasePath(
  ctx: SessionContext,
  givenPath: string,
  jobId?: string,
  known?: { hash: string; extraction: Extraction }
): Promise<OpenOutcome> {
  // One spelling per file (symlinks, `.` steps), so two windows opening it two ways share one queue and one lock.
  const casePath = await canonicalCasePath(givenPath)
  await sweepLeftovers(casePath)
  const loaded = await readCase(casePath)
  if (!loaded.ok) {
    if (loaded.error.code !== 'case-invalid') return { error: loaded }
    // Remember it, so the start screen offers its backups.
    await addRecent(ctx.dataDir, { casePath, articlePath: null, title: basename(casePath), openedAt: nowIso(ctx) })
    return { broken: await brokenCase(casePath, loaded.error.message) }
  }
  // The draft just imported is this case's current one, with the settings a new case has: its extraction is the one
  // already made, not made again.
  if (known && extractedAlike(loaded.value.case, known.hash)) {
    const { case: caseFile, fingerprint } = loaded.value
    return { session: await rememberSession(ctx, sessionOf(casePath, caseFile, known.extraction, fingerprint)) }
  }
  const session = await sessionFrom(ctx, casePath, loaded.value, jobId)
  if (!session.ok) return { error: session }
  return { session: await rememberSession(ctx, session.value) }
}

/** Whether the case's current draft is `hash` and it is extracted as a new case would be (default date, threshold). */
function extractedAlike(caseFile: CaseFile, hash: string): boolean {
  const draft = currentDraft(caseFile)
  return (
    draft.hash === hash &&
    caseFile.threshold === CLAIM_THRESHOLD &&
    caseFile.articleDate === articleDateFrom(draft.article.metadata)
  )
}

/** Puts an opened (or restored) case at the top of the recent list; answers the session. */
export async function rememberSession(ctx: SessionContext, session: Session): Promise<Session> {
  const { casePath, case: caseFile } = session
  await addRecent(ctx.dataDir, {
    casePath,
    articlePath: caseFile.articlePath || null,
    title: titleOf(caseFile),
    openedAt: nowIso(ctx)
  })
  return session
}

function titleOf(caseFile: CaseFile): string {
  const draft = currentDraft(caseFile)
  return draft.article.title || draft.fileName
}

function nowIso(ctx: SessionContext): string {
  return (ctx.now ?? (() => new Date()))().toISOString()
}

interface Imported {
  fileName: string
  article: CaseFile['drafts'][number]['article']
  hash: string
}

/**
 * The case the app keeps for this article, if it has one: beside it, else in the data folder by
 * its hash (under its own file name, or under another name: the same text uploaded as
 * "story (1).txt" is the same article). The app, `factdesk report`, `revise` and `init` all ask here.
 */
export function existingCasePath(
  dataDir: string,
  imported: Pick<Imported, 'fileName' | 'hash'>,
  articlePath: string | null
): string | null {
  const beside = articlePath ? `${articlePath}${CASE_SUFFIX}` : null
  const found = [beside, dataCasePath(dataDir, imported.fileName, imported.hash)].find(
    (candidate) => candidate !== null && existsSync(candidate)
  )
  return found ?? dataCaseByHash(dataDir, imported.hash)
}

/** A data-folder case whose name ends in this hash's prefix, whatever the file name before it. */
function dataCaseByHash(dataDir: string, hash: string): string | null {
  const ending = `-${shortHash(hash)}${CASE_SUFFIX}`
  let names: string[]
  try {
    names = readdirSync(casesDir(dataDir))
  } catch {
    return null // no data folder yet: no case
  }
  const match = names.filter((name) => name.endsWith(ending)).sort()[0]
  return match ? join(casesDir(dataDir), match) : null
}

async function openImported(
  ctx: SessionContext,
  imported: Imported,
  extraction: Extraction,
  articlePath: string | null
): Promise<OpenOutcome> {
  const existing = existingCasePath(ctx.dataDir, imported, articlePath)
  if (existing) return openCasePath(ctx, existing, undefined, { hash: imported.hash, extraction })
  const inDataDir = dataCasePath(ctx.dataDir, imported.fileName, imported.hash)
  const beside = articlePath ? `${articlePath}${CASE_SUFFIX}` : null
  const now = nowIso(ctx)
  // A new case's date and threshold are the article's own and the default, so the extraction made with the import
  // is the very one sessionFrom would compute: the session below reuses it instead of extracting again.
  // A new case starts from the newsroom's profile (statuses, ratings, checklists, report header) when there is one.
  const profile = await readProfile(ctx.dataDir)
  const caseFile = createCase({
    article: imported.article,
    extraction,
    hash: imported.hash,
    fileName: imported.fileName,
    articlePath: articlePath ?? '',
    now,
    caseId: randomUUID(),
    settings: profileSettings(profile.profile)
  })
  let written = beside ? await writeCase(beside, caseFile, '', { now: ctx.now, writeText: ctx.writeText }) : null
  let casePath = beside ?? inDataDir
  const folderRefused = written && !written.ok && ['read-only', 'not-writable'].includes(written.error.code)
  if (!written || folderRefused) {
    // The article's folder cannot hold the case (a read-only share, an upload): use the data folder.
    await mkdir(casesDir(ctx.dataDir), { recursive: true })
    written = await writeCase(inDataDir, caseFile, '', { now: ctx.now, writeText: ctx.writeText })
    casePath = inDataDir
  }
  // Another window or process created this article's case meanwhile (two opens at once): open that one.
  if (!written.ok && written.error.code === 'conflict' && existsSync(casePath)) return openCasePath(ctx, casePath)
  if (!written.ok) return { error: written }
  const { case: saved, fingerprint } = written.value
  const session = sessionOf(casePath, saved, extraction, fingerprint)
  if (profile.problem) session.notice = profile.problem
  return { session: await rememberSession(ctx, session) }
}

/** The file's real path (links and `.` steps resolved), or the path as given when it cannot be resolved. */
async function realPathOf(path: string): Promise<string> {
  return realpath(path).catch(() => path)
}

/** The draft read, parsed and extracted by the context's engine; a new case's settings. */
async function importDraft(ctx: SessionContext, file: FileInput, jobId?: string) {
  return engineOf(ctx).run({ kind: 'import', file, settings: {} }, jobId)
}

/** Opens whatever the UI or command line handed over; `jobId` names the import for status and cancel. */
export async function openInput(ctx: SessionContext, input: FileInput & ImportJobTag): Promise<OpenOutcome> {
  const { jobId } = input
  if ('path' in input) {
    const path = await realPathOf(resolve(input.path))
    if (isCasePath(path)) return openCasePath(ctx, path, jobId)
    const done = await importDraft(ctx, { path }, jobId)
    if (!done.ok) return { error: done }
    return openImported(ctx, done.value.imported as ImportedArticle, done.value.extraction, path)
  }
  if (input.fileName.endsWith(CASE_SUFFIX))
    return adoptUploadedCase(ctx, input.fileName, Buffer.from(input.base64, 'base64'), jobId)
  const done = await importDraft(ctx, { fileName: input.fileName, base64: input.base64 }, jobId)
  if (!done.ok) return { error: done }
  return openImported(ctx, done.value.imported as ImportedArticle, done.value.extraction, null)
}

/** A case file uploaded in browser mode: kept as a copy in the data folder (its real folder is unknown). */
async function adoptUploadedCase(
  ctx: SessionContext,
  fileName: string,
  bytes: Buffer,
  jobId?: string
): Promise<OpenOutcome> {
  const parsed = parseCaseText(bytes.toString('utf8'), fileName)
  if (!parsed.ok) return { error: parsed }
  await mkdir(casesDir(ctx.dataDir), { recursive: true })
  const base = safeFileName(fileName.slice(0, -CASE_SUFFIX.length))
  let target = join(casesDir(ctx.dataDir), `${base}${CASE_SUFFIX}`)
  for (let n = 2; existsSync(target); n += 1) target = join(casesDir(ctx.dataDir), `${base}-${n}${CASE_SUFFIX}`)
  const written = await writeCase(target, parsed.value, '', { now: ctx.now })
  if (!written.ok) return { error: written }
  return openCasePath(ctx, target, jobId)
}

/** openInput for callers that want a plain Result (the API's openFile, the CLI). */
export async function openFile(ctx: SessionContext, input: FileInput & ImportJobTag): Promise<Result<Session>> {
  return asResult(await openInput(ctx, input))
}

/** Opens (or creates) the case of an article the caller has already imported from `imported.path`. */
export async function openImportedArticle(
  ctx: SessionContext,
  imported: ImportedArticle,
  extraction: Extraction
): Promise<Result<Session>> {
  return asResult(await openImported(ctx, imported, extraction, imported.path))
}

function asResult(outcome: OpenOutcome): Result<Session> {
  if ('session' in outcome) return ok(outcome.session)
  if ('broken' in outcome) {
    const { casePath, problem, backups } = outcome.broken
    const offer =
      backups.length > 0
        ? ` ${backups.length} good backup(s) are offered on the start screen.`
        : ' No good backup exists.'
    return fail('case-invalid', `${problem} The file was not changed (${casePath}).${offer}`)
  }
  return outcome.error
}
