/**
 * Coverage on the seed article, through the real importer, extraction and case: with coverage on,
 * the sentences drawn as gaps are exactly those no item (suggested, accepted or dismissed) overlaps
 * and no covered twin repeats — checked here by brute force against the case, not by the sweep.
 */
import { describe, expect, it } from 'vitest'
import type { ScoredSentence } from '../../../src/shared/article'
import type { CaseFile } from '../../../src/shared/case'
import { parseArticle } from '../../../src/core/import/index'
import { extract } from '../../../src/core/extract/extract'
import { dismiss } from '../../../src/core/case/ops-status'
import { addNothingToCheck } from '../../../src/core/case/ops-add'
import { normaliseSentence } from '../../../src/core/case/twins'
import { articleMarks, GAP_PREFIX } from '../../../src/renderer/src/lib/article-marks'
import { engineCase } from '../../helpers/builders'
import { readShared, sharedAvailable } from '../../helpers/shared'

const present = sharedAvailable('fixtures/seed/article.txt')
const ANNA = { by: 'Ana', at: '2026-03-06T10:00:00.000Z' }

/** The sentences no item touches, by looking at every item for every sentence. */
function notLookedAt(c: CaseFile, sentences: ScoredSentence[], text: string): string[] {
  const touched = (s: ScoredSentence) =>
    c.items.some((it) => it.state !== 'removed' && it.anchor.start < s.end && it.anchor.end > s.start)
  const seen = new Set(sentences.filter(touched).map((s) => normaliseSentence(text.slice(s.start, s.end))))
  return sentences
    .filter((s) => !touched(s) && !seen.has(normaliseSentence(text.slice(s.start, s.end))))
    .map((s) => text.slice(s.start, s.end))
}

/** The text drawn with a gap mark, joined per sentence (a gap can be cut by a block edge, never here). */
function drawnGaps(c: CaseFile, sentences: ScoredSentence[], text: string): string[] {
  const marks = articleMarks(c.items, text, c.drafts[0].article.blocks, sentences, true)
  const byGap = new Map<string, string>()
  for (const view of marks.blocks)
    for (const piece of view.pieces)
      for (const id of piece.ids)
        if (id.startsWith(GAP_PREFIX)) byGap.set(id, (byGap.get(id) ?? '') + text.slice(piece.start, piece.end))
  expect(marks.gaps).toHaveLength(byGap.size)
  return [...byGap.values()]
}

describe.skipIf(!present)('coverage on the seed article', () => {
  const parsed = present ? parseArticle('article.txt', new Uint8Array(readShared('fixtures/seed/article.txt'))) : null
  if (parsed && !parsed.ok) throw new Error(parsed.error.message)
  const article = parsed?.ok ? parsed.value : null
  const extraction = article ? extract(article) : null

  it('marks exactly the sentences no item covers, and counts them', () => {
    const c = engineCase(article!, extraction!)
    const { sentences } = extraction!
    const expected = notLookedAt(c, sentences, article!.text)
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan(sentences.length)
    expect(drawnGaps(c, sentences, article!.text)).toEqual(expected)
  })

  it('a dismissal still covers its sentence; passing over the rest leaves every sentence accounted for', () => {
    let c = engineCase(article!, extraction!)
    const { sentences } = extraction!
    const text = article!.text
    const before = notLookedAt(c, sentences, text).length
    c = dismiss(c, c.items[0].id, ANNA)
    expect(notLookedAt(c, sentences, text)).toHaveLength(before)
    for (const s of sentences.filter((s) => notLookedAt(c, [s], text).length > 0)) {
      const result = addNothingToCheck(c, s.start, s.end, ANNA)
      if (!result.ok) throw new Error(result.error.message)
      c = result.value.case
    }
    expect(drawnGaps(c, sentences, text)).toEqual([])
    const passed = c.items.filter((it) => it.origin === 'manual')
    expect(passed.length).toBe(before)
    expect(passed.every((it) => it.state === 'dismissed' && it.dismissed?.by === 'Ana')).toBe(true)
  })
})
