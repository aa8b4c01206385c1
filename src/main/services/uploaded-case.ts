/**
 * A case file uploaded in browser mode. A web page cannot write to the file it picked, nor learn its folder, so
 * Factdesk keeps the case as a copy in its data folder. Before that, it looks for the case among those it already
 * keeps (the data folder's cases and the recent list): each Open… or Locate… of the same file made another copy
 * (name-2, name-3), which then drifted from the first, two proofs of one check. Now a case already kept with the same
 * or later work is opened where it is; one that differs is said in a line and the checker chooses
 * (`sameCase`: open the copy kept, or keep the picked file as a second copy). Nothing is ever forked unasked.
 */
import { existsSync } from 'node:fs'
import { mkdir, open, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { CaseFile } from '../../shared/case'
import type { SameCaseChoice } from '../../shared/contract'
import { fail } from '../../shared/result'
import { compareCopies, describeDifference, type CopyComparison } from '../../core/case/compare-copies'
import { CASE_SUFFIX, canonicalCasePath, parseCaseText, writeCase } from './case-store'
import { casesDir, safeFileName } from './data-dir'
import { listRecent } from './recent'
import { readToOpen, type OpenOutcome, type ReadToOpen, type SessionContext } from './session-outcome'

/** Opens a case file where it is, from `read` when given (sessions.ts's opener, passed in: it imports this module). */
export type CaseOpener = (casePath: string, jobId?: string, read?: ReadToOpen) => Promise<OpenOutcome>

export interface Upload {
  fileName: string
  bytes: Buffer
  sameCase?: SameCaseChoice
  jobId?: string
}

/** `.factdesk.json`, a browser's numbered copy of it (`.factdesk (1).json`), or a plain `.json`. */
const UPLOADED_CASE_ENDING = /(\.factdesk(\s*\(\d+\))?)?\.json$/i

/** How the case store begins every file it writes: the case's id is the second key, within the first bytes. */
const HEAD_ID = /^\{\s*"schemaVersion"\s*:\s*\d+\s*,\s*"id"\s*:\s*"((?:[^"\\]|\\.)*)"/
const HEAD_BYTES = 1024

/** The case id a case file starts with, read from its first bytes (a 46 MB case is not read to learn it). */
async function headId(path: string): Promise<string | null> {
  try {
    const file = await open(path, 'r')
    try {
      const { buffer, bytesRead } = await file.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0)
      const match = HEAD_ID.exec(buffer.subarray(0, bytesRead).toString('utf8'))
      return match ? (JSON.parse(`"${match[1]}"`) as string) : null
    } finally {
      await file.close()
    }
  } catch {
    return null
  }
}

/** Every case file Factdesk keeps that starts with case `id`: in the data folder's cases, or on the recent list. */
async function keptCopies(dataDir: string, id: string): Promise<string[]> {
  const inDataDir = await readdir(casesDir(dataDir)).catch(() => [] as string[])
  const paths = new Set(inDataDir.filter((name) => name.endsWith(CASE_SUFFIX)).map((n) => join(casesDir(dataDir), n)))
  for (const entry of await listRecent(dataDir)) paths.add(entry.casePath)
  const found: string[] = []
  for (const path of paths) if ((await headId(path)) === id) found.push(path)
  return found
}

interface Kept {
  casePath: string
  case: CaseFile
  comparison: CopyComparison
  /** The read compared: the copy opens from it, not read a second time (a kept case may be at the size limit). */
  opening: ReadToOpen
}

/** The copy kept to go to: one the same as the picked file, else one with its work and more, else the newest. */
async function copyToOpen(ctx: SessionContext, picked: CaseFile): Promise<Kept | null> {
  const candidates: Kept[] = []
  for (const casePath of await keptCopies(ctx.dataDir, picked.id)) {
    // Read off the thread that answers the window, under the one spelling the opener reads it by.
    const opening = await readToOpen(ctx, await canonicalCasePath(casePath), false)
    const { read } = opening
    if (!read.ok || read.value.prepared.case.id !== picked.id) continue
    const kept = read.value.prepared.case
    candidates.push({ casePath, case: kept, comparison: compareCopies(picked, kept), opening })
  }
  const rank = { same: 0, older: 1, differs: 2 }
  candidates.sort(
    (a, b) =>
      rank[a.comparison.standing] - rank[b.comparison.standing] || b.case.updatedAt.localeCompare(a.case.updatedAt)
  )
  return candidates[0] ?? null
}

/** The day and minute a case was last saved, as the checker reads it. */
function savedWhen(caseFile: CaseFile): string {
  return `${caseFile.updatedAt.slice(0, 16).replace('T', ' ')} UTC`
}

/** The line that asks: where the case already is, what differs each way, and the two ways on. */
export function differsMessage(fileName: string, kept: Kept, picked: CaseFile): string {
  const { picked: pickedHas, kept: keptHas } = describeDifference(kept.comparison)
  const keptPart = keptHas.length > 0 ? `; the copy has ${keptHas.join(', ')}` : ''
  return (
    `${fileName} is a case Factdesk already keeps, at ${kept.casePath} (saved ${savedWhen(kept.case)}), and the two ` +
    `differ: the file you picked (saved ${savedWhen(picked)}) has ${pickedHas.join(', ')}${keptPart}. Open the copy ` +
    'Factdesk keeps, or keep the file you picked as a second copy beside it?'
  )
}

/** Said when the picked file opened as the copy already kept. */
export function keptNotice(fileName: string, kept: Kept): string {
  const later = kept.comparison.standing === 'older' ? ', with later work than the file you picked' : ''
  return (
    `${fileName} is a case Factdesk already keeps: opened that copy${later}, at ${kept.casePath}. Your work on this ` +
    'case is saved there; the file you picked is not changed.'
  )
}

/** Where an uploaded case now lives, and that the file picked is left as it was. */
export function adoptedNotice(fileName: string, target: string, second = false): string {
  return (
    `Opened ${second ? 'a second copy' : 'a copy'} of ${fileName}: a browser cannot save into the file it picked, so your work on this case is saved ` +
    `in Factdesk's data folder, at ${target}. The file you picked is not changed.`
  )
}

export async function adoptUploadedCase(
  ctx: SessionContext,
  upload: Upload,
  openCase: CaseOpener
): Promise<OpenOutcome> {
  const { fileName, bytes, jobId } = upload
  const parsed = parseCaseText(bytes.toString('utf8'), fileName)
  if (!parsed.ok) return { error: parsed }
  const kept = upload.sameCase === 'separate' ? null : await copyToOpen(ctx, parsed.value)
  if (kept && (kept.comparison.standing !== 'differs' || upload.sameCase === 'library')) {
    const opened = await openCase(kept.casePath, jobId, kept.opening)
    if ('session' in opened) opened.session.notice = keptNotice(fileName, kept)
    return opened
  }
  if (kept) return { error: fail('case-in-library', differsMessage(fileName, kept, parsed.value)) }
  await mkdir(casesDir(ctx.dataDir), { recursive: true })
  const base = safeFileName(fileName.replace(UPLOADED_CASE_ENDING, ''))
  let target = join(casesDir(ctx.dataDir), `${base}${CASE_SUFFIX}`)
  for (let n = 2; existsSync(target); n += 1) target = join(casesDir(ctx.dataDir), `${base}-${n}${CASE_SUFFIX}`)
  const written = await writeCase(target, parsed.value, '', { now: ctx.now })
  if (!written.ok) return { error: written }
  const opened = await openCase(target, jobId)
  if ('session' in opened) opened.session.notice = adoptedNotice(fileName, target, upload.sameCase === 'separate')
  return opened
}
