/**
 * Setting the article date resolves "on Tuesday" and "last year" again, and "Why it was flagged"
 * follows: no stale "(no article date)" once the date is there.
 */
import { describe, expect, test } from 'vitest'
import { createCase } from '../../../src/core/case/create-case'
import { setArticleDate } from '../../../src/core/case/ops-status'
import { extract } from '../../../src/core/extract/extract'
import { parseText } from '../../../src/core/import/text'

const ARTICLE = parseText(
  'Library to close\n\nThe council voted on Tuesday to close the Elm Street library, which lent 48,000 books last year.\n'
)

describe('reasons after the article date is set', () => {
  test('relative dates in the reasons are resolved, and go back to unresolved when the date is cleared', () => {
    const before = createCase({
      article: ARTICLE,
      extraction: extract(ARTICLE),
      hash: 'a'.repeat(64),
      fileName: 'library.txt',
      articlePath: '',
      now: '2024-03-15T09:00:00.000Z',
      caseId: 'c'
    })
    const claim = before.items.find((item) => item.kind === 'claim')!
    expect(claim.reasons).toContain('relative date: on Tuesday (no article date)')

    const dated = setArticleDate(before, '2024-03-14', { by: 'Ana', at: '2024-03-15T09:01:00.000Z' })
    const reasons = dated.items.find((item) => item.id === claim.id)!.reasons
    expect(reasons).toContain('relative date: on Tuesday → 2024-03-12')
    expect(reasons.join(' ')).not.toContain('no article date')
    // The other reasons stay, in the same order.
    expect(reasons.length).toBe(claim.reasons.length)

    const cleared = setArticleDate(dated, null, { by: 'Ana', at: '2024-03-15T09:02:00.000Z' })
    expect(cleared.items.find((item) => item.id === claim.id)!.reasons).toEqual(claim.reasons)
  })
})
