import { appendFileSync } from 'node:fs'
import { join } from 'node:path'
import { defaultDataDir, ensureDir } from './data-dir'

/**
 * Where a library's own words go when an import fails: mammoth, JSZip and xmldom explain a broken file
 * in their terms ("Corrupted zip: can't find end of central directory", "[xmldom error] entity not
 * found"). The checker gets our sentence (src/core/import/errors.ts); the details go here, one line
 * each, to <data dir>/logs/import.log, for whoever investigates a file that would not open.
 */
export type ImportLogSink = (line: string) => void

let sink: ImportLogSink | null = null

/** Tests (and a host with its own log) take the lines instead of the file; null restores the file. */
export function setImportLogSink(next: ImportLogSink | null): void {
  sink = next
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.replace(/\s+/g, ' ').slice(0, 2000)
  return String(error).slice(0, 2000)
}

export function logImportProblem(fileName: string, stage: string, error: unknown): void {
  writeImportLogLine(`${new Date().toISOString()} ${fileName} (${stage}): ${describe(error)}\n`)
}

/** One finished line (the import worker's lines arrive this way). */
export function writeImportLogLine(line: string): void {
  if (sink) return sink(line)
  try {
    appendFileSync(join(ensureDir(join(defaultDataDir(), 'logs')), 'import.log'), line)
  } catch {
    // A log that cannot be written must never be why a draft does not open.
  }
}
