/**
 * What a file is before any parser reads it. Pure and light (no parser behind it), so the window can ask it of a
 * dropped file as well as the importers.
 */
import { ok, type Result } from '../../shared/result'
import { decodeBytes } from './decode'
import { errors, extensionOf, isZip, precheck } from './errors'
import { isBlank } from './normalise'

/** A file's kind before any parser reads it: a Word package (read on the Node side) or a draft's decoded text. */
export type DraftKind = { kind: 'docx' } | { kind: 'text'; text: string }

/**
 * The checks every import makes before parsing, in the order a user would want to hear them: size, empty, PDF, old
 * Word, unknown extension, binary, blank. The window makes them on a dropped file before asking whether it is a new
 * draft (it asked "Open or import?" of a binary file, and only then said it could not be read). A .docx is only
 * prechecked: its package is read on the Node side.
 */
export function draftKind(fileName: string, bytes: Uint8Array): Result<DraftKind> {
  const problem = precheck(fileName, bytes)
  if (problem) return { ok: false, error: problem }
  if (extensionOf(fileName) === '.docx') return ok({ kind: 'docx' })
  // A Word file or other ZIP renamed to .txt would decode to noise: say what it is.
  if (isZip(bytes)) return { ok: false, error: errors.binary(fileName) }
  const decoded = decodeBytes(bytes)
  if (!decoded.ok) return { ok: false, error: errors.binary(fileName) }
  if (isBlank(decoded.text)) return { ok: false, error: errors.empty(fileName) }
  return ok({ kind: 'text', text: decoded.text })
}
