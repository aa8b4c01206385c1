/**
 * Opening things: an article (creating its case the first time, re-opening it after), an existing
 * `.factdesk.json`, or uploaded bytes (browser mode). The case lives beside the article as
 * `<file name>.factdesk.json`; when that folder cannot be written (or the article was uploaded and
 * has no folder) it lives in `<data folder>/cases/<file name>-<hash prefix>.factdesk.json`, so
 * uploading the same article again finds its case by the article's hash.
 */
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, realpath } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import type { Extraction } from '../../shared/article'
import type { CaseFile } from '../../shared/case'
import type { FileInput, OpenFileInput, Session } from '../../shared/contract'
import { fail, ok, type Result } from '../../shared/result'
import { profileSettings, readProfile } from './profile'
import { currentDraft } from '../../core/case/case-reading'
import { articleDateFrom } from '../../core/facts/article-date'
import { CLAIM_THRESHOLD } from '../../core/checkworthiness/checkworthiness'
import { engineOf } from './draft-engine'
import type { CaseDone, ShownExtraction } from './draft-work'
import { dataCasePath, existingCasePath } from './case-paths'
import { prepareNewCase, type NewCaseOrder } from './new-case'
import { CASE_SUFFIX, canonicalCasePath, fingerprintOf, isCasePath, noteRead, writeCase } from './case-store'
import { backupGone, backupRefusal, backupUnusable, putBackupInPlace } from './case-backups'
import { sweepDataFolderCopies, sweepLeftovers } from './case-sweep'
import { casesDir } from './data-dir'
import { describeWriteError, writeFileAtomic, type AtomicWriter } from './atomic-file'
import type { ImportedArticle } from './file-import'
import { addRecent } from './recent'
import { isCaseFile } from '../../core/import/errors'
import { staleArticleNotice } from './case-loader'
import { adoptUploadedCase } from './uploaded-case'
import { dropStaleOwners } from './case-owners'
import { severalHoldItInTheApp } from './case-of-draft'
import {
  asResult,
  brokenCase,
  nowIso,
  readToOpen,
  rememberSession,
  sessionFrom,
  sessionOf,
  type OpenOutcome,
  type ReadToOpen,
  type SessionContext
} from './session-outcome'

// What opening answers lives in session-outcome.ts; its names are answered here too, where callers found them.
export { rememberSession, sessionFrom, sessionOf, type OpenOutcome, type SessionContext } from './session-outcome'

/**
 * Opens the case file at `givenPath`. `already`: the file as the caller just read it (an uploaded case compared with
 * the copy kept, uploaded-case.ts), opened from that read rather than read again; its draft is extracted here.
 */
