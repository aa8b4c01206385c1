/**
 * A process that saves a case over and over, for the save-safety proofs (bench/save-harness.ts): run bundled,
 * killed with SIGKILL at random moments, or two at once on one case.
 *
 *   node save-worker.mjs notes CASE ACKS START        add a note "ack-<n>" per save, n from START, forever
 *   node save-worker.mjs random CASE ACKS TAG COUNT   COUNT random changes: notes, and verdict notes (which clash)
 *
 * After each acknowledged save it appends one JSON line to ACKS, so the harness knows every change the store
 * said was saved. It goes through the same service the API uses (saveRequest: a patch against the version
 * last read, merged when the other process wrote meanwhile).
 */
import { appendFileSync } from 'node:fs'
import { casePatch } from '../src/core/case/case-patch'
import { nextId } from '../src/core/case/ids'
import type { CaseFile, Item } from '../src/shared/case'
import { readCase } from '../src/main/services/case-store'
import { saveRequest } from '../src/main/services/case-saves'

const [mode, casePath, acks, arg1, arg2] = process.argv.slice(2)

function withNote(c: CaseFile, index: number, text: string): CaseFile {
  const target = c.items[index % c.items.length]
  const note = {
    id: nextId(
      'n',
      target.notes.map((n) => n.id)
    ),
    at: new Date().toISOString(),
    by: 'worker',
    text
  }
  return { ...c, items: c.items.map((it) => (it === target ? { ...it, notes: [...it.notes, note] } : it)) }
}

function withVerdict(c: CaseFile, index: number, text: string): { next: CaseFile; item: Item } {
  const item = c.items[index % c.items.length]
  return { next: { ...c, items: c.items.map((it) => (it === item ? { ...it, verdictNote: text } : it)) }, item }
}

async function main(): Promise<void> {
  const loaded = await readCase(casePath)
  if (!loaded.ok) throw new Error(loaded.error.message)
  let base = loaded.value.case
  let fingerprint = loaded.value.fingerprint
  process.stdout.write('ready\n')
  const save = async (next: CaseFile, ack: object) => {
    const saved = await saveRequest(casePath, { fingerprint, patch: casePatch(base, next) })
    if (!saved.ok) throw new Error(`${saved.error.code}: ${saved.error.message}`)
    appendFileSync(acks, `${JSON.stringify(ack)}\n`)
    base = saved.value.merged ?? next
    fingerprint = saved.value.fingerprint
  }
  if (mode === 'notes') {
    for (let n = Number(arg1); ; n += 1) await save(withNote(base, n, `ack-${n}`), { note: `ack-${n}` })
  }
  const tag = arg1
  const count = Number(arg2)
  for (let n = 0; n < count; n += 1) {
    const index = Math.floor(Math.random() * base.items.length)
    if (Math.random() < 0.5) {
      await save(withNote(base, index, `${tag}-note-${n}`), { note: `${tag}-note-${n}` })
    } else {
      // Few items get verdict notes, so both processes often change the same one: the clashes to find.
      const { next, item } = withVerdict(base, index % 4, `${tag}-verdict-${n}`)
      await save(next, { item: item.id, verdict: `${tag}-verdict-${n}`, replaced: item.verdictNote })
    }
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 4))
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`save-worker: ${(error as Error).message}\n`)
    process.exit(1)
  }
)
