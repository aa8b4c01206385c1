import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { serialiseCase } from '../../src/main/services/case-text'
import { jsonChunks, jsonChunksYielding } from '../../src/main/web/json-answer'
import { feesClaim, harbourCase } from './harbour-case'

const text = (value: unknown): string => Buffer.concat(jsonChunks(value)).toString('utf8')

describe("browser mode's answers in chunks", () => {
  it('are the JSON that JSON.stringify gives, for any plain data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(text({ ok: true, value }))).toEqual(JSON.parse(JSON.stringify({ ok: true, value })))
      }),
      { numRuns: 300 }
    )
  })

  it('leave out what JSON.stringify leaves out, print null where it does, and call toJSON', () => {
    const value = {
      gone: undefined,
      fn: () => 1,
      list: [undefined, () => 1, 1, 'a“b”\u2028'],
      at: new Date('2024-03-14T10:00:00.000Z'),
      nested: { deeper: { missing: undefined, kept: null } }
    }
    expect(text(value)).toBe(JSON.stringify(value))
  })

  it('send a case as the bytes of its file, and long lists across many chunks', () => {
    const items = Array.from({ length: 2_000 }, (_, n) => feesClaim({ id: `i${n}` }))
    const caseFile = harbourCase({ items })
    const session = { casePath: '/x.factdesk.json', case: caseFile, sentences: items.map((_, n) => ({ start: n })) }
    const chunks = jsonChunks({ ok: true, value: session })
    expect(chunks.length).toBeGreaterThan(10)
    const sent = Buffer.concat(chunks).toString('utf8')
    expect(sent).toContain(serialiseCase(caseFile).trimEnd())
    expect(JSON.parse(sent)).toEqual(JSON.parse(JSON.stringify({ ok: true, value: session })))
  })

  it('are the same chunks when made a slice at a time, other work going on between the slices', async () => {
    const sentences = Array.from({ length: 9_000 }, (_, n) => ({ start: n, end: n + 1, score: n / 9_000 }))
    const value = { ok: true, value: { case: harbourCase(), sentences, notes: [[1, 2], { deep: sentences }] } }
    let turns = 0
    const counting = setInterval(() => (turns += 1), 0)
    const sliced = await jsonChunksYielding(value)
    clearInterval(counting)
    expect(Buffer.concat(sliced).toString('utf8')).toBe(Buffer.concat(jsonChunks(value)).toString('utf8'))
    expect(turns).toBeGreaterThan(0)
  })
})
