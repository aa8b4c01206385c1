/**
 * While a big draft imports in browser mode, the open case keeps saving (issue 9's proof): a draft at the size
 * limit is uploaded, and while the import worker reads it, status saves from the case already open (20 in all, at
 * least 10 of them while the worker holds the draft) each answer in under 200 ms. The issue asked for a 20 MB draft; the one size limit is 2 MB (MAX_IMPORT_BYTES, docs/SECURITY.md),
 * so a 20 MB draft is refused before any work starts: the draft here is at the limit, the largest that can import.
 *
 * The parse runs on another thread, so a save waits for nothing but its own work: 12–20 ms each here on a quiet
 * machine. With the import on the server's own thread a save waited the whole import (seconds to tens of seconds).
 * On a machine so busy that saves take long with no import at all (two cores at load 20: up to 216 ms), the bound
 * is twice the slowest of 20 saves made just before the import: what is measured is what the import adds, and an
 * import on the server's thread would still fail it by seconds.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CaseFile } from '../../src/shared/case'
import type { ImportProgress, SaveResult, Session } from '../../src/shared/contract'
import type { Result } from '../../src/shared/result'
import { casePatch } from '../../src/core/case/case-patch'
import { MAX_IMPORT_BYTES } from '../../src/core/import/errors'
import { startWebServer, type WebServer } from '../../src/main/web/server'
import { builtImportWorker } from '../helpers/import-worker'
import { longDraft } from '../helpers/long-draft'
import { tempDir } from '../helpers/temp-dir'

const SAMPLE = join(__dirname, '..', '..', 'resources', 'sample-article.txt')
const SAVES = 20
const SAVE_ANSWERS_WITHIN_MS = 200

let server: WebServer

async function call<T>(method: string, input: unknown): Promise<Result<T>> {
  const reply = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-factdesk-token': server.token },
    body: JSON.stringify(input)
  })
  return (await reply.json()) as Result<T>
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

beforeAll(async () => {
  server = await startWebServer({ dataDir: tempDir(), staticDir: tempDir(), importWorker: await builtImportWorker() })
})
afterAll(() => server.close())

describe('browser mode while a draft at the size limit imports', () => {
  it(`answers ${SAVES} status saves of the open case, each in under ${SAVE_ANSWERS_WITHIN_MS} ms (busy machine: no slower than without an import)`, async () => {
    const session = unwrap(
      await call<Session>('openFile', { fileName: 'water.txt', base64: readFileSync(SAMPLE).toString('base64') })
    )
    const statuses = session.case.statuses.map((entry) => entry.id)
    let base: CaseFile = session.case
    let fingerprint = session.fingerprint
    const saveStatus = async (status: string): Promise<number> => {
      const next = { ...base, items: base.items.map((item, n) => (n === 0 ? { ...item, status } : item)) }
      const started = performance.now()
      const saved = unwrap(
        await call<SaveResult>('saveCase', { casePath: session.casePath, fingerprint, patch: casePatch(base, next) })
      )
      base = next
      fingerprint = saved.fingerprint
      return performance.now() - started
    }
    // The checker has been working on the open case: its first saves (code compiled on first use) are behind it.
    for (const status of statuses.slice(0, 3)) await saveStatus(status)
    const before: number[] = []
    for (let i = 0; i < SAVES; i += 1) before.push(await saveStatus(statuses[(i + 1) % statuses.length]))
    const bound = Math.max(SAVE_ANSWERS_WITHIN_MS, 2 * Math.max(...before))

    const draft = longDraft(MAX_IMPORT_BYTES)
    expect(draft.length).toBeGreaterThan(MAX_IMPORT_BYTES - 4096)
    const jobId = 'latency-test-import'
    const importing = call<Session>('openFile', { fileName: 'big draft.txt', base64: draft.toString('base64'), jobId })

    // The saves start once the worker is reading the draft, not before the upload has even arrived.
    let status: ImportProgress | null = null
    for (let i = 0; i < 600 && !status; i += 1) {
      status = unwrap(await call<ImportProgress | null>('importStatus', { jobId }))
      if (!status) await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(status?.jobId).toBe(jobId)

    // Counted: the saves answered while the worker still held the draft (its job still listed). A draft at the
    // 2 MB limit can leave the worker before 20 saves are done; the case is then built and written on the server's
    // own thread (a pause of about half a second at the limit, not what this test measures).
    const took: number[] = []
    const all: number[] = []
    for (let i = 0; i < SAVES; i += 1) {
      const ms = await saveStatus(statuses[i % statuses.length])
      all.push(ms)
      if (unwrap(await call<ImportProgress | null>('importStatus', { jobId }))) took.push(ms)
    }
    const times = (list: number[]) => list.map(Math.round).join(', ')
    expect(took.length, `saves: ${times(all)}`).toBeGreaterThanOrEqual(SAVES / 2)
    expect(Math.max(...took), `during the import: ${times(took)}; before it: ${times(before)}`).toBeLessThan(bound)

    // The import itself is not what this test is about: cancelled when still running, to spare the machine the rest.
    const { cancelled } = unwrap(await call<{ cancelled: boolean }>('cancelImport', { jobId }))
    const answer = await importing
    expect(answer.ok ? 'ok' : answer.error.code).toBe(cancelled ? 'import-cancelled' : 'ok')
    const reread = unwrap(await call<Session>('openFile', { path: session.casePath }))
    expect(reread.case.items[0].status).toBe(statuses[(SAVES - 1) % statuses.length])
  })
})
