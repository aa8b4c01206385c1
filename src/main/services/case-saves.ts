/**
 * A save from the app or a client: the whole case, or a patch of what changed since the version the save's
 * fingerprint names. The patch applies to that version as this process holds it (case-versions.ts), and the case
 * it makes is written by writeCase (compare-and-swap under the case's lock; merged three-way when the file changed
 * outside since that version).
 */
import type { CasePatch, SaveResult } from '../../shared/contract'
import type { CaseFile } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import { applyPatch } from '../../core/case/case-patch'
import { findPatchBase } from './case-versions'
import { canonicalCasePath, parseCaseText, readCase, writeCase, type WriteOptions } from './case-store'
import { linkRefusal } from './case-read'
import { checkPatchedCase, validatePatch } from './patch-validation'

export interface SaveRequest {
  fingerprint: string
  case?: CaseFile
  patch?: CasePatch
}

/**
 * The version a patch was made against: held, in the backups, or the file on disk when it is still that one. Its
 * items may be keys (case-text.ts): the patch applies by id, and the case it makes is only checked by id and written.
 */
export async function baseVersion(givenPath: string, fingerprint: string): Promise<CaseFile | null> {
  // An open case's path: a link put in its place is not followed to another file's versions.
  const casePath = await canonicalCasePath(givenPath, false)
  const found = await findPatchBase(casePath, fingerprint, parseCaseText)
  if (found) return found
  const onDisk = await readCase(casePath, false)
  return onDisk.ok && onDisk.value.fingerprint === fingerprint ? onDisk.value.case : null
}

function unknownBase(casePath: string): Result<never> {
  return fail(
    'conflict',
    `Not saved: the version of ${casePath} these edits were made on is no longer known here (Factdesk restarted and its backups rotated). Your edits are still on screen; save them as a copy, then reload.`
  )
}

/** Saves what the request carries; answers the new fingerprint, the save time and, after a merge, the merged case. */
export async function saveRequest(
  casePath: string,
  request: SaveRequest,
  options: WriteOptions = {}
): Promise<Result<SaveResult>> {
  // Refused before its base is looked for: a link in the case file's place is what to tell, whatever else is true.
  const throughLink = await linkRefusal(casePath)
  if (throughLink) return fail('conflict', throughLink)
  let ours: CaseFile
  let checked = false
  if (request.patch) {
    const patch = validatePatch(request.patch)
    if (!patch.ok) return patch
    const base = await baseVersion(casePath, request.fingerprint)
    if (!base) return unknownBase(casePath)
    const patched = checkPatchedCase(applyPatch(base, patch.value))
    if (!patched.ok) return patched
    ours = patched.value
    // The patch's items and fields were checked, and the rest is a version already checked when read or written.
    checked = true
  } else if (request.case) {
    ours = request.case
  } else {
    return fail('invalid-input', 'Not saved: the save carried neither a case nor a change.')
  }
  const saved = await writeCase(casePath, ours, request.fingerprint, { ...options, checked, opened: true })
  if (!saved.ok) return saved
  const { fingerprint, savedAt, merged, backups } = saved.value
  return ok({ fingerprint, savedAt, merged: merged ? saved.value.case : null, backups })
}
