import { describe, expect, it } from 'vitest'
import { makeAnchor } from '../../../src/core/case/anchor'
import { reanchorAll, type AnchorQuery } from '../../../src/core/revisions/reanchor'
import { ANCHORS, PAIRS, baseText, occurrence, textOf, type Expected } from './revision-pairs'

function anchorsIn(text: string): AnchorQuery[] {
  return Object.entries(ANCHORS).map(([id, [words, copy]]) => {
    const start = occurrence(text, words, copy)
    if (start < 0) throw new Error(`fixture: ${id} not in base text`)
    return { id, ...makeAnchor(text, start, start + words.length) }
  })
}

/** Where an anchor should land: its words and which copy of them in the new draft. */
function landing(expected: Expected | undefined, id: string): { outcome: string; words: string | null; copy: number } {
  const [words, copy] = ANCHORS[id]
  if (expected === undefined || expected === 'unchanged') return { outcome: 'unchanged', words, copy }
  if (expected === 'removed') return { outcome: 'removed', words: null, copy: 0 }
  if ('changed' in expected) return { outcome: 'changed', words: expected.changed, copy: expected.copy ?? 0 }
  return { outcome: 'unchanged', words: expected.unchanged, copy: expected.copy }
}

describe('re-anchoring annotations into a new draft', () => {
  const anchors = anchorsIn(baseText)

  for (const pair of PAIRS) {
    it(pair.name, () => {
      const newText = textOf(pair)
      const results = reanchorAll(baseText, newText, anchors)
      for (const result of results) {
        const want = landing(pair.expect[result.id], result.id)
        const label = `${pair.name} / ${result.id}`
        expect(result.outcome, label).toBe(want.outcome)
        if (want.words === null) {
          expect(result.start, label).toBeNull()
          continue
        }
        const slice = newText.slice(result.start!, result.end!)
        // Whitespace-only and quote-only edits keep the words, not the characters.
        const fold = (s: string): string => s.replace(/\s+/g, ' ').replace(/[“”]/g, '"')
        expect(fold(slice), label).toBe(fold(want.words))
        const foldedText = fold(newText)
        const expectedAt = occurrence(foldedText, fold(want.words), want.copy)
        expect(expectedAt, `${label}: fixture copy exists`).toBeGreaterThanOrEqual(0)
        expect(fold(newText.slice(0, result.start!)).length, `${label}: lands on copy ${want.copy}`).toBe(expectedAt)
      }
    })
  }

  it('keeps every annotation in place when nothing changed', () => {
    const results = reanchorAll(baseText, baseText, anchors)
    expect(results.map((r) => [r.outcome, r.start, r.score])).toEqual(anchors.map((a) => ['unchanged', a.start, 1]))
  })

  it('removes every annotation when the whole story was replaced', () => {
    const results = reanchorAll(
      baseText,
      'Storm Ciarán: what we know so far\n\nThe Met Office issued an amber warning for wind.',
      anchors
    )
    expect(results.every((r) => r.outcome === 'removed')).toBe(true)
  })

  it('still finds the words when the stored offsets are stale (hand-edited case file)', () => {
    const stale = anchors.map((a) => ({ ...a, start: a.start + 3, end: a.end + 3 }))
    const results = reanchorAll(baseText, textOf(PAIRS[0]), stale)
    expect(results.filter((r) => r.outcome !== 'unchanged')).toEqual([])
  })
})
