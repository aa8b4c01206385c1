/**
 * What only the Electron shell offers: native menu commands and real paths of picked or dropped files.
 * Both come from the preload's bridge (`window.factdesk`, the contract's FactdeskBridge); in browser mode
 * there is no bridge, so there are no native commands and files travel as bytes.
 */
import type { Command, FileInput } from '../../../shared/contract'
import { fail, ok, type AppError, type Result } from '../../../shared/result'
import { draftKind } from '../../../core/import/draft-kind'
import { errors, extensionOf, maxBytesFor } from '../../../core/import/errors'

/** Subscribes to the native menu's commands; answers the unsubscribe function (nothing to do in browser mode). */
export function onShellCommand(callback: (command: Command) => void): () => void {
  return window.factdesk?.onCommand(callback) ?? (() => undefined)
}

/** The desktop app has a native menu bar, which answers Alt+F and F10 itself; browser mode has only the toolbar's. */
export function hasNativeMenu(): boolean {
  return window.factdesk !== undefined
}

/**
 * A File from a picker or a drop, as the API wants it: its path in Electron, else its bytes.
 * Reading can fail (a dropped folder, a file deleted meanwhile): that comes back as a message.
 */
export async function fileInputFor(file: File): Promise<Result<FileInput>> {
  const path = await window.factdesk?.pathForFile(file)
  if (path) return ok({ path })
  // Over the one size limit: the same sentence the importer gives, before the file is read or sent.
  if (file.size > maxBytesFor(file.name)) return { ok: false, error: errors.tooLarge(file.name, file.size) }
  try {
    return ok({ fileName: file.name, base64: await toBase64(file) })
  } catch (error) {
    return fail('read-failed', readFailed(file, error))
  }
}

/** A .docx is refused or accepted on its first bytes here (a PDF's magic, say); its package is read on the Node side. */
const DOCX_HEAD_BYTES = 8

/**
 * Why a dropped file cannot be a draft (binary, empty, a PDF, too large…), by the importer's own checks, or null: the
 * window says so at once instead of first asking "Open or import?" of a file nobody can read.
 */
export async function unreadableDraft(file: File): Promise<AppError | null> {
  if (file.size > maxBytesFor(file.name)) return errors.tooLarge(file.name, file.size)
  const head = extensionOf(file.name) === '.docx' ? file.slice(0, DOCX_HEAD_BYTES) : file
  try {
    const kind = draftKind(file.name, new Uint8Array(await head.arrayBuffer()))
    return kind.ok ? null : kind.error
  } catch (error) {
    return { code: 'read-failed', message: readFailed(file, error) }
  }
}

const readFailed = (file: File, error: unknown): string =>
  `Could not read ${file.name}: ${error instanceof Error ? error.message : String(error)}`

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  // Chunked: String.fromCharCode(...bytes) overflows the call stack on files of a few MB.
  const CHUNK = 0x8000
  let binary = ''
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  return btoa(binary)
}
