/**
 * The one size limit at its edge (MAX_IMPORT_BYTES, issue 9): a draft one byte over it, uploaded or on disk, is
 * refused with one sentence before any work starts — the engine here has no worker to start (its entry does not
 * exist), so a draft that got as far as a worker would fail otherwise — and nothing is written; a draft exactly at
 * the limit goes on to the worker. Opening a whole draft at the limit, worker and all, is web-import-latency.test.ts
 * and the import-worker bench.
 */
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_IMPORT_BYTES } from '../../src/core/import/errors'
import { openFile } from '../../src/main/services/sessions'
import { workerEngine } from '../../src/main/services/worker-engine'
import { tempDir } from '../helpers/temp-dir'

const MB = 1024 * 1024
const LIMIT_MB = MAX_IMPORT_BYTES / MB
const overBy1 = Buffer.alloc(MAX_IMPORT_BYTES + 1, 'word ')
const atLimit = Buffer.alloc(MAX_IMPORT_BYTES, 'word ')
const refusal = (name: string) =>
  `Cannot open "${name}": it is ${((MAX_IMPORT_BYTES + 1) / MB).toFixed(1)} MB, over the ${LIMIT_MB} MB limit.`

/** A session context whose engine could never start a worker. */
function noWorker() {
  const dataDir = tempDir()
  return { dataDir, engine: workerEngine(join(dataDir, 'no-such-import-worker.mjs')) }
}

describe(`the ${LIMIT_MB} MB limit`, () => {
  it('refuses an upload one byte over it before any work, in one sentence, writing nothing', async () => {
    const ctx = noWorker()
    const opened = await openFile(ctx, { fileName: 'long draft.txt', base64: overBy1.toString('base64') })
    expect(opened).toEqual({ ok: false, error: { code: 'too-large', message: refusal('long draft.txt') } })
    expect(readdirSync(ctx.dataDir)).toEqual([])
  })

  it('refuses a file on disk one byte over it the same way', async () => {
    const ctx = noWorker()
    const path = join(tempDir(), 'long draft.md')
    writeFileSync(path, overBy1)
    const opened = await openFile(ctx, { path })
    expect(opened).toEqual({ ok: false, error: { code: 'too-large', message: refusal('long draft.md') } })
    expect(readdirSync(ctx.dataDir)).toEqual([])
  })

  it('hands a draft exactly at the limit to the worker', async () => {
    const opened = await openFile(noWorker(), { fileName: 'long draft.txt', base64: atLimit.toString('base64') })
    // It reached the engine's worker, which does not exist here: a crash in our words, not the size sentence.
    expect(opened.ok ? 'opened' : opened.error.code).toBe('parse-failed')
  })
})
