/**
 * The heavy part of opening an existing case and of importing a new draft into one, as units of work for the import
 * worker (draft-work.ts runs them; worker-engine.ts in the desktop app and browser mode, in-process in the CLI). For a
 * case at the size limit (28,000 items, a 46 MB file) parsing and checking the file, extracting its draft, revising
 * it and serialising the result are seconds of CPU, in which the thread that answers the window would answer nobody.
 * Here they run beside the extraction; the case comes back with its bytes and their index (case-transfer.ts), so that
 * thread serialises nothing to answer it. Nothing here writes: a revised case is saved by the checker's next save,
 * or by the CLI, through the case store's usual locked, compared, atomic write.
 */
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { CasePatch, FileInput, ImportPhase } from '../../shared/contract'
import type { CaseFile } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import { currentDraft } from '../../core/case/case-reading'
import { applyPatch } from '../../core/case/case-patch'
import { extract } from '../../core/extract/extract'
import { reviseCase } from '../../core/revisions/revise-case'
import type { RevisionReport } from '../../core/revisions/revision-report'
import { listGoodBackups, type BackupListed } from './case-backups'
import { fingerprintOf, loadCaseFile } from './case-store'
import { caseBytesIndexed } from './case-text'
import { caseFileBytes } from './case-read'
import { readCaseBytes } from './case-read-memo'
import type { ShownExtraction } from './draft-work'
import type { ImportedArticle } from './file-import'
import type { PreparedCase } from './new-case'
import { validateCase } from './validation'
import { rememberedShown, rememberShown, shownKey } from './shown-memo'

export type CaseWork =
  /** Read, parse and check a case file; extract its current draft as the case's settings say unless `extract` is false. */
  | { kind: 'open-case'; casePath: string; extract: boolean }
  /**
   * Import `file` as the next draft of a case and carry every item into it (core/revisions). The case is `case`
   * (`checked`: read from disk and checked there already, the CLI; a case from the window is checked here), or, from
   * the app, the case file on disk read here when it is still the version `base.fingerprint` names, with
   * `base.patch` (the edits not saved yet) applied.
   */
  | {
      kind: 'revise'
      casePath: string
      /** Answered unwritten (the app's Import new draft): the caller only sends the revised case on. */
      dryRun: boolean
      case: CaseFile | null
      checked: boolean
      base: { fingerprint: string; patch: CasePatch } | null
      file: FileInput
      checker: string
      now: string
    }
  /**
   * A damaged case's backups that parse and validate, for the start screen to offer (case-backups.ts): up to ten whole
   * cases parsed and checked, which on the thread that answers the window held it up for tens of milliseconds.
   */
  | { kind: 'good-backups'; casePath: string }

/** The backups of a damaged case that can be put back, newest first. */
export interface GoodBackups {
  backups: BackupListed[]
}

/**
 * An opened case: its file's fingerprint, the case with its bytes, its draft's extraction (null when not asked), and
 * its twins not linked yet (Session.twins).
 */
export interface CaseRead {
  fingerprint: string
  prepared: PreparedCase
  shown: ShownExtraction | null
  twins: Array<[string, string]>
}

/** A revised case, not written; with the fingerprint of the case file on disk as it was read then. */
export interface Revised {
  prepared: PreparedCase
  report: RevisionReport
  shown: ShownExtraction
  diskFingerprint: string
}

/** What case work needs from its runner: progress, and the draft importer (reading and parsing tell their phases). */
export interface CaseWorkTools {
  tell(phase: ImportPhase, done: number): void
  importDraft(file: FileInput): Promise<Result<ImportedArticle>>
}

/** `caseFile` with its bytes as the case store writes them and where each item lies in them. */
export function preparedCase(caseFile: CaseFile): PreparedCase {
  const { bytes, index } = caseBytesIndexed(caseFile)
  return { case: caseFile, bytes, index }
}

/** The article extracted with the case's settings; what a session shows of it is kept (shown-memo.ts). */
function extracted(article: ImportedArticle['article'], caseFile: CaseFile, tools: CaseWorkTools) {
  const settings = { articleDate: caseFile.articleDate, threshold: caseFile.threshold }
  const extraction = extract(article, { ...settings, onProgress: (stage, done) => tools.tell(stage, done) })
  rememberShown(shownKey(article, settings), extraction)
  return extraction
}

