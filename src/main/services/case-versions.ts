/**
 * The versions of each open case this process read or wrote, by fingerprint: the case a patch applies to, and the
 * base of a three-way merge when the file changed outside. A save names its base by fingerprint only, so the Node
 * side must be able to find it again; the newest few per case are kept in memory (ops share unchanged items
 * between versions, so they cost little), and a version no longer held is looked for among the case's backups,
 * whose bytes are exactly what was written (their SHA-256 is the fingerprint).
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import type { CaseFile } from '../../shared/case'
import { backupsDirFor } from './case-backups'
import { holdsItemKeys, serialiseCase } from './case-text'

/** Enough to span the saves in flight from two windows and a merge; old versions come back from the backups. */
export const VERSIONS_KEPT = 8

const held = new Map<string, Map<string, CaseFile>>()

/** Remembers `caseFile` as the version of `casePath` (canonical) whose bytes hash to `fingerprint`. */
export function rememberVersion(casePath: string, fingerprint: string, caseFile: CaseFile): void {
  let versions = held.get(casePath)
  if (!versions) {
    versions = new Map()
    held.set(casePath, versions)
  }
  versions.delete(fingerprint)
  versions.set(fingerprint, caseFile)
  while (versions.size > VERSIONS_KEPT) versions.delete(versions.keys().next().value as string)
}

/** Whether the version is held in memory. */
export function holdsVersion(casePath: string, fingerprint: string): boolean {
  return held.get(casePath)?.has(fingerprint) ?? false
}

/** Forgets every version of a case (it was closed). */
export function forgetVersions(casePath: string): void {
  held.delete(casePath)
  seen.delete(casePath)
  replaced.delete(casePath)
}

/** Enough to know any version of a day's saves again; older ones are also older than any backup kept. */
const REPLACED_KEPT = 500

/**
 * Per case, the versions this process knew to be on disk and then wrote over. Found on disk again byte for byte, such
 * a version is an older copy put back (a version-control checkout, a sync tool restoring a file, a copy from a
 * backup): merged as a change, it would undo every save since.
 */
const replaced = new Map<string, Set<string>>()

/** `fingerprints` (the versions a write found or started from) were written over by a write of `written`. */
export function noteReplaced(casePath: string, fingerprints: string[], written: string): void {
  let set = replaced.get(casePath)
  if (!set) {
    set = new Set()
    replaced.set(casePath, set)
  }
  for (const fingerprint of fingerprints) if (fingerprint !== '' && fingerprint !== written) set.add(fingerprint)
  set.delete(written)
  while (set.size > REPLACED_KEPT) set.delete(set.values().next().value as string)
}

/** True when the version `fingerprint` names was on disk once and written over by this process since. */
export function wasReplaced(casePath: string, fingerprint: string): boolean {
  return replaced.get(casePath)?.has(fingerprint) ?? false
}

type ParseCase = (text: string, label: string) => { ok: true; value: CaseFile } | { ok: false }

/**
 * The version whose bytes hash to `fingerprint`, every item whole: held in memory (parsed from its bytes with `parse`
 * when its items are held as keys, case-text.ts), else one of the case's backups (parsed), else null. For what reads
 * the items: a merge's base, a case sent to the worker.
 */
export async function findVersion(casePath: string, fingerprint: string, parse: ParseCase): Promise<CaseFile | null> {
  const found = await findPatchBase(casePath, fingerprint, parse)
  return found && wholeCase(found, casePath, parse)
}

/** `caseFile`, or when its items are held as keys, the case its bytes hold, parsed (null if they do not parse). */
export function wholeCase(caseFile: CaseFile, label: string, parse: ParseCase): CaseFile | null {
  if (!holdsItemKeys(caseFile)) return caseFile
  const parsed = parse(serialiseCase(caseFile), label)
  return parsed.ok ? parsed.value : null
}

/**
 * findVersion for a save's patch, which needs no more of an item than its id (case-patch.ts): the version as held,
 * its items possibly keys (case-text.ts); the patched case made from it is only serialised and held in turn.
 */
export async function findPatchBase(casePath: string, fingerprint: string, parse: ParseCase): Promise<CaseFile | null> {
  const inMemory = held.get(casePath)?.get(fingerprint)
  if (inMemory) return inMemory
  const dir = backupsDirFor(casePath)
  let names: string[]
  try {
    names = (await readdir(dir))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .reverse()
  } catch {
    return null
  }
  for (const name of names) {
    const bytes = await readFile(join(dir, name)).catch(() => null)
    if (!bytes || createHash('sha256').update(bytes).digest('hex') !== fingerprint) continue
    const parsed = parse(bytes.toString('utf8'), name)
    if (!parsed.ok) return null
    rememberVersion(casePath, fingerprint, parsed.value)
    return parsed.value
  }
  return null
}

/**
 * What identifies the bytes of a file without reading them: inode, size, and modification and change times in
 * nanoseconds. Every Factdesk writer replaces a case by rename (a new inode) under the case's lock; another
 * program writing in place changes the times. Null when there is no file.
 */
export async function statKey(path: string): Promise<string | null> {
  try {
    const s = await stat(path, { bigint: true })
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`
  } catch {
    return null
  }
}

const seen = new Map<string, { fingerprint: string; key: string }>()

/** Records that the file at `casePath`, as `key` identifies it, holds the bytes `fingerprint` names. */
export function noteSeen(casePath: string, fingerprint: string, key: string): void {
  seen.set(casePath, { fingerprint, key })
}

/** Records the file just written (under the case's lock, so nobody replaced it since): the version on disk now. */
export async function noteWritten(casePath: string, fingerprint: string): Promise<void> {
  replaced.get(casePath)?.delete(fingerprint)
  const key = await statKey(casePath)
  if (key === null) seen.delete(casePath)
  else noteSeen(casePath, fingerprint, key)
}

/** True when the file is, by its stat, still the one this process last saw holding `fingerprint`. */
export async function unchangedSince(casePath: string, fingerprint: string): Promise<boolean> {
  const last = seen.get(casePath)
  if (!last || last.fingerprint !== fingerprint) return false
  return (await statKey(casePath)) === last.key
}
