/**
 * The case files this thread last read to open them, by the fingerprint of their bytes (the SHA-256 every save
 * compares on): what parsing, checking and serialising those bytes gave (case-work.ts). Reloading the page or coming
 * back to a case reads its file again; when the bytes are the very same, parseCaseText and caseBytesIndexed give the
 * same case and the same bytes again (they read nothing else: no clock, no other file; the file's name only in the
 * message of a failure, which is never kept), so that work is answered from here. On the workspace bench's 1.3 MB
 * case it was 100–250 ms of the import worker per open (decode, JSON.parse, the zod check, serialising again to find
 * where each item lies), more under load.
 *
 * Nothing else is trusted: the file is read and hashed on every open, so a file changed behind the app's back (another
 * window, another program, a sync tool, a merge written by another process) has other bytes and is read afresh. Kept
 * by bytes, not by path: a path is only where bytes were found.
 */
import type { CaseFile } from '../../shared/case'
import { ok, type Result } from '../../shared/result'
import { unlinkedTwins } from '../../core/case/twins'
import { caseBytesIndexed, type CaseBytesIndex } from './case-text'
import { fingerprintOf, parseCaseText } from './case-read'

/** A case read from bytes: exactly serialiseCaseBytes(case) in `bytes`, `index` where its parts lie in them. */
export interface ReadCase {
  case: CaseFile
  bytes: Uint8Array
  index: CaseBytesIndex
}

/** The case open and the one before it (two windows, or back and forth between two cases). */
const KEPT = 2

/**
 * Files larger than this are not kept: the import worker's heap is bounded (worker-engine.ts), and a case at the size
 * limit (46 MB, hundreds of MB parsed) kept beside the next draft's work could end that work for lack of memory.
 */
export const KEPT_MAX_BYTES = 16 * 1024 * 1024

/** Twin pairs as [later id, first id]. */
type Twins = Array<[string, string]>

const kept = new Map<string, { case: CaseFile; bytes: Buffer; index: CaseBytesIndex; twins: Twins }>()

/**
 * The case the file's `bytes` hold, parsed, upgraded, checked and serialised as the case store writes it, with the
 * fingerprint of `bytes` and its twins not linked yet (core/case/twins.ts: every claim's sentence normalised, some
 * 10 ms at 1,000 items, done once per bytes here rather than by the window on every open); from what this thread kept
 * when it read the same bytes lately. `label` names the file in messages. The answer's bytes are its own copy: an
 * answer moves its bytes to the other thread (case-transfer.ts).
 */
export function readCaseBytes(
  bytes: Buffer,
  label: string
): Result<{ fingerprint: string; read: ReadCase; twins: Twins }> {
  const fingerprint = fingerprintOf(bytes)
  const found = kept.get(fingerprint)
  if (found) {
    kept.delete(fingerprint)
    kept.set(fingerprint, found)
    const read = { case: found.case, bytes: Buffer.from(found.bytes), index: found.index }
    return ok({ fingerprint, read, twins: found.twins })
  }
  const parsed = parseCaseText(bytes.toString('utf8'), label)
  if (!parsed.ok) return parsed
  const indexed = caseBytesIndexed(parsed.value)
  const twins = unlinkedTwins(parsed.value.items)
  if (bytes.byteLength <= KEPT_MAX_BYTES) {
    kept.set(fingerprint, { case: parsed.value, bytes: Buffer.from(indexed.bytes), index: indexed.index, twins })
    for (const oldest of kept.keys()) {
      if (kept.size <= KEPT) break
      kept.delete(oldest)
    }
  }
  return ok({ fingerprint, read: { case: parsed.value, ...indexed }, twins })
}

/** Forgets every file kept (tests that count reads start from nothing). */
export function forgetReadCases(): void {
  kept.clear()
}
