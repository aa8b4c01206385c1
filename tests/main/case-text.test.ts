import { describe, expect, it } from 'vitest'
import { serialiseCase } from '../../src/main/services/case-text'
import { serialiseJson } from '../../src/main/services/atomic-file'
import { feesClaim, harbourCase } from './harbour-case'

describe('case text', () => {
  it('is byte for byte the pretty JSON of the case, with kept item texts reused', () => {
    const tricky = feesClaim({
      verdictNote: 'Line one\nline two "quoted" \u2028 \\ end',
      unsent: { note: '  spaced\n' }
    })
    const c = harbourCase({ items: [tricky, feesClaim({ id: 'i2' })] })
    expect(serialiseCase(c)).toBe(serialiseJson(c))
    // Again with the items' texts remembered, and one item changed.
    const next = { ...c, items: [c.items[0], { ...c.items[1], status: 'verified' }] }
    expect(serialiseCase(next)).toBe(serialiseJson(next))
    expect(serialiseCase({ ...c, items: [] })).toBe(serialiseJson({ ...c, items: [] }))
  })

  it('writes a case with as many items as a draft at the size limit has (tens of thousands)', () => {
    // A 6 MB draft (the old limit) gave about 60,000 claims and quotes: found by opening one, whose save overflowed
    // the stack. 70,000 items are some 78 MB of JSON: serialised and parsed back in 2–3 s of CPU (it took 14–32 s
    // while the test builder checked ids pairwise, 2.4 billion comparisons; it now uses a Set).
    const items = Array.from({ length: 70_000 }, (_, n) => feesClaim({ id: `i${n}` }))
    const c = harbourCase({ items })
    expect(JSON.parse(serialiseCase(c)).items).toHaveLength(70_000)
  })

  it('cannot be fooled by case text that looks like its placeholder', () => {
    const c = harbourCase({ articlePath: '\u0000items-', items: [feesClaim()] })
    expect(JSON.parse(serialiseCase(c))).toEqual(JSON.parse(JSON.stringify(c)))
  })
})