async function openCasePath(
  ctx: SessionContext,
  givenPath: string,
  jobId?: string,
  known?: { hash: string; extraction: ShownExtraction; fileName: string; fromPath: boolean },
  already?: ReadToOpen
): Promise<OpenOutcome> {
  // One spelling per file (symlinks, `.` steps), so two windows opening it two ways share one queue and one lock.
  const casePath = await canonicalCasePath(givenPath)
  // The data folder's copy temps only when due: this process's first look, or a copy went there (case-sweep.ts).
  await Promise.all([sweepLeftovers(casePath), sweepDataFolderCopies(ctx.dataDir)])
  // Read, parsed, checked and its draft extracted by the engine, between two looks at the file's stats.
  const { read, before, after } = already ?? (await readToOpen(ctx, casePath, !known, jobId))
  if (!read.ok) {
    if (read.error.code !== 'case-invalid') return { error: read }
    // Remember it, so the start screen offers its backups.
    await addRecent(ctx.dataDir, { casePath, articlePath: null, title: basename(casePath), openedAt: nowIso(ctx) })
    return { broken: await brokenCase(ctx, casePath, read.error.message) }
  }
  const loaded = { case: read.value.prepared.case, fingerprint: read.value.fingerprint }
  noteRead(casePath, loaded, before, after)
  // The draft just imported is this case's current one, with the settings a new case has: its extraction is the one
  // already made, not made again.
  const extraction =
    read.value.shown ?? (known && extractedAlike(loaded.case, known.hash) ? known.extraction : undefined)
  const { twins } = read.value
  const session = extraction
    ? ok(sessionOf(casePath, loaded.case, extraction, loaded.fingerprint, twins))
    : await sessionFrom(ctx, casePath, loaded, twins, jobId)
  if (!session.ok) return { error: session }
  // The article opened is not the draft its case checks (edited on disk since, or an earlier draft): said once.
  const stale = known ? staleArticleNotice(loaded.case, known.hash, known.fileName, known.fromPath) : null
  if (stale) session.value.notice = stale
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

/**
 * What a new case needs from this side: the data folder, the article's path, an id, the time, and the newsroom's
 * profile (statuses, ratings, checklists, report header) when there is one; with the profile's problem, if any.
 */
async function newCaseOrder(
  ctx: SessionContext,
  articlePath: string | null
): Promise<{ order: NewCaseOrder; notice: string | null }> {
  const profile = await readProfile(ctx.dataDir)
  const order = {
    dataDir: ctx.dataDir,
    articlePath,
    caseId: randomUUID(),
    now: nowIso(ctx),
    settings: profileSettings(profile.profile)
  }
  return { order, notice: profile.problem }
}

/**
 * The imported draft's case: the one it has (opened, with the extraction just made when its settings are a new
 * case's), else the new case the engine prepared, written as it is: beside the article, else in the data folder.
 */
async function openImported(
  ctx: SessionContext,
  done: CaseDone,
  articlePath: string | null,
  notice: string | null
): Promise<OpenOutcome> {
  const { imported, shown, prepared, heldIn } = done
  const known = { hash: imported.hash, extraction: shown, fileName: imported.fileName, fromPath: articlePath !== null }
  // Asked again here: a case made meanwhile (another window, another process) is opened, not made twice.
  const existing = existingCasePath(ctx.dataDir, imported, articlePath)
  if (existing) return openCasePath(ctx, existing, undefined, known)
  // A later draft of a case kept under its first draft's name (`factdesk revise story.txt story-v2.txt`): that case
  // is this article's check. Opening it, not making a second case from scratch, keeps one proof of the check; it
  // opens from the engine's read, which found it (draft-work.ts), not read again.
  if (heldIn && 'copies' in heldIn && articlePath)
    return { error: fail('several-cases', severalHoldItInTheApp(articlePath, heldIn.copies)) }
  if (heldIn && 'casePath' in heldIn && prepared) {
    const { casePath, fingerprint, before, after } = heldIn
    const already = { read: ok({ fingerprint, prepared, shown: null, twins: done.twins ?? [] }), before, after }
    const opened = await openCasePath(ctx, casePath, undefined, known, already)
    if ('session' in opened)
      opened.session.notice = `Opened ${basename(casePath)}: ${imported.fileName} is its current draft.`
    return opened
  }
  // The worker found this article's case and it has gone since (moved or deleted): nothing was made for it.
  if (!prepared)
    return { error: fail('not-found', `The case for ${imported.fileName} was moved or deleted; open it again.`) }
  const inDataDir = dataCasePath(ctx.dataDir, imported.fileName, imported.hash)
  const beside = articlePath ? `${articlePath}${CASE_SUFFIX}` : null
  const options = { now: ctx.now, writeText: ctx.writeText, bytes: prepared.bytes }
  let written = beside ? await writeCase(beside, prepared.case, '', options) : null
  let casePath = beside ?? inDataDir
  const folderRefused = written && !written.ok && ['read-only', 'not-writable'].includes(written.error.code)
  const refusedBeside = folderRefused ? written : null
  if (!written || folderRefused) {
    // The article's folder cannot hold the case (a read-only share, an upload): use the data folder.
    const folder = await mkdir(casesDir(ctx.dataDir), { recursive: true }).then(
      () => null,
      (error: unknown) => describeWriteError(error, inDataDir, true)
    )
    written = folder ?? (await writeCase(inDataDir, prepared.case, '', options))
    casePath = inDataDir
  }
  // Another window or process created this article's case meanwhile (two opens at once): open that one.
  if (!written.ok && written.error.code === 'conflict' && existsSync(casePath)) return openCasePath(ctx, casePath)
  if (!written.ok && refusedBeside && !refusedBeside.ok) {
    const both = `${refusedBeside.error.message} ${written.error.message}`
    return { error: fail(written.error.code, `${both} Make either folder writable, then open the article again.`) }
  }
  if (!written.ok) return { error: written }
  await dropStaleOwners(casePath)
  const { case: saved, fingerprint } = written.value
  // A new case's date and threshold are the article's own and the default, so the extraction made with the import
  // is the very one sessionFrom would compute: the session reuses it instead of extracting again.
  // A new case is made with its twins linked (prepareNewCase): none left to link.
  const session = sessionOf(casePath, saved, shown, fingerprint, [])
  if (notice) session.notice = notice
  return { session: await rememberSession(ctx, session) }
}

/** The file's real path (links and `.` steps resolved), or the path as given when it cannot be resolved. */
async function realPathOf(path: string): Promise<string> {
  return realpath(path).catch(() => path)
}

/**
 * The draft read, parsed and extracted by the context's engine, and its new case built, checked and serialised
 * there too when it has none (the worker, in the app: the case for a draft at the size limit is 46 MB); opened.
 */
async function importDraft(
  ctx: SessionContext,
  file: FileInput,
  articlePath: string | null,
  jobId?: string
): Promise<OpenOutcome> {
  const { order, notice } = await newCaseOrder(ctx, articlePath)
  const done = await engineOf(ctx).run({ kind: 'new-case', file, order }, jobId)
  if (!done.ok) return { error: done }
  return openImported(ctx, done.value, articlePath, notice)
}

/** Opens whatever the UI or command line handed over; `jobId` names the import for status and cancel. */
export async function openInput(ctx: SessionContext, input: OpenFileInput): Promise<OpenOutcome> {
  const { jobId } = input
  if ('path' in input) {
    const path = await realPathOf(resolve(input.path))
    if (isCasePath(path)) return openCasePath(ctx, path, jobId)
    return importDraft(ctx, { path }, path, jobId)
  }
  const bytes = Buffer.from(input.base64, 'base64')
  // A case by its name, or renamed (a browser's second download is "draft.txt.factdesk (1).json"): opened as a case.
  if (isCaseFile(input.fileName, bytes)) {
    const upload = { fileName: input.fileName, bytes, sameCase: input.sameCase, jobId }
    return adoptUploadedCase(ctx, upload, (casePath, job, read) => openCasePath(ctx, casePath, job, undefined, read))
  }
  return importDraft(ctx, { fileName: input.fileName, base64: input.base64 }, null, jobId)
}

/** openInput for callers that want a plain Result (the API's openFile, the CLI). */
export async function openFile(ctx: SessionContext, input: OpenFileInput): Promise<Result<Session>> {
  return asResult(await openInput(ctx, input))
}

/** Opens (or creates, on this thread) the case of an article the caller has already imported from `imported.path`. */
export async function openImportedArticle(
  ctx: SessionContext,
  imported: ImportedArticle,
  extraction: Extraction
): Promise<Result<Session>> {
  const { order, notice } = await newCaseOrder(ctx, imported.path)
  const prepared = prepareNewCase(imported, extraction, order)
  if (!prepared.ok) return prepared
  const { sentences, inconsistencies } = extraction
  const done = { imported, shown: { sentences, inconsistencies }, prepared: prepared.value }
  return asResult(await openImported(ctx, done, imported.path, notice))
}

/**
 * Restores a backup from the app, off the thread that answers the window. The restoreBackup it replaced (case-backups.ts,
 * removed since: only tests still called it) parsed and checked the backup on that thread, wrote it, then read, parsed
 * and checked the case file again there and found its twins: on a case of 1,000 sentences 80–140 ms in which browser
 * mode's server answered nobody, most of it the two parses. Here the engine (the import worker) reads the backup, parses, checks and extracts it and finds its twins, as
 * for any case opened; this thread reads its bytes, makes sure they are the ones the engine read, writes them in the
 * case file's place (the file there kept aside) and opens the case from the engine's read. `write`: tests stand a full
 * disk or another program's write in for the real writer.
 */
export async function restoreBackupOffThread(
  ctx: SessionContext,
  input: { casePath: string; backupPath: string },
  now: Date,
  write: AtomicWriter = writeFileAtomic
): Promise<Result<Session>> {
  const refused = backupRefusal(input.casePath, input.backupPath)
  if (refused) return refused
  const opening = await readToOpen(ctx, input.backupPath, true)
  const { read } = opening
  if (!read.ok && read.error.code === 'not-found') return fail('not-found', backupGone(input.backupPath))
  if (!read.ok)
    return read.error.code === 'case-invalid' ? fail('case-invalid', backupUnusable(read.error.message)) : read
  const bytes = await readFile(input.backupPath).catch(() => null)
  if (bytes === null) return fail('not-found', backupGone(input.backupPath))
  // Changed since the engine read it (nothing of ours writes a backup twice): not what was checked.
  if (fingerprintOf(bytes) !== read.value.fingerprint)
    return fail('conflict', `The backup ${input.backupPath} changed while it was being read; try again.`)
  const put = await putBackupInPlace(input.casePath, bytes, now, write)
  if (!put.ok) return put
  // The file's stats are not taken as the read's: another program may write it from here on.
  const casePath = await canonicalCasePath(input.casePath)
  return asResult(await openCasePath(ctx, casePath, undefined, undefined, { read, before: null, after: null }))
}
