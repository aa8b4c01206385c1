/**
 * Which files the API may touch. A path arriving over IPC or HTTP is a request, not a permission: the renderer
 * may be compromised, and in browser mode anything on this computer holding the token can call the API. So the
 * API touches only files the checker chose (picked in a dialog, dropped on the window, named on the command line)
 * and the files of the cases opened from them (the case, its backups and its evidence folder; the lock, temp and
 * report files written beside it are named by the services themselves, never by a caller).
 *
 * One registry per running app (the Electron main process, the browser-mode server), consulted by the API before
 * any service sees a path (api-access.ts says which rule each method's paths follow). The CLI has no registry: it
 * touches the files its command line names.
 */
import { isAbsolute, resolve } from 'node:path'
import { fail, ok, type Result } from '../../shared/result'
import { backupsDirFor, isInside } from './case-backups'
import { isCasePath } from './case-store'
import { listRecent } from './recent'

/** Windows names are case-insensitive; elsewhere two spellings may be two files, so they stay apart. */
const FOLD_CASE = process.platform === 'win32'

function keyOf(path: string): string {
  return FOLD_CASE ? path.toLowerCase() : path
}

export function forbiddenPath(path: string, why: string): Result<never> {
  return fail('forbidden-path', `Factdesk did not touch ${path}: ${why}.`)
}

/** A full path without `..` steps, normalised; anything else is refused before it is looked up. */
export function plainPath(path: string): Result<string> {
  if (!isAbsolute(path)) return forbiddenPath(path, 'it is not a full path')
  if (path.split(/[\\/]/).includes('..'))
    return forbiddenPath(path, 'paths that climb out of a folder with ".." are refused')
  return ok(resolve(path))
}

export interface CapabilityOptions {
  /** Cases opened in earlier sessions (the recent list): re-opening one of them is the checker's choice too. */
  remembered?: () => Promise<string[]>
}

export class Capabilities {
  private readonly files = new Set<string>()
  private readonly cases = new Set<string>()

  constructor(private readonly options: CapabilityOptions = {}) {}

  /** A file the checker chose: picked in a dialog, dropped, named on the command line. */
  grantFile(path: string): void {
    const plain = plainPath(path)
    if (plain.ok) this.files.add(keyOf(plain.value))
  }

  /** A case that was opened or created in this run: it, its backups and its evidence may now be used. */
  grantCase(casePath: string): void {
    const plain = plainPath(casePath)
    if (plain.ok && isCasePath(plain.value)) this.cases.add(keyOf(plain.value))
  }

  /** A file the checker chose, to read as evidence or as a new draft. */
  chosen(path: string): Result<string> {
    const plain = plainPath(path)
    if (!plain.ok) return plain
    return this.files.has(keyOf(plain.value))
      ? plain
      : forbiddenPath(path, 'it was not chosen in a dialog, dropped or named when Factdesk started')
  }

  /** A case opened in this run: the only cases that can be saved, reported on or given evidence. */
  openedCase(casePath: string): Result<string> {
    const plain = plainPath(casePath)
    if (!plain.ok) return plain
    return this.cases.has(keyOf(plain.value))
      ? plain
      : forbiddenPath(casePath, 'it is not a case opened in this window')
  }

  /** Something to open: a chosen file, a case already opened, or a case from the recent list. */
  async openable(path: string): Promise<Result<string>> {
    const plain = plainPath(path)
    if (!plain.ok) return plain
    const key = keyOf(plain.value)
    if (this.files.has(key) || this.cases.has(key)) return plain
    const remembered = (await this.options.remembered?.()) ?? []
    if (isCasePath(key) && remembered.some((entry) => keyOf(resolve(entry)) === key)) return plain
    return forbiddenPath(path, 'it was not chosen in a dialog, dropped, named when Factdesk started or opened before')
  }

  /** One of an opened case's own backups. */
  backupOf(casePath: string, backupPath: string): Result<string> {
    const opened = this.openedCase(casePath)
    if (!opened.ok) return opened
    const plain = plainPath(backupPath)
    if (!plain.ok) return plain
    return isInside(backupsDirFor(opened.value), plain.value)
      ? plain
      : forbiddenPath(backupPath, `it is not one of the backups of ${casePath}`)
  }
}

/** The registry of a running app whose recent list lives in `dataDir`. */
export function capabilitiesFor(dataDir: string): Capabilities {
  return new Capabilities({ remembered: async () => (await listRecent(dataDir)).map((entry) => entry.casePath) })
}
