/**
 * What a window's poll of its open case answers (every 2 s while the case is open, and when the window regains
 * focus): the case on disk when it changed, who else has it open, whether the file can still be used, and the
 * article it was made from as it is on disk (draft-watch.ts), for the window to offer when it is a new text, or that it
 * has gone from its place.
 *
 * A case file that cannot be used is said at once, as data, not as a failed call: damaged (it does not parse or
 * validate; it is never replaced unseen), missing (moved or deleted), or a link put in its place (never read or
 * written through). The window tells the checker then, while
 * they work, instead of at their next change; their version stays on screen, to put back or save as a copy.
 */
import type { AppError } from '../../shared/result'
import type { CaseFileProblem, CasePoll } from '../../shared/contract'
import { ok, type Result } from '../../shared/result'
import { readCase } from './case-store'
import { linkInPlace, linkInPlaceMessage } from './case-read'
import { backupTrouble } from './case-backups'
import { caseOwners } from './case-owners'
import { unchangedSince, wasReplaced } from './case-versions'
import type { DraftWatch } from './draft-watch'

/** Why a read of the case file means it cannot be used, in the checker's words; null for any other failure. */
export function problemOf(casePath: string, error: AppError): CaseFileProblem | null {
  if (error.code === 'case-invalid') return { kind: 'damaged', message: error.message }
  if (error.code === 'case-newer') return { kind: 'newer', message: error.message }
  if (error.code === 'not-found') return { kind: 'missing', message: `Nothing is at ${casePath} any more.` }
  // Nothing to read, as when it is gone: putting the version back waits until the folder is moved away.
  if (error.code === 'is-directory')
    return { kind: 'missing', message: `${error.message} Move it away to put your version back.` }
  return null
}

/** The poll of the case at `casePath` (canonical) by a window holding the version `fingerprint` names. */
export async function pollCase(casePath: string, fingerprint: string, drafts: DraftWatch): Promise<Result<CasePoll>> {
  const draftOnDisk = await drafts.check(casePath)
  const draftGone = await drafts.gone(casePath)
  const backups = backupTrouble(casePath)
  const asHeld = async (problem: CaseFileProblem | null): Promise<Result<CasePoll>> =>
    ok({ fingerprint, case: null, owners: await caseOwners(casePath), problem, draftOnDisk, draftGone, backups })
  // Not read through: the link and what it points to are not this case file, whatever they hold.
  const link = await linkInPlace(casePath)
  if (link) return asHeld({ kind: 'link', message: linkInPlaceMessage(casePath, link.target) })
  // Polled every few seconds: a file still the one last read or written here is not read again.
  if (await unchangedSince(casePath, fingerprint)) return asHeld(null)
  const loaded = await readCase(casePath, false)
  if (!loaded.ok) {
    const problem = problemOf(casePath, loaded.error)
    return problem ? asHeld(problem) : loaded
  }
  const now = loaded.value.fingerprint
  return ok({
    fingerprint: now,
    case: now === fingerprint ? null : loaded.value.case,
    olderCopy: now !== fingerprint && wasReplaced(casePath, now),
    owners: await caseOwners(casePath),
    problem: null,
    draftOnDisk,
    draftGone,
    backups
  })
}
