/**
 * The case's evidence folder: `<case name>.evidence/` beside the case file (draft.txt.factdesk.json →
 * draft.txt.evidence/). Documents and web snapshots a checker relies on are copied there with
 * their SHA-256, so the report can prove which bytes were checked. Nothing there is ever
 * overwritten: a clashing name gets " (2)", " (3)"… Paths handed back are relative to the
 * case's folder, so a case folder can be moved or shared as a whole.
 */
import { createHash } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { mkdir, open, stat, unlink } from 'node:fs/promises'
import { basename, dirname, extname, join, relative } from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { FileInput } from '../../shared/contract'
import { fail, ok, type Result } from '../../shared/result'
import { isCasePath, CASE_SUFFIX } from './case-store'
import { safeFileName } from './data-dir'

export interface StoredEvidence {
  /** Relative to the case file's folder, with forward slashes. */
  filePath: string
  sha256: string
  fileName: string
}

export function evidenceDirFor(casePath: string): string {
  const name = basename(casePath)
  const stem = name.endsWith(CASE_SUFFIX) ? name.slice(0, -CASE_SUFFIX.length) : name.replace(/\.json$/, '')
  return join(dirname(casePath), `${stem}.evidence`)
}

/** Evidence is only ever written next to a real case file, never to an arbitrary folder. */
export function checkCasePath(casePath: string): Result<null> {
  if (!isCasePath(casePath) || !existsSync(casePath)) {
    return fail('not-found', `${casePath} is not an open Factdesk case (a .factdesk.json file that exists).`)
  }
  return ok(null)
}

/** Writes `bytes` under a free name in the evidence folder (exclusive create: no overwrite, even racing). */
export async function storeEvidence(
  casePath: string,
  wantedName: string,
  bytes: Uint8Array | NodeJS.ReadableStream
): Promise<StoredEvidence> {
  const dir = evidenceDirFor(casePath)
  await mkdir(dir, { recursive: true })
  const clean = safeFileName(wantedName)
  const ext = extname(clean)
  const stem = clean.slice(0, clean.length - ext.length) || 'evidence'
  for (let n = 1; ; n += 1) {
    const fileName = n === 1 ? `${stem}${ext}` : `${stem} (${n})${ext}`
    const target = join(dir, fileName)
    let handle
    try {
      handle = await open(target, 'wx')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue
      throw error
    }
    const hash = createHash('sha256')
    try {
      if (bytes instanceof Uint8Array) {
        hash.update(bytes)
        await handle.writeFile(bytes)
      } else {
        const out = handle.createWriteStream()
        bytes.on('data', (chunk: Buffer) => hash.update(chunk))
        await pipeline(bytes, out)
      }
      await handle.sync().catch(() => undefined)
    } catch (error) {
      await handle.close().catch(() => undefined)
      await unlink(target).catch(() => undefined)
      throw error
    }
    await handle.close().catch(() => undefined)
    return { filePath: relative(dirname(casePath), target).split('\\').join('/'), sha256: hash.digest('hex'), fileName }
  }
}

export async function addEvidenceFile(casePath: string, file: FileInput): Promise<Result<StoredEvidence>> {
  const valid = checkCasePath(casePath)
  if (!valid.ok) return valid
  try {
    if ('path' in file) {
      const info = await stat(file.path).catch(() => null)
      if (!info || !info.isFile()) return fail('not-found', `${file.path} is not a file that can be read.`)
      return ok(await storeEvidence(casePath, basename(file.path), createReadStream(file.path)))
    }
    return ok(await storeEvidence(casePath, file.fileName, Buffer.from(file.base64, 'base64')))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOSPC' ? 'the disk is full' : (error as Error).message
    return fail('write-failed', `Could not copy the evidence into ${evidenceDirFor(casePath)}: ${reason}.`)
  }
}
