/**
 * Browser mode's new case crosses from the import worker as its file's bytes and its items' ids alone (keys,
 * case-text.ts), so the server's thread never holds its items as objects. What the checker sees must not change: the
 * case answered is the case made, it is written byte for byte, a save of it writes exactly what a save of the whole
 * case would, a change made on disk meanwhile is merged, and nothing ever writes a key's id in place of its item.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CaseFile, Item } from '../../src/shared/case'
import { ok, type Result } from '../../src/shared/result'
import { casePatch } from '../../src/core/case/case-patch'
import { serialiseJson } from '../../src/main/services/atomic-file'
import { receiveAnswer, splitForTransfer } from '../../src/main/services/case-transfer'
import { saveRequest } from '../../src/main/services/case-saves'
import { parseCaseText, writeCase } from '../../src/main/services/case-store'
import { caseBytesIndexed, holdsItemKeys, keepItemKeys, serialiseCaseBytes } from '../../src/main/services/case-text'
import { findVersion } from '../../src/main/services/case-versions'
import type { CaseDone } from '../../src/main/services/draft-work'
import { jsonChunks } from '../../src/main/web/json-answer'
import { tempDir } from '../helpers/temp-dir'
import { feesClaim, harbourCase } from './harbour-case'

const ITEMS = 1203

/** A new case of ITEMS claims as the worker answers it, and the case browser mode's server puts together from it. */
function newCaseAcross(): { made: CaseFile; answer: Result<CaseDone>; whole: Result<CaseDone>; arrived: CaseFile } {
  const made = harbourCase({ items: Array.from({ length: ITEMS }, (_, n) => feesClaim({ id: `i${n + 1}` })) })
  const { bytes, index } = caseBytesIndexed(made)
  const imported = { path: null, fileName: 'harbour.txt', article: made.drafts[0].article, hash: 'h' }
  const answer = ok({ imported, shown: { sentences: [], inconsistencies: [] }, prepared: { case: made, bytes, index } })
  const split = splitForTransfer(answer, { json: true, caseSentOnly: false, itemKeys: true })
  const receiver = receiveAnswer(structuredClone(split.answer), split.lists, split.json, false, split.itemKeys)
  let whole = receiver.add(null)
  while (!whole) whole = receiver.add(structuredClone(split.parts()))
  if (!whole.ok || !('prepared' in whole.value) || !whole.value.prepared) throw new Error('expected a case')
  return { made, answer, whole: whole as Result<CaseDone>, arrived: whole.value.prepared.case }
}

const sent = (value: unknown): string => Buffer.concat(jsonChunks(value)).toString('utf8')

/** The case written as browser mode writes a new one (its bytes as they came), with the fingerprint answered. */
async function written(arrived: CaseFile, whole: Result<CaseDone>) {
  const path = join(tempDir(), 'harbour.txt.factdesk.json')
  const bytes = whole.ok && 'prepared' in whole.value ? whole.value.prepared?.bytes : undefined
  const saved = await writeCase(path, arrived, '', { bytes })
  if (!saved.ok) throw new Error(saved.error.message)
  return { path, fingerprint: saved.value.fingerprint }
}

/** What the page does to save a status: a patch made on the whole case it holds. */
function statusPatch(base: CaseFile, n: number, status: string) {
  const next = { ...base, items: base.items.map((item, i) => (i === n ? { ...item, status } : item)) }
  return { next, patch: casePatch(base, next) }
}

describe('a new case held as its bytes and its items’ ids (browser mode)', () => {
  it('arrives as ids only, is answered and written byte for byte as the case made', async () => {
    const { made, answer, whole, arrived } = newCaseAcross()
    expect(arrived.items.map((item) => Object.keys(item))).toEqual(made.items.map(() => ['id']))
    expect(arrived.items.map((item) => item.id)).toEqual(made.items.map((item) => item.id))
    expect(holdsItemKeys(arrived)).toBe(true)
    expect(sent(whole)).toBe(sent(answer))
    const { path } = await written(arrived, whole)
    expect(readFileSync(path, 'utf8')).toBe(serialiseJson(made))
  })

  it('saves a patch of it exactly as a save of the whole case would write it, save after save', async () => {
    const { made, whole, arrived } = newCaseAcross()
    const { path, fingerprint } = await written(arrived, whole)
    const first = statusPatch(made, 600, 'verified')
    const saved = await saveRequest(path, { fingerprint, patch: first.patch })
    if (!saved.ok) throw new Error(saved.error.message)
    expect(readFileSync(path, 'utf8')).toBe(serialiseJson({ ...first.next, updatedAt: saved.value.savedAt }))
    const second = statusPatch(first.next, ITEMS - 1, 'false')
    const again = await saveRequest(path, { fingerprint: saved.value.fingerprint, patch: second.patch })
    if (!again.ok) throw new Error(again.error.message)
    expect(readFileSync(path, 'utf8')).toBe(serialiseJson({ ...second.next, updatedAt: again.value.savedAt }))
    // The version held is answered whole to whatever reads its items (a merge, a revision sent to the worker).
    const held = await findVersion(path, again.value.fingerprint, parseCaseText)
    expect(held?.items[ITEMS - 1]).toEqual(second.next.items[ITEMS - 1])
    expect(held && holdsItemKeys(held)).toBe(false)
  })

  it('merges a change made on disk meanwhile with a save of it, both kept', async () => {
    const { made, whole, arrived } = newCaseAcross()
    const { path, fingerprint } = await written(arrived, whole)
    // Another program notes an item meanwhile.
    const theirs = { ...made, items: made.items.map((item, i) => (i === 5 ? { ...item, verdictNote: 'p. 4' } : item)) }
    writeFileSync(path, serialiseJson(theirs))
    const ours = statusPatch(made, 600, 'verified')
    const saved = await saveRequest(path, { fingerprint, patch: ours.patch })
    if (!saved.ok) throw new Error(saved.error.message)
    expect(saved.value.merged).not.toBeNull()
    const onDisk = JSON.parse(readFileSync(path, 'utf8')) as CaseFile
    expect(onDisk.items[5].verdictNote).toBe('p. 4')
    expect(onDisk.items[600].status).toBe('verified')
    // Every other item is whole: the items kept as ids were merged as the items their bytes hold.
    const rest = (c: CaseFile) => c.items.filter((_, i) => i !== 5 && i !== 600)
    expect(rest(onDisk)).toEqual(rest(made))
  })

  it('never writes an id in place of an item whose bytes are not kept', () => {
    const key = { id: 'i1' } as Item
    keepItemKeys([key])
    expect(() => serialiseCaseBytes(harbourCase({ items: [key] }))).toThrow(/bytes of item i1/)
  })
})
