/**
 * A new case crossing from the import worker in parts (issue 9): what arrives, put back together, is the case the
 * worker made, key for key, and its file's bytes come with it, kept for each item and field, so the thread that
 * writes it serialises nothing again — nor after a status change, beyond the one item.
 */
import { describe, expect, it } from 'vitest'
import type { CaseFile } from '../../src/shared/case'
import { ITEMS_PER_PART, receiveAnswer, splitForTransfer } from '../../src/main/services/case-transfer'
import { ELEMENTS_PER_PART } from '../../src/shared/contract'
import { caseBytesIndexed, caseByteParts, serialiseCaseBytes } from '../../src/main/services/case-text'
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
})
