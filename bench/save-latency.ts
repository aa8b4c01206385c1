/**
 * Status key → saved on disk, at 1,000 and 5,000 items, beside the floor measured in the same run: one atomic
 * write and fsync of the same case file (temp file, write, fsync, rename, fsync of the folder). Goal (issue 8):
 * within 3× the floor, and at most 50 ms median at 1,000 items and 100 ms at 5,000 on a quiet machine.
 *
 * A save is what the app sends for a status key: a patch with the one changed item against the version the
 * server holds (saveRequest: check the patch, apply it, take the case lock, compare with the disk, serialise,
 * write atomically). The old whole-case save (every item sent and checked) is measured too, for comparison.
 * Prints a Markdown table.
 *
 *   npx esbuild bench/save-latency.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=out/bench/save-latency.mjs && node out/bench/save-latency.mjs
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { CaseFile } from '../src/shared/case'
import { casePatch } from '../src/core/case/case-patch'
import { serialiseJson, writeFileAtomic } from '../src/main/services/atomic-file'
import { saveRequest } from '../src/main/services/case-saves'
import { pendingWrites, readCase, writeCase } from '../src/main/services/case-store'
import { caseWithItems } from './big-case'

const SIZES = [1000, 5000]
const RUNS = 15
const STATUSES = ['in-progress', 'verified', 'incorrect', 'misleading']

const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)]
const ms = (value: number) => `${value.toFixed(1)} ms`

interface Row {
  items: number
  megabytes: number
  floor: number
  patch: number
  patchWorst: number
  whole: number
}

async function measure(items: number): Promise<Row> {
  const folder = mkdtempSync(join(tmpdir(), 'factdesk-bench-save-'))
  const casePath = join(folder, 'big.txt.factdesk.json')
  const created = await writeCase(casePath, caseWithItems(items), '')
  if (!created.ok) throw new Error(created.error.message)
  await pendingWrites(casePath)
  const loaded = await readCase(casePath)
  if (!loaded.ok) throw new Error(loaded.error.message)
  let current = loaded.value.case
  let fingerprint = loaded.value.fingerprint
  const text = serialiseJson(current)
  const floors: number[] = []
  const patches: number[] = []
  const wholes: number[] = []
  for (let run = 0; run < RUNS; run += 1) {
    // The floor: the same bytes, one atomic durable write, nothing else.
    let started = performance.now()
    await writeFileAtomic(join(folder, 'floor.json'), text)
    floors.push(performance.now() - started)

    // A status key: one item changed, sent as a patch.
    const index = (run * 37) % items
    const next = {
      ...current,
      items: current.items.map((it, i) => (i === index ? { ...it, status: STATUSES[run % STATUSES.length] } : it))
    }
    started = performance.now()
    const saved = await saveRequest(casePath, { fingerprint, patch: casePatch(current, next) })
    patches.push(performance.now() - started)
    if (!saved.ok) throw new Error(saved.error.message)
    current = next
    fingerprint = saved.value.fingerprint
    await pendingWrites(casePath) // the backup written after the answer, not part of the latency
  }
  // The same through the whole-case save, as before patches: every item sent, checked and serialised.
  for (let run = 0; run < Math.ceil(RUNS / 3); run += 1) {
    const index = (run * 37) % items
    const again = {
      ...current,
      items: current.items.map((it, i) => (i === index ? { ...it, verdictNote: `run ${run}` } : it))
    }
    const started = performance.now()
    const whole = await saveRequest(casePath, { fingerprint, case: JSON.parse(JSON.stringify(again)) as CaseFile })
    wholes.push(performance.now() - started)
    if (!whole.ok) throw new Error(whole.error.message)
    current = again
    fingerprint = whole.value.fingerprint
    await pendingWrites(casePath)
  }
  rmSync(folder, { recursive: true, force: true })
  return {
    items,
    megabytes: text.length / 2 ** 20,
    floor: median(floors),
    patch: median(patches),
    patchWorst: Math.max(...patches),
    whole: median(wholes)
  }
}

async function main(): Promise<void> {
  const load = loadavg()[0]
  const rows: Row[] = []
  for (const items of SIZES) rows.push(await measure(items))
  const lines = [
    '## Saving a status (issue 8)',
    '',
    `Status key → case saved on disk, in process (check the patch, apply, lock, compare, serialise, atomic write + fsync), median of ${RUNS}; beside the floor, one atomic write + fsync of the same bytes, in the same run. Goal: within 3× the floor, ≤ 50 ms at 1,000 items and ≤ 100 ms at 5,000 on a quiet machine. Load average at start: ${load.toFixed(1)}.`,
    '',
    '| Items | Case file | Floor (write + fsync) | Patch save (median) | Ratio to floor | Patch save (worst) | Whole-case save (median) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.items.toLocaleString('en')} | ${r.megabytes.toFixed(1)} MB | ${ms(r.floor)} | ${ms(r.patch)} | ${(r.patch / r.floor).toFixed(2)}× | ${ms(r.patchWorst)} | ${ms(r.whole)} |`
    )
  ]
  console.log(lines.join('\n'))
}

await main()
