/**
 * What only the Electron shell offers: native menu commands and real paths of dropped files.
 * The preload puts them on `window.factdesk` (menu messages as objects); a `window.factdeskShell`
 * with string commands is accepted too. Both are read as strings: 'open', 'open-recent:<path>',
 * 'import-draft', 'changes', 'export-report', 'settings'.
 */
import type { FileInput } from '../../../shared/contract'
import { fail, ok, type Result } from '../../../shared/result'

export interface FactdeskShell {
  onMenuCommand(cb: (command: string) => void): () => void
  pathForFile(file: File): string
}

interface BridgeLike {
  onMenuCommand?: (cb: (message: unknown) => void) => () => void
  pathForFile?: (file: File) => string
}

/** `{ command: 'open-recent', path }` or 'open-recent:<path>' → 'open-recent:<path>'. */
export function menuCommandText(message: unknown): string {
  if (typeof message === 'string') return message
  if (message && typeof message === 'object' && 'command' in message) {
    const { command, path } = message as { command: unknown; path?: unknown }
    if (command === 'open-recent' && typeof path === 'string') return `open-recent:${path}`
    if (typeof command === 'string') return command
  }
  return ''
}

export function shell(): FactdeskShell | null {
  const w = window as unknown as { factdeskShell?: BridgeLike; factdesk?: BridgeLike }
  const bridge = w.factdeskShell?.onMenuCommand ? w.factdeskShell : w.factdesk?.onMenuCommand ? w.factdesk : null
  if (!bridge?.onMenuCommand || !bridge.pathForFile) return null
  const { onMenuCommand, pathForFile } = bridge
  return {
    onMenuCommand: (cb) => onMenuCommand((message) => cb(menuCommandText(message))),
    pathForFile: (file) => pathForFile(file)
  }
}

/**
 * A File from a picker or a drop, as the API wants it: its path in Electron, else its bytes.
 * Reading can fail (a dropped folder, a file deleted meanwhile): that comes back as a message.
 */
export async function fileInputFor(file: File): Promise<Result<FileInput>> {
  const path = shell()?.pathForFile(file)
  if (path) return ok({ path })
  try {
    return ok({ fileName: file.name, base64: await toBase64(file) })
  } catch (error) {
    return fail('read-failed', `Could not read ${file.name}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  // Chunked: String.fromCharCode(...bytes) overflows the call stack on files of a few MB.
  const CHUNK = 0x8000
  let binary = ''
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  return btoa(binary)
}
