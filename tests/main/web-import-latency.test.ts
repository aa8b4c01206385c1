/**
 * While a big draft imports in browser mode, the open case keeps saving (issue 9's proof): a draft at the size
 * limit is uploaded and, from the moment the import worker holds it to the moment its new case is answered, status
 * saves from the case already open each answer in under 200 ms: at least 20 of them, spread over the whole import,
 * one each time the worker is STEP_PERCENT further on while it reads, extracts and builds the case, and back to back
 * from the moment it has finished (the case is received, written and answered on the server's thread) to the
 * answer, and one after it. The issue
 * asked for a 20 MB draft; the one size limit is 2 MB (MAX_IMPORT_BYTES, docs/SECURITY.md), so a 20 MB draft is
 * refused before any work starts: the draft here is at the limit, the largest that can import.
 *
 * The parse, the extraction and the new case's building, checking and serialising run on another thread, and the
 * case comes back in parts (case-transfer.ts), so a save waits for nothing but its own work: 12–20 ms each here on a
 * quiet machine. When the case was built on the server's thread, saves near the end waited 0.3–0.7 s; with the whole
 * import there they waited seconds. On a machine so busy that saves take long with no import at all (two cores at
 * load 20: up to 216 ms), the bound is twice the slowest of 20 saves made just before the import: what is measured
 * is what the import adds. Two shared cores at load 10–14 also starve the server's thread now and then while the
 * worker runs (a save of 5 ms took up to 350 ms): a second import is made when a save of the first went past the
 * bound, and the proof is the second. Work on the server's own thread fails both: building the case there made
 * saves wait 2.5–3.5 s at the end of every import at that load. The import is uploaded and its answer (some 50 MB)
 * received on another thread, and parsed after the saves: the page does both in its own process, while here they
 * would hold up the server's thread.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CaseFile } from '../../src/shared/case'
import type { ImportProgress, SaveResult, Session } from '../../src/shared/contract'
import type { Result } from '../../src/shared/result'
import { casePatch } from '../../src/core/case/case-patch'
import { MAX_IMPORT_BYTES } from '../../src/core/import/errors'
import { readCase } from '../../src/main/services/case-store'
import { startWebServer, type WebServer } from '../../src/main/web/server'
import { builtImportWorker } from '../helpers/import-worker'
import { longDraft } from '../helpers/long-draft'
import { tempDir } from '../helpers/temp-dir'

const SAMPLE = join(__dirname, '..', '..', 'resources', 'sample-article.txt')
const SAVES = 20
const SAVE_ANSWERS_WITHIN_MS = 200
/** One save each time the worker is this much further on: 20 while it works, whatever the machine's speed. */
const STEP_PERCENT = 5
/** How often the import's progress is asked meanwhile, as the app asks it. */
const POLL_MS = 50
/** Importing a draft at the limit to the end takes 5–20 s here (2 cores shared), and the case is read back whole. */
const TEST_TIMEOUT_MS = 120_000

let server: WebServer

async function call<T>(method: string, input: unknown): Promise<Result<T>> {
  const reply = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-factdesk-token': server.token },
    body: JSON.stringify(input)
  })
  return (await reply.json()) as Result<T>
}

/**
 * openFile from another thread, as the page calls it from another process: the upload and its 50 MB answer read
 * here would hold up the very thread the server answers on. Answers the answer's bytes.
 */
