/**
 * The renderer's share of a save and of an outside change (src/renderer/src/lib/case-session.ts), at 1,000 and
 * 5,000 items, with the Node side replaced by an API that answers at once:
 * - status key → save request sent: the op, the undo step and the patch against the version on disk (one item);
 * - an outside change taken in: a poll answers the file with one item changed elsewhere while one of ours is
 *   pending; the session matches the parsed case to the objects it holds, merges three-way and carries the change
 *   into 50 undo snapshots.
 * The disk write itself is bench/save-latency.ts. Prints a Markdown table.
 *
 *   npx esbuild bench/case-session.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=out/bench/case-session.mjs && node out/bench/case-session.mjs
 */
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import type { CasePatch, FactdeskApi } from '../src/shared/contract'
import type { CaseFile } from '../src/shared/case'
import { fail, ok } from '../src/shared/result'
import { setStatus } from '../src/core/case/ops-status'
import { CaseSession } from '../src/renderer/src/lib/case-session'
import { caseWithItems } from './big-case'

const SIZES = [1000, 5000]
const RUNS = 15
const STATUSES = ['in-progress', 'verified', 'incorrect', 'misleading']
const CTX = { by: 'Ana', at: '2024-03-14T10:00:00.000Z' }

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} ms`

function status(id: string, to: string) {
  return (c: CaseFile): CaseFile => {
    const result = setStatus(c, id, to, CTX)
    return result.ok ? result.value : c
  }
}

interface Figures {
  items: number
  keyToRequest: number
  patchItems: number
  outside: number
}

async function measure(items: number): Promise<Figures> {
  const start = caseWithItems(items)
  let sentAt = 0
  let lastPatch: CasePatch | null = null
  let disk = JSON.stringify(start)
  let print = 1
  const api: Pick<FactdeskApi, 'saveCase' | 'pollCase' | 'putBackCase'> = {
    saveCase: async (input) => {
      sentAt = performance.now()
      lastPatch = input.patch ?? null
      print += 1
      return ok({ fingerprint: `fp${print}`, savedAt: CTX.at, merged: null })
    },
    pollCase: async () => ok({ fingerprint: `outside${print}`, case: JSON.parse(disk) as CaseFile, owners: [] }),
    // Never asked here: the file on disk is always usable in this bench.
    putBackCase: async () => fail('internal', 'not part of this bench')
  }
  const session = new CaseSession(
    api,
    { casePath: '/bench/case.factdesk.json', case: start, fingerprint: 'fp1' },
    { pollMs: 0 }
  )

  const keys: number[] = []
  for (let run = 0; run < 50 + RUNS; run++) {
    const id = `i${1 + ((run * 37) % items)}`
    const t0 = performance.now()
    session.apply(status(id, STATUSES[run % STATUSES.length]))
    await session.flush()
    if (run >= 50) keys.push(sentAt - t0)
  }
  const patchItems = (lastPatch as CasePatch | null)?.items.length ?? 0

  const outside: number[] = []
  for (let run = 0; run < RUNS; run++) {
    // Someone else changed one item; ours has a change pending (a debounced verdict).
    const elsewhere = JSON.parse(JSON.stringify(session.present)) as CaseFile
    const theirs = elsewhere.items[(run * 53 + 7) % items]
    theirs.verdictNote = `Changed elsewhere ${run}`
    disk = JSON.stringify(elsewhere)
    session.apply(
      (c) => ({ ...c, items: c.items.map((it, i) => (i === 3 ? { ...it, verdictNote: `ours ${run}` } : it)) }),
      {
        debounce: true
      }
    )
    const t0 = performance.now()
    await session.checkOutside()
    outside.push(performance.now() - t0)
    await session.flush()
  }
  await session.stop()
  return { items, keyToRequest: median(keys), patchItems, outside: median(outside) }
}

const rows: Figures[] = []
for (const size of SIZES) rows.push(await measure(size))
const load = loadavg()[0].toFixed(2)
console.log('## Case session (renderer side of a save)')
console.log('')
console.log(
  `Status key → save request sent (op, undo step, patch), and an outside change taken in (match, three-way merge, 50 undo snapshots carried); median of ${RUNS}. Load average at the end: ${load}.`
)
console.log('')
console.log('| Items | Key → request | Items in the patch | Outside change taken in |')
console.log('| ---: | ---: | ---: | ---: |')
for (const row of rows)
  console.log(`| ${row.items} | ${ms(row.keyToRequest)} | ${row.patchItems} | ${ms(row.outside)} |`)
