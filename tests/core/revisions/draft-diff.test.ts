import { describe, expect, it } from 'vitest'
import { draftDiff, diffStats } from '../../../src/core/revisions/draft-diff'
import { BASE, baseText } from './revision-pairs'

const rebuild = (parts: Array<{ kind: string; text: string }>, side: 'old' | 'new'): string =>
  parts
    .filter((p) => p.kind === 'same' || p.kind === (side === 'old' ? 'del' : 'ins'))
    .map((p) => p.text)
    .join('')

describe('the draft diff shown to the desk', () => {
  it('shows a changed number as one deleted and one inserted word, the rest unchanged', () => {
    const newText = baseText.replace('5,000 troops would', '5,500 troops would')
    const parts = draftDiff(baseText, newText)
    expect(parts.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'del', text: '5,000' },
      { kind: 'ins', text: '5,500' }
    ])
    expect(rebuild(parts, 'old')).toBe(baseText)
    expect(rebuild(parts, 'new')).toBe(newText)
  })

  it('shows an inserted paragraph as an insertion and rebuilds both drafts exactly', () => {
    const newText = ['UPDATED 18:40 — adds casualty figures.', ...BASE.slice(0, 3), ...BASE.slice(4)].join('\n\n')
    const parts = draftDiff(baseText, newText)
    expect(rebuild(parts, 'old')).toBe(baseText)
    expect(rebuild(parts, 'new')).toBe(newText)
    expect(diffStats(parts).inserted).toBe(6)
    expect(diffStats(parts).deleted).toBe(BASE[3].match(/[\p{L}\p{N}]+/gu)!.length)
  })

  it('shows nothing changed for identical drafts', () => {
    expect(draftDiff(baseText, baseText)).toEqual([{ kind: 'same', text: baseText }])
  })
})