function uploadFromAnotherThread(body: string): Promise<Buffer> {
  const client = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads')
    fetch(workerData.url, { method: 'POST', headers: workerData.headers, body: workerData.body })
      .then((reply) => reply.arrayBuffer())
      .then((bytes) => parentPort.postMessage(bytes, [bytes]))`,
    {
      eval: true,
      workerData: {
        url: `http://127.0.0.1:${server.port}/api/openFile`,
        headers: { 'content-type': 'application/json', 'x-factdesk-token': server.token },
        body
      }
    }
  )
  return new Promise((resolve, reject) => {
    client.once('message', (bytes: ArrayBuffer) => resolve(Buffer.from(bytes)))
    client.once('error', reject)
  })
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
  it(
    `answers every status save of the open case (${SAVES} or more, to the import's answer) in under ${SAVE_ANSWERS_WITHIN_MS} ms (busy machine: no slower than without an import)`,
    async () => {
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
      let saved = 0

      /** One import at the size limit, the open case saved throughout; answers the saves and the import's answer. */
      const importWhileSaving = async (attempt: number) => {
        // Each attempt its own text (a different first paragraph), so each makes a new case.
        const draft = Buffer.concat([Buffer.from(`Draft ${attempt}.\n\n`), longDraft(MAX_IMPORT_BYTES - 64)])
        expect(draft.length).toBeGreaterThan(MAX_IMPORT_BYTES - 4096)
        const jobId = `latency-test-import-${attempt}`
        const importing = uploadFromAnotherThread(
          JSON.stringify({ fileName: 'big draft.txt', base64: draft.toString('base64'), jobId })
        )
        let answered = false
        void importing.finally(() => (answered = true))
        // The saves start once the worker is reading the draft, not before the upload has even arrived.
        let status: ImportProgress | null = null
        for (let i = 0; i < 600 && !status; i += 1) {
          status = unwrap(await call<ImportProgress | null>('importStatus', { jobId }))
          if (!status) await new Promise((resolve) => setTimeout(resolve, 50))
        }
        expect(status?.jobId).toBe(jobId)
        // Each save is put down to where the import was when it answered: in the worker, or finished there (the
        // case being received, written and answered here: the worker's job at 100 % or gone), or answered.
        const saves: Array<{ ms: number; stage: 'worker' | 'server' | 'answered' }> = []
        const inWorker = (now: ImportProgress | null) => now !== null && now.percent < 100
        while (!answered || saves.at(-1)?.stage !== 'answered') {
          const wasAnswered = answered
          const ms = await saveStatus(statuses[saved % statuses.length])
          saved += 1
          let now = unwrap(await call<ImportProgress | null>('importStatus', { jobId }))
          saves.push({ ms, stage: wasAnswered ? 'answered' : inWorker(now) ? 'worker' : 'server' })
          const next = (now?.percent ?? 0) + STEP_PERCENT
          while (!answered && inWorker(now) && (now?.percent ?? 0) < next) {
            await new Promise((resolve) => setTimeout(resolve, POLL_MS))
            now = unwrap(await call<ImportProgress | null>('importStatus', { jobId }))
          }
        }
        return { saves, answer: await importing }
      }

      // A second attempt only when a save of the first went past the bound: on a shared machine one moment of
      // starvation can do that, while work on the server's thread (a case built there) stalls every attempt.
      let attempt = await importWhileSaving(1)
      const slowest = () => Math.max(...attempt.saves.map((save) => save.ms))
      if (slowest() >= bound) attempt = await importWhileSaving(2)
      const { saves, answer } = attempt
      const times = (stage: string) =>
        saves
          .filter((save) => save.stage === stage)
          .map((save) => Math.round(save.ms))
          .join(', ')
      const seen = `in the worker: ${times('worker')}; after it: ${times('server')}; answered: ${times('answered')}; before the import: ${before.map(Math.round).join(', ')}`
      expect(saves.length, seen).toBeGreaterThanOrEqual(SAVES)
      // Progress comes in steps of up to 10 %: at least a quarter of the 20 steps see a save while the worker works.
      expect(saves.filter((save) => save.stage === 'worker').length, seen).toBeGreaterThanOrEqual(SAVES / 4)
      expect(saves.filter((save) => save.stage === 'server').length, seen).toBeGreaterThanOrEqual(1)
      expect(slowest(), seen).toBeLessThan(bound)

      // The import itself: its case is on disk, whole (it parses and validates), with the fingerprint answered, and it
      // takes a status save like any case.
      const big = unwrap(JSON.parse(answer.toString('utf8')) as Result<Session>)
      expect(big.case.items.length).toBeGreaterThan(20_000)
      const onDisk = await readCase(big.casePath)
      expect(onDisk.ok && onDisk.value.fingerprint).toBe(big.fingerprint)
      expect(createHash('sha256').update(readFileSync(big.casePath)).digest('hex')).toBe(big.fingerprint)
      const changed = {
        ...big.case,
        items: big.case.items.map((item, n) => (n === 0 ? { ...item, status: statuses[1] } : item))
      }
      const savedBig = unwrap(
        await call<SaveResult>('saveCase', {
          casePath: big.casePath,
          fingerprint: big.fingerprint,
          patch: casePatch(big.case, changed)
        })
      )
      expect(savedBig.fingerprint).not.toBe(big.fingerprint)
      const reread = unwrap(await call<Session>('openFile', { path: session.casePath }))
      expect(reread.case.items[0].status).toBe(statuses[(saved - 1) % statuses.length])
    },
    TEST_TIMEOUT_MS
  )
})