/** What a session shows of the case's current draft: as this thread last extracted it, else extracted now. */
function shownOfCase(caseFile: CaseFile, tools: CaseWorkTools): ShownExtraction {
  const { article } = currentDraft(caseFile)
  const settings = { articleDate: caseFile.articleDate, threshold: caseFile.threshold }
  const remembered = rememberedShown(shownKey(article, settings))
  if (remembered) return remembered
  const { sentences, inconsistencies } = extracted(article, caseFile, tools)
  return { sentences, inconsistencies }
}

/**
 * The file read as loadCaseFile reads it; parsed, checked and serialised again only when this thread has not read
 * these very bytes lately (case-read-memo.ts: a reload of the page reads the file and hashes it, nothing more).
 */
async function openCase(work: Extract<CaseWork, { kind: 'open-case' }>, tools: CaseWorkTools) {
  tools.tell('reading', 0)
  const bytes = await caseFileBytes(work.casePath)
  if (!bytes.ok) return bytes
  const read = readCaseBytes(bytes.value, basename(work.casePath))
  if (!read.ok) return read
  const { fingerprint, read: prepared, twins } = read.value
  const shown = work.extract ? shownOfCase(prepared.case, tools) : null
  tools.tell('case', 0)
  return ok({ fingerprint, prepared, shown, twins })
}

/** Answered when the file on disk is no longer the version the window's edits were made on. */
export const BASE_CHANGED = 'Not revised: the case file changed on disk since the version on screen was read.'

/**
 * Answered when the case file is gone or damaged on disk: the window's version is revised from memory instead (the
 * window then puts the file back), and this is said only when that version is no longer known either.
 */
export const CASE_UNUSABLE =
  'Not revised: the case file is missing or damaged on disk, and the version on screen was read from is no longer known. Put your version back or save it as a copy, then import again.'

/** The case to revise: the one given, or the file on disk with the window's unsaved edits. */
async function caseToRevise(work: Extract<CaseWork, { kind: 'revise' }>): Promise<Result<CaseFile>> {
  if (work.case) return ok(work.case)
  if (!work.base) return fail('invalid-input', 'Not revised: no case was given.')
  const loaded = await loadCaseFile(work.casePath)
  if (!loaded.ok && ['not-found', 'case-invalid'].includes(loaded.error.code)) return fail('conflict', CASE_UNUSABLE)
  if (!loaded.ok) return loaded
  if (loaded.value.fingerprint !== work.base.fingerprint) return fail('conflict', BASE_CHANGED)
  return ok(applyPatch(loaded.value.case, work.base.patch))
}

async function revise(work: Extract<CaseWork, { kind: 'revise' }>, tools: CaseWorkTools): Promise<Result<Revised>> {
  tools.tell('reading', 0)
  const given = await caseToRevise(work)
  if (!given.ok) return given
  let current = given.value
  if (!work.checked || work.base) {
    const valid = validateCase(current)
    if (!valid.ok) return fail('invalid-input', `Not revised: the case is not valid (${valid.error.message}).`)
    current = valid.value
  }
  const imported = await tools.importDraft(work.file)
  if (!imported.ok) return imported
  const { article, hash, fileName } = imported.value
  const extraction = extracted(article, current, tools)
  tools.tell('case', 0)
  const revised = reviseCase(current, { article, hash, fileName, extraction, checker: work.checker, now: work.now })
  if (!revised.ok) return revised
  // Shares of the case phase measured at the size limit: revising about half, serialising the rest.
  tools.tell('case', 0.5)
  // No file on disk (deleted meanwhile, the window's version revised from memory): no fingerprint either.
  let onDisk: Buffer | null
  try {
    onDisk = await readFile(work.casePath)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      return fail('read-failed', `Could not read ${work.casePath}: ${(error as Error).message}.`)
    onDisk = null
  }
  const { sentences, inconsistencies } = extraction
  return ok({
    prepared: preparedCase(revised.value.case),
    report: revised.value.report,
    shown: { sentences, inconsistencies },
    diskFingerprint: onDisk ? fingerprintOf(onDisk) : ''
  })
}

export async function doCaseWork(
  work: Extract<CaseWork, { kind: 'open-case' }>,
  tools: CaseWorkTools
): Promise<Result<CaseRead>>
export async function doCaseWork(
  work: CaseWork,
  tools: CaseWorkTools
): Promise<Result<CaseRead | Revised | GoodBackups>>
export async function doCaseWork(
  work: CaseWork,
  tools: CaseWorkTools
): Promise<Result<CaseRead | Revised | GoodBackups>> {
  if (work.kind === 'good-backups') return ok({ backups: await listGoodBackups(work.casePath) })
  return work.kind === 'open-case' ? openCase(work, tools) : revise(work, tools)
}
