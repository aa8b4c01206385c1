/**
 * "Save my version as a copy": the case as the checker sees it, written beside the case file under a new name
 * (`draft.txt (copy 2024-03-14 09-30-00).factdesk.json`), never over anything. The way out of any conflict that
 * keeps every keystroke: the copy opens like any case.
 */
import { basename, dirname, join } from 'node:path'
import type { CaseFile } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import { CASE_SUFFIX, describeWriteError } from './case-store'
import { serialiseJson, writeFileAtomic } from './atomic-file'
import { validateCase } from './validation'
import { open, unlink } from 'node:fs/promises'

function copyName(casePath: string, at: Date, n: number): string {
  const stem = basename(casePath).slice(0, -CASE_SUFFIX.length)
  const stamp = at.toISOString().slice(0, 19).replace('T', ' ').replace(/:/g, '-')
  return join(dirname(casePath), `${stem} (copy ${stamp}${n > 1 ? ` ${n}` : ''})${CASE_SUFFIX}`)
}

/** Claims a fresh name with O_EXCL (so two copies in one second never overwrite each other), then writes it atomically. */
export async function saveCopy(casePath: string, caseFile: CaseFile, now: Date): Promise<Result<{ path: string }>> {
  const valid = validateCase({ ...caseFile, updatedAt: now.toISOString() })
  if (!valid.ok) return fail('invalid-input', `Copy not saved: the case is not valid (${valid.error.message}).`)
  for (let n = 1; n < 100; n += 1) {
    const path = copyName(casePath, now, n)
    try {
      const claim = await open(path, 'wx', 0o644)
      await claim.close()
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue
      return describeWriteError(error, path)
    }
    try {
      await writeFileAtomic(path, serialiseJson(valid.value))
    } catch (error) {
      await unlink(path).catch(() => undefined)
      return describeWriteError(error, path)
    }
    return ok({ path })
  }
  return fail('write-failed', `Copy not saved: too many copies of ${basename(casePath)} this second.`)
}
