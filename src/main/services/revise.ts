/**
 * Importing a new draft into an open case: read the case, import the file, extract it, carry every
 * item across (src/core/revisions) and save — or, with dryRun, only report what would happen.
 * Every failure is a Result naming the file; the case on disk is untouched unless all went well.
 */
import type { CasePatch, FileInput } from '../../shared/contract'
import type { CaseFile } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import type { RevisionReport } from '../../core/revisions/revision-report'
import { applyPatch } from '../../core/case/case-patch'
import { canonicalCasePath, parseCaseText, readCase, writeCase } from './case-store'
import { BASE_CHANGED, CASE_UNUSABLE } from './case-work'
import { findVersion } from './case-versions'
import { engineOf, type DraftEngine } from './draft-engine'
import type { ShownExtraction } from './draft-work'

export interface ReviseInput {
  casePath: string
  file: FileInput
  /** Report what would change and write nothing: the caller gets the revised case to apply and save itself. */
  dryRun: boolean
  /** Revise this case (as the checker sees it, unsaved edits included) instead of the file on disk; dry runs only. */
  case?: CaseFile
  /** The same as the version on disk `fingerprint` names and the edits not saved yet (what the app sends). */
  base?: { fingerprint: string; patch: CasePatch }
  /** Name recorded in each item's history. */
  checker: string
  now?: Date
  /** Who imports and extracts the draft (the app's worker); in-process when absent (the CLI). */
  engine?: DraftEngine
  /** Names the import for status and cancel. */
  jobId?: string
}

export interface ReviseResult {
  case: CaseFile
  /** Revision token of the saved file; null on a dry run (nothing was written). */
  fingerprint: string | null
  /** Token of the case file on disk as it was when the draft was revised (a dry run's session keeps it). */
  diskFingerprint: string
  report: RevisionReport
  /** What the session shows of the new draft's extraction with the case's settings, without extracting again. */
  extraction: ShownExtraction
}

/**
 * Reads the case (unless the window sent it), then has the engine check it, import and extract the new draft and carry
 * every item into it (case-work.ts: in the app's worker, so the window's other calls are answered meanwhile); saves
 * the result here unless it is a dry run.
 */
export async function revise(input: ReviseInput): Promise<Result<ReviseResult>> {
  const given = input.case ?? input.base
  if (given && !input.dryRun)
    return fail(
      'invalid-input',
      'A case handed to revise is only revised, never saved here: ask for a dry run and save the answer.'
    )
  const loaded = given ? null : await readCase(input.casePath)
  if (loaded && !loaded.ok) return loaded
  const now = (input.now ?? new Date()).toISOString()
  const work = {
    kind: 'revise' as const,
    casePath: input.casePath,
    dryRun: input.dryRun,
    case: loaded ? loaded.value.case : (input.case ?? null),
    checked: loaded !== null,
    base: input.base ?? null,
    file: input.file,
    checker: input.checker,
    now
  }
  let done = await engineOf(input).run(work, input.jobId)
  // The file changed on disk since the window read it (another window or process saved), or it is gone or damaged
  // (the window's work is all in memory): the version its edits were made on is still held here (case-versions.ts)
  // or among the case's backups, so that one is revised, sent whole.
  const fromMemory = !done.ok && [BASE_CHANGED, CASE_UNUSABLE].includes(done.error.message)
  const held = input.base && fromMemory ? await heldBase(input) : null
  if (held) done = await engineOf(input).run({ ...work, case: held, base: null }, input.jobId)
  if (!done.ok) return done
  const { prepared, report, shown, diskFingerprint } = done.value
  if (input.dryRun) return ok({ case: prepared.case, fingerprint: null, diskFingerprint, report, extraction: shown })
  const saved = await writeCase(input.casePath, prepared.case, loaded?.value.fingerprint ?? '', {
    now: () => new Date(now)
  })
  if (!saved.ok) return saved
  const { case: savedCase, fingerprint } = saved.value
  return ok({ case: savedCase, fingerprint, diskFingerprint: fingerprint, report, extraction: shown })
}

/**
 * The window's case from the version it names (held in memory, else one of the case's backups) and its edits; null
 * when that version is gone.
 */
async function heldBase(input: ReviseInput): Promise<CaseFile | null> {
  if (!input.base) return null
  // The window's open case: its versions are held under its path as opened (case-read.ts canonicalCasePath).
  const version = await findVersion(
    await canonicalCasePath(input.casePath, false),
    input.base.fingerprint,
    parseCaseText
  )
  return version ? applyPatch(version, input.base.patch) : null
}
