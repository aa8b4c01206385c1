/**
 * What opening a case answers: a session (the case with what its current draft's extraction shows, made by the
 * context's engine unless it was made already, and remembered at the top of the recent cases), or a damaged case
 * with the backups to offer, or an error; and the context every opener is given. The openers are sessions.ts.
 */
import type { CaseFile } from '../../shared/case'
import type { BrokenCase, Session } from '../../shared/contract'
import { fail, ok, type Result } from '../../shared/result'
import { currentDraft } from '../../core/case/case-reading'
import type { TextWriter } from './atomic-file'
import { listGoodBackups } from './case-backups'
import type { LoadedCase } from './case-store'
import { engineOf, type DraftEngine } from './draft-engine'
import type { ShownExtraction } from './draft-work'
import type { CaseRead } from './case-work'
import { statKey } from './case-versions'
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
  twins: Session['twins'],
  jobId?: string
): Promise<Result<Session>> {
  const draft = currentDraft(loaded.case)
  const settings = { articleDate: loaded.case.articleDate, threshold: loaded.case.threshold }
  const work = { kind: 'extract' as const, fileName: draft.fileName, article: draft.article, settings }
  const done = await engineOf(ctx).run(work, jobId)
  if (!done.ok) return done
  return ok(sessionOf(casePath, loaded.case, done.value.extraction, loaded.fingerprint, twins))
}

/**
 * `twins`: the case's twins not linked yet, found where its items were read (the import worker's open-case work,
 * case-read-memo.ts): this thread may hold the case without its items (case-transfer.ts).
 */
export function sessionOf(
  casePath: string,
  caseFile: CaseFile,
  extraction: ShownExtraction,
  fingerprint: string,
  twins: Session['twins']
): Session {
  return {
    casePath,
    case: caseFile,
    sentences: extraction.sentences,
    inconsistencies: extraction.inconsistencies,
    twins,
    fingerprint
  }
}

/** A case file as the engine read it to open it, with the file's stats just before and just after (as readCase). */
export interface ReadToOpen {
  read: Result<CaseRead>
  before: string | null
  after: string | null
}

/**
 * Reads, parses and checks the case file at `casePath` (canonical) by the context's engine, off the thread that
 * answers the window (a case at the size limit is seconds of it); its draft extracted too when `extract` is true.
 */
export async function readToOpen(
  ctx: Pick<SessionContext, 'engine'>,
  casePath: string,
  extract: boolean,
  jobId?: string
): Promise<ReadToOpen> {
  const before = await statKey(casePath)
  const read = await engineOf(ctx).run({ kind: 'open-case', casePath, extract }, jobId)
  const after = await statKey(casePath)
  return { read, before, after }
}

/**
 * A damaged case and the backups the start screen offers for it. Finding them parses and checks every backup (ten
 * whole cases): the engine does it, off the thread that answers the window (60-250 ms of it held up, on a case of
 * 1,000 sentences); if the engine fails, they are found here rather than none offered.
 */
export async function brokenCase(
  ctx: Pick<SessionContext, 'engine'>,
  casePath: string,
  problem: string
): Promise<BrokenCase> {
  const listed = await engineOf(ctx).run({ kind: 'good-backups', casePath })
  return { casePath, problem, backups: listed.ok ? listed.value.backups : await listGoodBackups(casePath) }
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

export function nowIso(ctx: SessionContext): string {
  return (ctx.now ?? (() => new Date()))().toISOString()
}

export function asResult(outcome: OpenOutcome): Result<Session> {
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
