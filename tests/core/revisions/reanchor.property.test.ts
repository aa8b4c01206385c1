import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { makeAnchor } from '../../../src/core/case/anchor'
import { reanchorAll, type AnchorQuery } from '../../../src/core/revisions/reanchor'
import { sameWords } from '../../../src/core/revisions/normalise'
import { baseText } from './revision-pairs'

/** Anchors on every sentence-ish stretch of the base story, as the extractor would make them. */
function sentenceAnchors(text: string): AnchorQuery[] {
  return [...text.matchAll(/[^.!?\n]+[.!?]/g)].map((match, index) => {
    const start = match.index + (match[0].length - match[0].trimStart().length)
    const end = match.index + match[0].length
    return { id: `a${index}`, ...makeAnchor(text, start, end) }
  })
}

/** Hostile insertions: quotes of every style, RTL marks, emoji halves, blank lines, repeats. */
const insertion = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '\n\n',
    '“',
    '”',
    '"',
    "'",
    '‘',
    '’',
    '«',
    '»',
    '\u200f',
    '\ud83d',
    '\ud83d\ude00',
    '...',
    'The council did not respond to a request for comment. ',
    '  '
  ),
  fc.string({ unit: 'grapheme', maxLength: 20 })
)

const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 60 }), insert: insertion })

function applyEdits(text: string, edits: Array<{ at: number; length: number; insert: string }>): string {
  let out = text
  for (const e of edits) {
    const at = e.at % (out.length + 1)
    out = out.slice(0, at) + e.insert + out.slice(at + e.length)
  }
  return out
}

describe('re-anchoring under random edits', () => {
  const anchors = sentenceAnchors(baseText)

  it('never throws and every carried anchor slices back to words in the new draft', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const newText = applyEdits(baseText, edits)
        const results = reanchorAll(baseText, newText, anchors)
        expect(results).toHaveLength(anchors.length)
        results.forEach((result, index) => {
          if (result.outcome === 'removed') {
            expect(result.start).toBeNull()
            return
          }
          expect(result.start).not.toBeNull()
          expect(0 <= result.start! && result.start! < result.end! && result.end! <= newText.length).toBe(true)
          const words = newText.slice(result.start!, result.end!)
          expect(words.trim()).toBe(words)
          if (result.outcome === 'unchanged') expect(sameWords(words, anchors[index].exact)).toBe(true)
          expect(result.score).toBeGreaterThan(0)
          expect(result.score).toBeLessThanOrEqual(1)
        })
      }),
      { numRuns: 300 }
    )
  })

  it('a sentence no edit touched is always unchanged', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 6 }), (edits) => {
        // Edits only in the first paragraph (the headline) leave every body sentence intact.
        const headlineEnd = baseText.indexOf('\n\n')
        const bounded = edits.map((e) => ({
          at: e.at % headlineEnd,
          length: Math.min(e.length, 5),
          insert: e.insert.replace(/\n/g, ' ')
        }))
        let newText = baseText.slice(0, headlineEnd)
        newText = applyEdits(newText, bounded) + baseText.slice(headlineEnd)
        const untouched = anchors.filter((a) => a.start > headlineEnd)
        const results = reanchorAll(baseText, newText, untouched)
        results.forEach((result, index) => {
          expect(result.outcome).toBe('unchanged')
          expect(newText.slice(result.start!, result.end!)).toBe(untouched[index].exact)
        })
      }),
      { numRuns: 200 }
    )
  })

  it('random texts on both sides never throw', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        (a, b) => {
          const results = reanchorAll(a, b, sentenceAnchors(a))
          for (const r of results) if (r.start !== null) expect(r.end!).toBeLessThanOrEqual(b.length)
        }
      ),
      { numRuns: 300 }
    )
  })
})
