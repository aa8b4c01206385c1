/** A fresh empty folder under the system's temp folder, one per call, for tests that write files. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export function tempDir(prefix = 'factdesk-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}
