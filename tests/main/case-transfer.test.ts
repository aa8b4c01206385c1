/**
 * A new case crossing from the import worker in parts (issue 9): what arrives, put back together, is the case the
 * worker made, key for key, and its file's bytes come with it, kept for each item and field, so the thread that
 * writes it serialises nothing again — nor after a status change, beyond the one item.
 */
import { describe, expect, it } from 'vitest'
import type { CaseFile } from '../../src/shared/case'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ITEMS_PER_PART, receiveAnswer, splitForTransfer } from '../../src/main/services/case-transfer'
import { writeCase } from '../../src/main/services/case-store'
import { jsonOfList } from '../../src/main/services/long-lists'
import { jsonChunks } from '../../src/main/web/json-answer'
import { tempDir } from '../helpers/temp-dir'
import { ELEMENTS_PER_PART } from '../../src/shared/contract'
import { caseBytesIndexed, caseByteParts, isSentOnly, serialiseCaseBytes } from '../../src/main/services/case-text'
import { serialiseJson } from '../../src/main/services/atomic-file'
import type { CaseDone } from '../../src/main/services/draft-work'
import { ok, type Result } from '../../src/shared/result'
import { feesClaim, harbourCase } from './harbour-case'

/** A new-case answer as the worker makes it, for a case of `items` claims. */
function answerWith(items: number): { caseFile: CaseFile; answer: Result<CaseDone> } {
  const caseFile = harbourCase({ items: Array.from({ length: items }, (_, n) => feesClaim({ id: `i${n + 1}` })) })
  const { bytes, index } = caseBytesIndexed(caseFile)
  const imported = { path: null, fileName: 'harbour.txt', article: caseFile.drafts[0].article, hash: 'h' }
  const shown = { sentences: [], inconsistencies: [] }
  return { caseFile, answer: ok({ imported, shown, prepared: { case: caseFile, bytes, index } }) }
}

/** What the other thread gets: a structured clone, as postMessage makes it. */
const across = <T>(value: T): T => structuredClone(value)

/** An answer with long lists beside its case: a draft's blocks, and its sentence scores. */
function longAnswer(items: number): { caseFile: CaseFile; long: Result<CaseDone> } {
  const { caseFile, answer } = answerWith(items)
  if (!answer.ok) throw new Error('expected an answer')
  const sentences = Array.from({ length: 2 * ELEMENTS_PER_PART + 3 }, (_, n) => ({ start: n, end: n + 1, score: 0.5 }))
  const blocks = Array.from({ length: ELEMENTS_PER_PART + 1 }, (_, n) => ({
    kind: 'paragraph' as const,
    start: n,
    end: n
  }))
  const imported = { ...answer.value.imported, article: { ...answer.value.imported.article, blocks } }
  return { caseFile, long: ok({ ...answer.value, imported, shown: { sentences, inconsistencies: [] } }) }
}

/** The answer as the receiving thread puts it together from the worker's messages, each cloned across. */
function received(split: ReturnType<typeof splitForTransfer>): { whole: Result<CaseDone>; parts: number } {
  const receiver = receiveAnswer(across(split.answer), split.lists, across(split.json), split.caseSentOnly)
  let whole = receiver.add(null)
  let parts = 0
  while (!whole) {
    const part = split.parts()
    if (!part) throw new Error('ran out of parts before the answer was whole')
    whole = receiver.add(across(part))
    parts += 1
  }
  return { whole: whole as Result<CaseDone>, parts }
}

/** The JSON browser mode's server sends for a value. */
const sent = (value: unknown): string => Buffer.concat(jsonChunks(value)).toString('utf8')

