/**
 * findFacts end to end: the seed article's checkable facts, reasons in a checker's words, and
 * properties that must hold for any text at all.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { findFacts, factReason } from '../../../src/core/facts/facts'
import type { Fact } from '../../../src/shared/article'
import { readShared, sharedAvailable } from '../../helpers/shared'

const present = sharedAvailable('fixtures/seed/article.txt')

describe.skipIf(!present)('seed article (../shared/fixtures/seed)', () => {
  const text = present ? readShared('fixtures/seed/article.txt').toString('utf8') : ''
  const expected = present
    ? (JSON.parse(readShared('fixtures/seed/expected.json').toString('utf8')) as {
        sentences: { text: string }[]
        relative_dates: { text: string }[]
      })
    : { sentences: [], relative_dates: [] }
  /** Facts of every expected sentence, each found by searching its text in the article. */
  const facts: Fact[] = expected.sentences.flatMap((s) => {
    const start = text.indexOf(s.text)
    if (start < 0) throw new Error(`sentence not found in article.txt: ${s.text.slice(0, 40)}`)
    return findFacts(text, { start, end: start + s.text.length }, { articleDate: null })
  })
  const found = (kind: string, span: string): Fact | undefined => facts.find((f) => f.kind === kind && f.text === span)

  it.each([
    ['number', '5,000 troops', '5000 troops'],
    ['number', '54 casualties', '54 casualties'],
    ['number', '42 Malian soldiers', '42 soldiers'],
    ['number', 'four Russian mercenaries', '4 mercenaries'],
    ['number', '1,000 Russian mercenaries', '1000 mercenaries'],
    ['number', 'nine-year', '9 year'],
    ['date', '2013', '2013'],
    ['date', 'June 9, 2021', '2021-06-09']
  ])('finds the %s “%s” → %s', (kind, span, value) => {
    expect(found(kind, span)?.value).toBe(value)
  })

  it('finds every relative date of expected.json, unresolved: the seed states no publication date', () => {
    for (const { text: phrase } of expected.relative_dates) {
      const fact = facts.find((f) => f.kind === 'relative-date' && f.text.toLowerCase() === phrase.toLowerCase())
      expect(fact, phrase).toBeDefined()
      expect(fact?.value).toBeNull()
    }
  })

  it.each([
    ['person', ['Nicolas Barotte', 'Muammar Gaddafi', 'Joe Biden', 'Macron', 'Barotte']],
    [
      'place',
      ['Mali', 'Libya', 'Afghanistan', 'Sávaré', 'Sokolo', 'Kalumba', 'Tessit', 'Bandiagara', 'Gao', 'Sahel', 'Bamako']
    ],
    [
      'organisation',
      ['Le Figaro', 'Al-Qaeda', 'Islamic State in the Greater Sahara', 'EIGS', 'RVIM', 'Daesh', 'Wagner', 'Taliban']
    ]
  ])('finds each %s', (kind, names) => {
    for (const name of names) expect(found(kind, name), `${kind} ${name}`).toBeDefined()
  })

  it('does not mistake the demonyms for names', () => {
    const names = facts.filter((f) => ['person', 'place', 'organisation'].includes(f.kind)).map((f) => f.text)
    for (const adjective of ['French', 'Malian', 'Russian', 'Islamic', 'West African'])
      expect(names).not.toContain(adjective)
  })
})

describe('reasons in a checker’s words', () => {
  const reasons = (sentence: string, articleDate: string | null = null): string[] =>
    findFacts(sentence, { start: 0, end: sentence.length }, { articleDate }).map(factReason)

  it('words each kind of fact', () => {
    expect(reasons('France sent 5,000 troops to Mali in 2013.')).toEqual([
      'place: France',
      'number: 5,000 troops',
      'place: Mali',
      'year: 2013'
    ])
    expect(reasons('They left Gao on June 9, 2021.')).toEqual(['place: Gao', 'date: June 9, 2021'])
    expect(reasons('Nicolas Barotte, the defense correspondent, wrote for newspaper Le Figaro.')).toEqual([
      'person: Nicolas Barotte',
      'organisation: Le Figaro'
    ])
  })

  it('calls money money and a percentage a percentage', () => {
    expect(reasons('The plant needs a $48 million overhaul and bills rise 7% a year.')).toEqual([
      'money: $48 million',
      'percentage: 7%'
    ])
    expect(reasons('The fund lent €900 million, 2.5 percentage points more, to 310,000 homes.')).toEqual([
      'money: €900 million',
      'percentage: 2.5 percentage points',
      'number: 310,000 homes'
    ])
  })

  it('shows the resolved relative date, or says why there is none', () => {
    expect(reasons('The troops left on Monday.', '2022-08-17')).toEqual(['relative date: on Monday → 2022-08-15'])
    expect(reasons('The troops left on Monday.')).toEqual(['relative date: on Monday (no article date)'])
    expect(reasons('The troops left recently.', '2022-08-17')).toEqual(['relative date: recently (no single date)'])
  })
})

describe('overlaps', () => {
  it('keeps the longer span: a date over the number inside it, a relative date over a month', () => {
    const sentence = 'On 9 June 2021, at the beginning of August, 5,000 troops left.'
    const facts = findFacts(sentence, { start: 0, end: sentence.length }, { articleDate: null })
    expect(facts.map((f) => [f.kind, f.text])).toEqual([
      ['date', '9 June 2021'],
      ['relative-date', 'at the beginning of August'],
      ['number', '5,000 troops']
    ])
  })
})

describe('properties on any text', () => {
  const NEWSY = [
    '5,000 troops',
    ' in 2013',
    ' on Monday',
    ' Nicolas Barotte',
    ' $410 million',
    '12.4%',
    ' June 9, 2021',
    ' last year',
    ', ',
    '. ',
    '\n\n',
    '“',
    '”',
    ' the town of Sávaré',
    ' al-Qaeda',
    ' 10–12%',
    ' Room 101',
    ' two-thirds'
  ]
  const text = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.array(fc.constantFrom(...NEWSY), { maxLength: 40 }).map((parts) => parts.join(''))
  )
  const check = (input: string, a: number, b: number, articleDate: string | null): void => {
    const start = Math.min(a, b, input.length)
    const end = Math.min(Math.max(a, b), input.length)
    const facts = findFacts(input, { start, end }, { articleDate })
    let previousEnd = start
    for (const fact of facts) {
      expect(fact.text).toBe(input.slice(fact.start, fact.end))
      expect(fact.start).toBeGreaterThanOrEqual(previousEnd) // sorted and non-overlapping
      expect(fact.end).toBeGreaterThan(fact.start)
      expect(fact.end).toBeLessThanOrEqual(end)
      expect(typeof factReason(fact)).toBe('string')
      previousEnd = fact.end
    }
  }

  it('never throws; every fact slices back, sorted, non-overlapping, inside the range', () => {
    fc.assert(
      fc.property(
        text,
        fc.nat(400),
        fc.nat(400),
        fc.constantFrom(null, '2022-08-17', '2024-02-29', 'not a date'),
        (input, a, b, date) => {
          check(input, a, b, date)
        }
      ),
      { numRuns: 400 }
    )
  })

  it('survives hostile input: huge digit runs, endless capitals, unbalanced quotes', () => {
    const hostile = [
      '9'.repeat(5000),
      'A '.repeat(3000),
      '“'.repeat(2000),
      '1,'.repeat(3000),
      'Mr. '.repeat(2000),
      '-1'.repeat(3000),
      'on Monday '.repeat(500)
    ]
    for (const input of hostile) check(input, 0, input.length, '2022-08-17')
  })
})
