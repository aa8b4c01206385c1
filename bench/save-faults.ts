/**
 * The full save-safety runs (issue 8), bounded versions of which run in the suite (tests/main/save-proof.test.ts):
 * - 200 times, a process saving the case over and over is killed with SIGKILL at a random moment; then the case
 *   is opened as the app opens it. Goal: 0 acknowledged changes lost, 0 files that do not parse, 0 temp files
 *   left after the open.
 * - Two processes make 200 random changes each to one case at once, one through another spelling of its path
 *   (`/folder/./case`). Goal: every acknowledged change present; same-field clashes kept as conflicts.
 * Prints a Markdown table. `FACTDESK_KILLS` and `FACTDESK_CHANGES` change the counts (scripts/save-faults.mjs).
 */
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { bundleWorker, runFaults, runTwoWriters } from './save-harness'

const KILLS = Number(process.env.FACTDESK_KILLS ?? 200)
const CHANGES = Number(process.env.FACTDESK_CHANGES ?? 200)

async function main(): Promise<void> {
  const load = loadavg()[0]
  const worker = await bundleWorker()
  let started = performance.now()
  const faults = await runFaults(KILLS, worker)
  const faultSeconds = (performance.now() - started) / 1000
  started = performance.now()
  const two = await runTwoWriters(CHANGES, worker)
  const twoSeconds = (performance.now() - started) / 1000
  console.log(
    [
      '## Saves under fire (issue 8)',
      '',
      `Load average at start: ${load.toFixed(1)}.`,
      '',
      '| Run | Acknowledged changes | Lost | Files that do not parse | Other | Time |',
      '| --- | ---: | ---: | ---: | --- | ---: |',
      `| ${faults.kills} × kill -9 during saves | ${faults.acknowledged} | ${faults.lost} | ${faults.unreadable} | temp files: ${faults.tempBeforeOpen} after the kills, ${faults.tempAfterOpen} after the next open | ${faultSeconds.toFixed(0)} s |`,
      `| 2 processes × ${CHANGES} random changes, two path spellings | ${two.acknowledged} | ${two.lost} | ${two.unreadable} | ${two.conflicts} same-field clashes kept as conflicts | ${twoSeconds.toFixed(0)} s |`
    ].join('\n')
  )
}

await main()