describe('a new case crossing threads', () => {
  it('arrives in parts of ITEMS_PER_PART items, put back into the very case the worker made', () => {
    const { caseFile, answer } = answerWith(2 * ITEMS_PER_PART + 7)
    const split = splitForTransfer(answer)
    const receiver = receiveAnswer(across(split.answer), split.lists)
    let whole = receiver.add(null)
    let parts = 0
    while (!whole) {
      const part = split.parts()
      expect(part?.type === 'items' && part.items.length).toBeGreaterThan(0)
      whole = receiver.add(across(part))
      parts += 1
    }
    expect(parts).toBe(3)
    const received = whole.ok && 'prepared' in whole.value ? whole.value.prepared : null
    expect(received?.case).toEqual(caseFile)
    expect(Object.keys(received?.case ?? {})).toEqual(Object.keys(caseFile))
    // Its bytes are the file's, kept whole: nothing is serialised on arrival, or for the answer.
    const parts0 = caseByteParts(received?.case as CaseFile)
    expect(parts0).toHaveLength(1)
    expect(parts0[0].toString('utf8')).toBe(serialiseJson(caseFile))
    // A status changed: one item is serialised again, every other piece is the worker's, and the text is exact.
    const next = { ...(received?.case as CaseFile), updatedAt: '2024-03-15T09:00:00.000Z' }
    next.items = next.items.map((item, n) => (n === 600 ? { ...item, status: 'verified' } : item))
    expect(serialiseCaseBytes(next).toString('utf8')).toBe(serialiseJson(next))
    const kept = caseByteParts(next).filter((part) => part.buffer === parts0[0].buffer)
    expect(kept.length).toBeGreaterThan(2 * ITEMS_PER_PART)
  })

  it('takes a case without items whole at once, and leaves any other answer as it is', () => {
    const { caseFile, answer } = answerWith(0)
    const split = splitForTransfer(answer)
    const whole = receiveAnswer(across(split.answer), split.lists).add(null)
    expect(whole?.ok && 'prepared' in whole.value && whole.value.prepared?.case).toEqual(caseFile)
    expect(split.parts()).toBeNull()
    const failed: Result<CaseDone> = { ok: false, error: { code: 'import-cancelled', message: 'x' } }
    expect(splitForTransfer(failed).answer).toBe(failed)
    expect(receiveAnswer(failed, []).add(null)).toBe(failed)
  })

  it('sends the answer’s other long lists after the items, a part at a time, and puts each back in its place', () => {
    const { caseFile, answer } = answerWith(ITEMS_PER_PART + 1)
    const sentences = Array.from({ length: 2 * ELEMENTS_PER_PART + 3 }, (_, n) => ({
      start: n,
      end: n + 1,
      score: 0.5
    }))
    const blocks = Array.from({ length: ELEMENTS_PER_PART + 1 }, (_, n) => ({
      kind: 'paragraph' as const,
      start: n,
      end: n
    }))
    if (!answer.ok) throw new Error('expected an answer')
    const imported = { ...answer.value.imported, article: { ...answer.value.imported.article, blocks } }
    const long = ok({ ...answer.value, imported, shown: { sentences, inconsistencies: [] } })
    const split = splitForTransfer(long)
    expect(split.lists.map((place) => place.path.join('.'))).toEqual([
      'value.imported.article.blocks',
      'value.shown.sentences'
    ])
    // The head crosses without them: short, whatever the draft.
    const head = across(split.answer)
    expect(JSON.stringify(head.ok && 'prepared' in head.value && head.value.prepared?.case.items)).toBe('[]')
    const receiver = receiveAnswer(head, split.lists)
    let whole = receiver.add(null)
    const kinds: string[] = []
    while (!whole) {
      const part = split.parts()
      if (!part) throw new Error('ran out of parts before the answer was whole')
      kinds.push(part.type === 'items' ? `items ${part.items.length}` : `list ${part.list}: ${part.elements.length}`)
      whole = receiver.add(across(part))
    }
    expect(kinds).toEqual([
      'items 500',
      'items 1',
      'list 0: 500',
      'list 0: 1',
      'list 1: 500',
      'list 1: 500',
      'list 1: 3'
    ])
    expect(split.parts()).toBeNull()
    expect(whole).toEqual(long)
    expect(whole.ok && 'prepared' in whole.value && whole.value.prepared?.case).toEqual(caseFile)
  })

  it('sends the lists beside the case as their JSON when the receiver only answers them (browser mode)', () => {
    const { caseFile, long } = longAnswer(ITEMS_PER_PART + 1)
    const split = splitForTransfer(long, { json: true, caseSentOnly: false })
    // The case's items still come as objects (the receiver keeps the case); its other lists come as bytes, moved.
    expect(split.lists).toEqual([])
    expect(split.json.map(({ path }) => path.join('.'))).toEqual([
      'value.imported.article.blocks',
      'value.shown.sentences'
    ])
    expect(split.transfer).toHaveLength(3)
    const { whole, parts } = received(split)
    expect(parts).toBe(2)
    if (!whole.ok || !long.ok) throw new Error('expected an answer')
    expect(whole.value.prepared?.case).toEqual(caseFile)
    // Each list stands in the answer as a frozen empty list, and is answered as the very JSON of the list.
    const { sentences } = whole.value.shown
    expect(Object.isFrozen(sentences) && sentences.length).toBe(0)
    expect(jsonOfList(sentences)?.toString('utf8')).toBe(JSON.stringify(long.value.shown.sentences))
    expect(sent(whole)).toBe(sent(long))
  })

  it('sends a case only answered (a dry run’s) as its bytes alone, which answer it whole and are never written', async () => {
    const { caseFile, long } = longAnswer(2 * ITEMS_PER_PART)
    const split = splitForTransfer(long, { json: true, caseSentOnly: true })
    expect(split.parts()).toBeNull()
    const { whole, parts } = received(split)
    expect(parts).toBe(0)
    if (!whole.ok || !whole.value.prepared) throw new Error('expected a case')
    const standIn = whole.value.prepared.case
    expect(standIn.items).toEqual([])
    expect(isSentOnly(standIn)).toBe(true)
    expect(caseByteParts(standIn)[0].toString('utf8')).toBe(serialiseJson(caseFile))
    expect(sent(whole)).toBe(sent(long))
    const path = join(tempDir(), 'x.factdesk.json')
    const written = await writeCase(path, standIn, '')
    expect(written.ok ? '' : written.error.code).toBe('internal')
    expect(existsSync(path)).toBe(false)
  })
})
