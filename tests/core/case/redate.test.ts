import { describe, expect, it } from 'vitest'
import { setArticleDate } from '../../../src/core/case/ops-status'
import { extract } from '../../../src/core/extract/extract'
import { engineCase, story } from '../../helpers/builders'
import { ANNA } from './sahel-case'

const FERRY = [
  'Port Ellery ferry cuts',
  'The operator cancelled 14 sailings on Monday and said it had lost £2.1 million last year.',
  'Fares will rise by 6% from July, the company said.'
]

function articleCase(metadata: Record<string, string>) {
  const ferry = story(FERRY, metadata)
  return engineCase(ferry, extract(ferry), { fileName: 'ferry.txt', now: ANNA.at })
}

const valueOf = (c: ReturnType<typeof articleCase>, text: string) =>
  c.items.flatMap((item) => item.facts).find((fact) => fact.text === text)?.value

describe('setting the article date', () => {
  it('resolves relative dates and bare months that were unresolved', () => {
    const before = articleCase({})
    expect(valueOf(before, 'on Monday')).toBeNull()
    const after = setArticleDate(before, '2024-03-14', ANNA)
    expect(valueOf(after, 'on Monday')).toBe('2024-03-11')
    expect(valueOf(after, 'last year')).toBe('2023')
    expect(valueOf(after, 'from July')).toBe('2024-07')
  })

  it('moves them when the checker corrects the date, and clears them when it is removed', () => {
    const dated = articleCase({ date: '14 March 2024' })
    expect(valueOf(dated, 'on Monday')).toBe('2024-03-11')
    const corrected = setArticleDate(dated, '2025-01-08', ANNA)
    expect(valueOf(corrected, 'on Monday')).toBe('2025-01-06')
    expect(valueOf(corrected, 'last year')).toBe('2024')
    expect(valueOf(setArticleDate(corrected, null, ANNA), 'on Monday')).toBeNull()
  })

  it('leaves items without dates as they were', () => {
    const c = articleCase({})
    const after = setArticleDate(c, '2024-03-14', ANNA)
    const undated = c.items.filter((item) => !item.facts.some((f) => f.kind === 'date' || f.kind === 'relative-date'))
    for (const item of undated) expect(after.items.find((i) => i.id === item.id)).toBe(item)
  })
})
