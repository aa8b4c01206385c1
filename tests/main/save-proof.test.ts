/**
 * The bounded versions of the save-safety proofs (bench/save-harness.ts; the full runs are bench/save-faults.ts):
 * kill -9 during saves, and two processes writing one case at once under two spellings of its path.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { bundleWorker, runFaults, runTwoWriters } from '../../bench/save-harness'

describe('saves under fire', () => {
  let worker: string
  beforeAll(async () => {
    worker = await bundleWorker()
  })

  it('loses no acknowledged change to 30 kill -9 during saves, and the next open leaves no temp file', async () => {
    const run = await runFaults(30, worker)
    expect(run.acknowledged).toBeGreaterThan(10)
    expect(run).toMatchObject({ lost: 0, unreadable: 0, tempAfterOpen: 0 })
  }, 120_000)

  it('keeps every acknowledged change of two processes writing one case at once, clashes as conflicts', async () => {
    const run = await runTwoWriters(40, worker)
    expect(run.acknowledged).toBe(80)
    expect(run).toMatchObject({ lost: 0, unreadable: 0 })
  }, 120_000)
})
