/**
 * Importing a new draft into an open case: read the case, import the file, extract it, carry every
 * item across (src/core/revisions) and save — or, with dryRun, only report what would happen.
 * Every failure is a Result naming the file; the case on disk is untouched unless all went well.
 */
import type { FileInput } from '../../shared/contract'
import type { Extraction } from '../../shared/article'
import type { CaseFile } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import { reviseCase } from '../../core/revisions/revise-case'
import type { RevisionReport } from '../../core/revisions/revision-report'
import { readCase, writeCase } from './case-store'
import { engineOf, type DraftEngine } from './draft-engine'
import type { ImportedArticle } from './file-import'
import { validateCase } from './validation'

export interface ReviseInput {
  casePath: string
  file: FileInput
  /** Report what would change and write nothing: the caller gets the revised case to apply and save itself. */
  dryRun: boolean
  /** Revise this case (as the checker sees it, unsaved edits included) instead of the file on disk; dry runs only. */
  case?: CaseFile
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
  report: RevisionReport
  /** The new draft's extraction with the case's settings: the session shows it without extracting again. */
  extraction: Extraction
}

/** The case to revise: the one given (checked in full), else the file on disk with its fingerprint. */
async function caseToRevise(input: ReviseInput): Promise<Result<{ case: CaseFile; fingerprint: string | null }>> {
  if (!input.case) return readCase(input.casePath)
  if (!input.dryRun)
    return fail(
      'invalid-input',
      'A case handed to revise is only revised, never saved here: ask for a dry run and save the answer.'
    )
  const valid = validateCase(input.case)
  if (!valid.ok) return fail('invalid-input', `Not revised: the case is not valid (${valid.error.message}).`)
  return ok({ case: valid.value, fingerprint: null })
}

export async function revise(input: ReviseInput): Promise<Result<ReviseResult>> {
  const loaded = await caseToRevise(input)
  if (!loaded.ok) return loaded
  const current = loaded.value.case
  const settings = { articleDate: current.articleDate, threshold: current.threshold }
  const done = await engineOf(input).run({ kind: 'import', file: input.file, settings }, input.jobId)
  if (!done.ok) return done
  const { article, hash, fileName } = done.value.imported as ImportedArticle
  const { extraction } = done.value
  const now = (input.now ?? new Date()).toISOString()
  const revised = reviseCase(current, { article, hash, fileName, extraction, checker: input.checker, now })
  if (!revised.ok) return revised
  if (input.dryRun) return ok({ case: revised.value.case, fingerprint: null, report: revised.value.report, extraction })
  const saved = await writeCase(input.casePath, revised.value.case, loaded.value.fingerprint ?? '', {
    now: () => new Date(now)
  })
  if (!saved.ok) return saved
  return ok({ case: saved.value.case, fingerprint: saved.value.fingerprint, report: revised.value.report, extraction })
}
