/**
 * What to do about a case file that cannot be read. The services say what is wrong ("… is damaged: items[2]…");
 * the app then offers the newest backups that still validate, but a terminal has no such dialog, so the CLI names
 * the backup to restore itself, on the same line.
 */
import { existsSync } from 'node:fs'
import { backupTrouble, listGoodBackups } from '../main/services/case-backups'
import { CASE_SUFFIX, canonicalCasePath, isCasePath, pendingWrites } from '../main/services/case-store'
import type { AppError } from '../shared/result'

/** The case file a case-or-article argument stands for: the case itself, or the case beside the article. */
export function caseFileOf(input: string): string | null {
  if (isCasePath(input)) return input
  const beside = `${input}${CASE_SUFFIX}`
  return existsSync(beside) ? beside : null
}

/**
 * An importer's message as a terminal should read it: a case file given where a draft belongs was told to use
 * File › Open…, a menu the CLI does not have; it is told what to run instead.
 */
export function forTheTerminal(error: AppError): string {
  if (error.code !== 'case-file-not-draft') return error.message
  const what = error.message.replace(/\.? Open it with File › Open….*$/s, '')
  return `${what}; give its article instead, or report the case with factdesk report CASE --format md.`
}

/** The error's message, with, for a damaged case, the newest good backup and how to put it back. */
export async function withCaseAdvice(error: AppError, casePath: string | null): Promise<string> {
  if (error.code !== 'case-invalid' || casePath === null) return forTheTerminal(error)
  const [newest] = await listGoodBackups(casePath)
  return newest
    ? `${error.message} It was not changed; its newest good backup is ${newest.path}: open the case in Factdesk to put it back, or copy it over the case.`
    : `${error.message} It was not changed, and it has no good backup: repair it by hand, or put back a copy of your own.`
}

/**
 * After a command wrote a case: waits for its backup, and says on stderr when it could not be kept (the folder in
 * the way or read-only, the disk full), as the app's window does. The case itself was saved: the exit code stays 0.
 */
export async function sayBackupTrouble(command: string, casePath: string): Promise<void> {
  await pendingWrites(casePath)
  const trouble = backupTrouble(await canonicalCasePath(casePath))
  if (trouble) console.error(`factdesk ${command}: ${trouble}`)
}
