import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from '../../../src/core/extract/extract'
import { reviseCase } from '../../../src/core/revisions/revise-case'
import { sha256, story } from '../../helpers/builders'
import { floodsCase } from './floods-case'
import { BASE } from './revision-pairs'

const paragraphEdit = fc.record({
  paragraph: fc.nat(),
  at: fc.nat(),
  length: fc.nat({ max: 40 }),
  insert: fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom('“', '”', '5,500', ' The council did not respond to a request for comment.', '\u200f', '😀')
  )
})

describe('revising a real case under random edits', () => {
  it('never throws, and every span it carries slices back to its text in the new draft', () => {
    const original = floodsCase()
    fc.assert(
      fc.property(fc.array(paragraphEdit, { minLength: 1, maxLength: 6 }), (edits) => {
        const paragraphs = [...BASE]
        for (const e of edits) {
          const k = e.paragraph % paragraphs.length
          const p = paragraphs[k]
          const at = e.at % (p.length + 1)
          paragraphs[k] = (p.slice(0, at) + e.insert + p.slice(at + e.length)).replace(/\n/g, ' ').trim() || 'Edited.'
        }
        const article = story(paragraphs)
        const result = reviseCase(original, {
          article,
          hash: sha256(article.text),
          fileName: 'v2.md',
          extraction: extract(article),
          checker: 'Rosa',
          now: '2024-06-12T00:00:00.000Z'
        })
        if (!result.ok) {
          expect(result.error.code).toBe('already-current') // only when the edits cancelled out
          return
        }
        const text = article.text
        expect(result.value.case.items.length).toBeGreaterThanOrEqual(original.items.length)
        for (const item of result.value.case.items) {
          if (item.state === 'removed') continue
          expect(text.slice(item.anchor.start, item.anchor.end)).toBe(item.anchor.exact)
          for (const span of [...item.facts, item.mention, item.cue])
            if (span) expect(text.slice(span.start, span.end)).toBe(span.text)
        }
        for (const entry of result.value.report.items) {
          if (entry.outcome === 'removed') expect(entry.after).toBeNull()
          else expect(text.slice(entry.after!.start, entry.after!.end)).toBe(entry.after!.text)
        }
      }),
      { numRuns: 120 }
    )
  })
})
