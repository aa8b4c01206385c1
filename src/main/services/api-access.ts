/**
 * Which files each API method may touch (capabilities.ts holds what the checker chose), checked after the input is
 * parsed and before the method runs. Every method is listed, so a new method has to say which rule its paths
 * follow: the compiler refuses a missing entry. A check answers the input with its paths normalised, or a
 * `forbidden-path` error; nothing has been read or written by then.
 */
import type { ApiInput, ApiMethod, FileInput } from '../../shared/contract'
import { ok, type Result } from '../../shared/result'
import type { Capabilities } from './capabilities'

type AccessCheck<M extends ApiMethod> = (
  input: ApiInput<M>,
  capabilities: Capabilities
) => Result<ApiInput<M>> | Promise<Result<ApiInput<M>>>

function touchesNoFile<T>(input: T): Result<T> {
  return ok(input)
}

/** The case must be one opened in this run. */
function ofOpenedCase<T extends { casePath: string }>(input: T, capabilities: Capabilities): Result<T> {
  const opened = capabilities.openedCase(input.casePath)
  return opened.ok ? ok({ ...input, casePath: opened.value }) : opened
}

/** A file to read into a case (evidence, a new draft): only one the checker chose. Uploaded bytes have no path. */
function readingChosenFile<T extends { casePath: string; file: FileInput }>(
  input: T,
  capabilities: Capabilities
): Result<T> {
  const opened = ofOpenedCase(input, capabilities)
  if (!opened.ok || !('path' in input.file)) return opened
  const chosen = capabilities.chosen(input.file.path)
  return chosen.ok ? ok({ ...opened.value, file: { path: chosen.value } }) : chosen
}

export const API_ACCESS: { [M in ApiMethod]: AccessCheck<M> } = {
  getStartup: touchesNoFile,
  async openFile(input, capabilities) {
    if (!('path' in input)) return ok(input)
    const openable = await capabilities.openable(input.path)
    return openable.ok ? ok({ ...input, path: openable.value }) : openable
  },
  // The dialog's answer is the checker's choice; api.ts grants it before opening.
  openDialog: touchesNoFile,
  listRecent: touchesNoFile,
  // Names an entry of the recent list, whose only file (recent.json in the data folder) the input cannot name.
  forgetRecent: touchesNoFile,
  saveCase: ofOpenedCase,
  pollCase: ofOpenedCase,
  // Writes the opened case's own file, and keeps what was there beside it under a name the service makes.
  putBackCase: ofOpenedCase,
  closeCase: ofOpenedCase,
  // Written beside the case under a name the service makes, never over anything.
  saveCopy: ofOpenedCase,
  restoreBackup(input, capabilities) {
    const backup = capabilities.backupOf(input.casePath, input.backupPath)
    return backup.ok ? ofOpenedCase({ ...input, backupPath: backup.value }, capabilities) : backup
  },
  getSettings: touchesNoFile,
  saveSettings: touchesNoFile,
  // Writes only profile.json in the data folder, whose path the input cannot name.
  saveProfile: touchesNoFile,
  addEvidenceFile: readingChosenFile,
  snapshotUrl: ofOpenedCase,
  openExternal: touchesNoFile,
  // Saved beside the case, or where the checker chose in a save dialog.
  renderReport: ofOpenedCase,
  revise: readingChosenFile,
  // A job id names an import this app runs; it is no path and reaches no file.
  importStatus: touchesNoFile,
  cancelImport: touchesNoFile
}

/** Runs the method's check with the input it was given. */
export function checkAccess<M extends ApiMethod>(
  method: M,
  input: ApiInput<M>,
  capabilities: Capabilities
): Result<ApiInput<M>> | Promise<Result<ApiInput<M>>> {
  return (API_ACCESS[method] as AccessCheck<M>)(input, capabilities)
}
