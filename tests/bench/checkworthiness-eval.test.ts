/** The corpus readers and metrics behind the check-worthiness training script and bench. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { averagePrecision, bestF1, csvRecords, parseClefTsv, parseCsv, prfAt } from '../../bench/checkworthiness-eval'

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines', () => {
    const text = 'id,Text,Verdict\r\n1,"Well, he said ""no"".",-1\n2,"Two\nlines",1\n3,plain,0'
    expect(parseCsv(text)).toEqual([
      ['id', 'Text', 'Verdict'],
      ['1', 'Well, he said "no".', '-1'],
      ['2', 'Two\nlines', '1'],
      ['3', 'plain', '0']
    ])
  })

  it('keys records by the header and drops rows with the wrong field count', () => {
    expect(csvRecords('\uFEFFa,b\n1,2\n3\n4,5\n')).toEqual([
      { a: '1', b: '2' },
      { a: '4', b: '5' }
    ])
  })

  it('round-trips any table written with standard quoting', () => {
    const cell = fc.string({ unit: 'binary' })
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 8 }), (rows) => {
        const quote = (c: string): string => '"' + c.replace(/"/g, '""') + '"'
        const text = rows.map((r) => r.map(quote).join(',')).join('\r\n')
        expect(parseCsv(text)).toEqual(rows)
      })
    )
  })
})

describe('parseClefTsv', () => {
  it('strips CR, unwraps quoted text and undoubles inner quotes', () => {
    const text = '1\tTRUMP\tThank you.\t0\r\n2\tCLINTON\t"And I thought, ""Wow, what an impact."""\t1\r\n'
    expect(parseClefTsv(text)).toEqual([
      { line: 1, speaker: 'TRUMP', text: 'Thank you.', label: 0 },
      { line: 2, speaker: 'CLINTON', text: 'And I thought, "Wow, what an impact."', label: 1 }
    ])
  })
})

describe('metrics', () => {
  it('computes precision, recall and F1 at a threshold', () => {
    const r = prfAt([0.9, 0.8, 0.3, 0.1], [1, 0, 1, 0], 0.5)
    expect(r.precision).toBeCloseTo(0.5)
    expect(r.recall).toBeCloseTo(0.5)
    expect(r.f1).toBeCloseTo(0.5)
  })

  it('finds the threshold with the best F1 and never splits tied scores', () => {
    const best = bestF1([0.9, 0.8, 0.7, 0.2], [1, 1, 0, 0])
    expect(best.f1).toBe(1)
    expect(best.threshold).toBeGreaterThan(0.7)
    expect(best.threshold).toBeLessThanOrEqual(0.8)
    expect(bestF1([0.5, 0.5, 0.5], [1, 0, 0]).f1).toBeCloseTo(0.5)
  })

  it('computes average precision, breaking ties by input order', () => {
    // Ranking: pos, neg, pos → (1/1 + 2/3) / 2.
    expect(averagePrecision([0.9, 0.5, 0.4], [1, 0, 1])).toBeCloseTo((1 + 2 / 3) / 2)
    // All tied: input order is the ranking.
    expect(averagePrecision([1, 1, 1, 1], [0, 1, 0, 1])).toBeCloseTo((1 / 2 + 2 / 4) / 2)
    expect(averagePrecision([0.3, 0.2], [0, 0])).toBe(0)
  })
})
