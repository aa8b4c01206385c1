/**
 * Absolute dates in news prose, normalised to ISO, and the article's own date read from metadata.
 */
import { describe, expect, it } from 'vitest'
import { findFacts } from '../../../src/core/facts/facts'
import { articleDateFrom, parseDateText } from '../../../src/core/facts/article-date'

const datesIn = (sentence: string, articleDate: string | null = null): Array<[string, string | null]> =>
  findFacts(sentence, { start: 0, end: sentence.length }, { articleDate })
    .filter((f) => f.kind === 'date')
    .map((f) => [f.text, f.value])

describe('absolute dates', () => {
  it.each([
    ['Soldiers leave their base in Gao, Mali, June 9, 2021.', [['June 9, 2021', '2021-06-09']]],
    ['The ceasefire was signed on 9 June 2021 in Algiers.', [['9 June 2021', '2021-06-09']]],
    ['The filing is dated 2021-06-09.', [['2021-06-09', '2021-06-09']]],
    ['The inquiry reported on 14 March 2024.', [['14 March 2024', '2024-03-14']]],
    ['Troops arrived in June 2021 and stayed.', [['June 2021', '2021-06']]],
    ['France first sent troops back in 2013.', [['2013', '2013']]],
    ['The letter, dated 14/03/2024, was leaked.', [['14/03/2024', '2024-03-14']]],
    ['The form, dated 03/14/2024, was leaked.', [['03/14/2024', '2024-03-14']]],
    ['The war lasted from 1914–1918 in Europe.', [['1914–1918', '1914..1918']]],
    ['Crime fell sharply in the 1990s.', [['1990s', '1990..1999']]],
    ['The treaty dates from the 5th of May 1955.', [['5th of May 1955', '1955-05-05']]],
    ['Exports collapsed in August, the ministry said.', [['in August', '--08']]],
    ['In August, 42 soldiers died in Tessit.', [['In August', '--08']]],
    // A date that ends the sentence leaves the sentence's full stop out; an abbreviation keeps its own.
    ['The vote is now expected on 14 December.', [['14 December', '--12-14']]],
    ['The council met on 3 Dec. and agreed the plan.', [['3 Dec.', '--12-03']]]
  ])('%s', (sentence, expected) => {
    expect(datesIn(sentence)).toEqual(expected)
  })

  it('resolves a month or day without a year against the article date', () => {
    expect(datesIn('Exports collapsed in August.', '2022-10-03')).toEqual([['in August', '2022-08']])
    expect(datesIn('Exports collapsed in November.', '2022-10-03')).toEqual([['in November', '2021-11']])
    expect(datesIn('The vote was held on June 9.', '2022-10-03')).toEqual([['June 9', '2022-06-09']])
    expect(datesIn('The vote was held on June 9.', null)).toEqual([['June 9', '--06-09']])
  })

  it('ignores month names without a preposition or a day ("May" the verb, "August" the adjective)', () => {
    expect(datesIn('Ministers may resign. It was an august gathering.')).toEqual([])
    expect(datesIn('August is the hottest month.')).toEqual([])
  })

  it('rejects impossible calendar dates', () => {
    expect(datesIn('The file is dated 2021-02-30.')).toEqual([])
    expect(datesIn('It happened on February 30, 2021.')).toEqual([])
  })
})

describe('article date from metadata', () => {
  it.each([
    [{ date: '2024-03-14' }, '2024-03-14'],
    [{ published: '14 March 2024' }, '2024-03-14'],
    [{ 'Publication date': 'March 14, 2024' }, '2024-03-14'],
    [{ datePublished: '2024-03-14T09:30:00Z' }, '2024-03-14'],
    [{ pubdate: 'Thu, 14 Mar 2024 09:30:00 GMT' }, '2024-03-14'],
    [{ dateline: 'BAMAKO, 14/03/2024' }, '2024-03-14'],
    [{ date: '1710408600' }, '2024-03-14'],
    [{ author: 'Thomas Brooke', tend: '1695477876.6577' }, null],
    [{ date: 'sometime last spring' }, null],
    [{}, null]
  ])('%o → %s', (metadata, expected) => {
    expect(articleDateFrom(metadata as Record<string, string>)).toBe(expected)
  })

  it('prefers the most specific publication key', () => {
    expect(articleDateFrom({ date: '2024-01-01', datePublished: '2024-03-14' })).toBe('2024-03-14')
  })

  it.each([
    ['14 March 2024', '2024-03-14'],
    ['March 14, 2024', '2024-03-14'],
    ['2024-03-14', '2024-03-14'],
    ['14/03/2024', '2024-03-14'],
    ['14.03.2024', '2024-03-14'],
    ['05/04/2024', '2024-04-05'],
    ['Updated 3 hours ago', null],
    ['31/02/2024', null]
  ])('parseDateText(%s) → %s', (input, expected) => {
    expect(parseDateText(input)).toBe(expected)
  })
})

describe('bare months in sentences that look ahead', () => {
  const valueOf = (sentence: string, articleDate: string | null) =>
    findFacts(sentence, { start: 0, end: sentence.length }, { articleDate }).find((f) => f.kind === 'date')?.value

  it.each([
    ['Household bills would rise by 7% a year for three years from July.', '2024-07'],
    ['The new pumps will be installed in May.', '2024-05'],
    ['The council is expected to vote by June.', '2024-06'],
    ['The plant was inspected in July.', '2023-07'],
    ['Prices have risen since February.', '2024-02'],
    ['The works will not start before January.', '2025-01'],
    // A day without a year: a hearing ahead is this year's or next, a past event the last one.
    ['He is due to appear before magistrates on 2 February.', '2025-02-02'],
    ['The inquiry will open on 20 March.', '2024-03-20'],
    ['He appeared before magistrates on 2 February.', '2024-02-02']
  ])('%s → %s (article dated 14 March 2024)', (sentence, expected) => {
    expect(valueOf(sentence, '2024-03-14')).toBe(expected)
  })
})
