/**
 * Proofs that a case survives crashes and concurrent writers, shared by the bounded tests (tests/main/
 * save-proof.test.ts) and the full runs (bench/save-faults.ts, scripts/save-faults.mjs):
 *
 * - runFaults: a child process saves a case over and over and is killed with SIGKILL at random moments, again
 *   and again; then the case is opened as the app does. Counts acknowledged changes missing, files that do not
 *   parse, temp files left after the open.
 * - runTwoWriters: two processes make random changes to one case at once (one of them through another spelling of
 *   its path); counts acknowledged changes missing and the conflicts recorded for same-field clashes.
 */
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { build } from 'esbuild'
import type { CaseFile } from '../src/shared/case'
import { backupsDirFor } from '../src/main/services/case-backups'
import { openFile } from '../src/main/services/sessions'

/** The project folder: benches and tests both run from it. */
const ROOT = process.cwd()
const SAMPLE = join(ROOT, 'resources', 'sample-article.txt')

/** Bundles the worker once per run, inside the project (so its packages resolve); answers its path. */
export async function bundleWorker(): Promise<string> {
  mkdirSync(join(ROOT, 'out', 'proof'), { recursive: true })
  const outfile = join(mkdtempSync(join(ROOT, 'out', 'proof', 'worker-')), 'save-worker.mjs')
  await build({
    entryPoints: [join(ROOT, 'bench', 'save-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node20',
    logLevel: 'warning',
    absWorkingDir: ROOT
  })
  return outfile
}

/** A fresh case for the sample article in its own folder (as the app creates it); answers its path. */
export async function freshCase(): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'factdesk-proof-'))
  const article = join(folder, 'water.txt')
  copyFileSync(SAMPLE, article)
  const opened = await openFile({ dataDir: mkdtempSync(join(tmpdir(), 'factdesk-data-')) }, { path: article })
  if (!opened.ok) throw new Error(opened.error.message)
  return opened.value.casePath
}

function readAcks<T>(path: string): T[] {
  if (!existsSync(path)) return []
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T)
}

function tempFilesOf(casePath: string): string[] {
  const mine = (folder: string) =>
    existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.tmp') || name.includes('.stale-')) : []
  return [...mine(dirname(casePath)), ...mine(backupsDirFor(casePath))]
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function allNotes(c: CaseFile): Set<string> {
  return new Set(c.items.flatMap((item) => item.notes.map((note) => note.text)))
}

export interface FaultRun {
  kills: number
  acknowledged: number
  lost: number
  /** 1 when the case did not parse and validate after the last kill. */
  unreadable: number
  /** Temp files and set-aside locks beside the case right after the kills, and after opening it again. */
  tempBeforeOpen: number
  tempAfterOpen: number
}

/** Starts the worker and kills it with SIGKILL `killAfterMs` after it is ready (mid-save, as likely as not). */
function runUntilKilled(worker: string, args: string[], killAfterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), killAfterMs))
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`worker exited ${code}: ${errors}`))
    )
  })
}

export async function runFaults(kills: number, worker?: string): Promise<FaultRun> {
  const script = worker ?? (await bundleWorker())
  const casePath = await freshCase()
  const acks = join(dirname(casePath), 'acks.jsonl')
  for (let run = 0; run < kills; run += 1) {
    await runUntilKilled(script, ['notes', casePath, acks, String(run * 100_000)], 10 + Math.random() * 240)
  }
  const acknowledged = readAcks<{ note: string }>(acks).map((ack) => ack.note)
  const tempBeforeOpen = tempFilesOf(casePath).length
  const opened = await openFile({ dataDir: mkdtempSync(join(tmpdir(), 'factdesk-data-')) }, { path: casePath })
  const notes = opened.ok ? allNotes(opened.value.case) : new Set<string>()
  return {
    kills,
    acknowledged: acknowledged.length,
    lost: acknowledged.filter((note) => !notes.has(note)).length,
    unreadable: opened.ok ? 0 : 1,
    tempBeforeOpen,
    tempAfterOpen: tempFilesOf(casePath).length
  }
}

export interface TwoWriterRun {
  changes: number
  acknowledged: number
  lost: number
  conflicts: number
  unreadable: number
}

function runToEnd(worker: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited ${code}: ${errors}`))))
  })
}

interface Ack {
  note?: string
  item?: string
  verdict?: string
  replaced?: string
}

/**
 * Two processes, `changes` random changes each, one through `/folder/./case` and one through `/folder/case`.
 * A note acknowledged must be in the case. A verdict note acknowledged must be the item's verdict note, or one
 * side of a conflict recorded on it, or one the other process replaced after it had read it.
 */
export async function runTwoWriters(changes: number, worker?: string): Promise<TwoWriterRun> {
  const script = worker ?? (await bundleWorker())
  const casePath = await freshCase()
  const folder = dirname(casePath)
  const other = `${folder}/./${basename(casePath)}`
  const acksA = join(folder, 'a.jsonl')
  const acksB = join(folder, 'b.jsonl')
  await Promise.all([
    runToEnd(script, ['random', casePath, acksA, 'A', String(changes)]),
    runToEnd(script, ['random', other, acksB, 'B', String(changes)])
  ])
  await sleep(50)
  const text = readFileSync(casePath, 'utf8')
  let final: CaseFile
  try {
    final = JSON.parse(text) as CaseFile
  } catch {
    return { changes: changes * 2, acknowledged: 0, lost: 0, conflicts: 0, unreadable: 1 }
  }
  const a = readAcks<Ack>(acksA)
  const b = readAcks<Ack>(acksB)
  const notes = allNotes(final)
  const conflicts = final.conflicts ?? []
  const replaced = new Set([...a, ...b].flatMap((ack) => (ack.replaced ? [ack.replaced] : [])))
  const kept = (itemId: string, verdict: string) =>
    final.items.find((item) => item.id === itemId)?.verdictNote === verdict ||
    replaced.has(verdict) ||
    conflicts.some(
      (k) => k.targetId === itemId && k.field === 'verdictNote' && (k.ours === verdict || k.theirs === verdict)
    )
  let lost = 0
  for (const acks of [a, b]) {
    for (const ack of acks) if (ack.note && !notes.has(ack.note)) lost += 1
    // Only each process's last verdict per item has to survive: its own earlier ones it replaced itself.
    const last = new Map<string, string>()
    for (const ack of acks) if (ack.item && ack.verdict) last.set(ack.item, ack.verdict)
    for (const [itemId, verdict] of last) if (!kept(itemId, verdict)) lost += 1
  }
  writeFileSync(join(folder, 'result.json'), JSON.stringify({ a: a.length, b: b.length, conflicts: conflicts.length }))
  return { changes: changes * 2, acknowledged: a.length + b.length, lost, conflicts: conflicts.length, unreadable: 0 }
}
