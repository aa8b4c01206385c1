/** Random and hostile text never breaks the check-worthiness scorer. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scoreCheckWorthiness } from '../../../src/core/checkworthiness/checkworthiness'
import { BLOCK_KINDS } from '../../../src/shared/article'

// Fragments that trigger features, mixed with noise, so the generated text exercises the regexes.
const fragment = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '5,000',
    '$410 million',
    '12.4%',
    '2013',
    'I think',
    'could',
    '?',
    '“',
    '’s',
    'the largest',
    'May 4',
    'Le Figaro',
    'I voted',
    'since 2009',
    'never',
    'Social Security Act',
    ' ',
    '\n',
    '-'
  )
)
const sentence = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(' '))
const context = fc.record({
  kind: fc.option(fc.constantFrom(...BLOCK_KINDS), { nil: undefined }),
  inQuote: fc.option(fc.boolean(), { nil: undefined })
})

// Reasons that quote the sentence: "label: text" for every label but words (shown lower-cased).
const QUOTING_REASON =
  /^(number|year|percentage|money|measurement|duration|date|statistic word|change|comparison|superlative|law\/rules|cause\/effect|named entity|past tense|reported event|reported speech|opinion|recommendation|hedged prediction|prediction|feeling|thanks\/greeting|imperative|hypothetical|first person|addresses the listener|time span|absolute claim|own record|named policy): (.+)$/s

describe('check-worthiness on arbitrary text', () => {
  it('never throws and always gives a finite score in [0, 1]', () => {
    fc.assert(
      fc.property(sentence, context, (text, ctx) => {
        const { score, reasons } = scoreCheckWorthiness(text, ctx)
        expect(Number.isFinite(score)).toBe(true)
        expect(score).toBeGreaterThanOrEqual(0)
        expect(score).toBeLessThanOrEqual(1)
        expect(reasons.every((r) => typeof r === 'string' && r.length > 0)).toBe(true)
      }),
      { numRuns: 500 }
    )
  })

  it('quotes only text that is in the sentence', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        for (const reason of scoreCheckWorthiness(text).reasons) {
          const quoted = QUOTING_REASON.exec(reason)
          if (quoted) expect(text).toContain(quoted[2])
        }
      }),
      { numRuns: 500 }
    )
  })

  it('copes with empty and very long input', () => {
    expect(scoreCheckWorthiness('').score).toBeGreaterThanOrEqual(0)
    const long = 'France sent 5,000 troops to Mali in 2013 and '.repeat(2000)
    const { score } = scoreCheckWorthiness(long)
    expect(score).toBeGreaterThanOrEqual(0)
    expect(score).toBeLessThanOrEqual(1)
  })
})
