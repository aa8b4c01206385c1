/**
 * Relative dates resolved against the article date: past-tense news reads "on Monday" as the most
 * recent Monday on or before publication. Without an article date they are found but unresolved.
 */
import { describe, expect, it } from 'vitest'
import { findFacts } from '../../../src/core/facts/facts'

/** A Wednesday. */
const ARTICLE_DATE = '2022-08-17'

const relativeIn = (sentence: string, articleDate: string | null = ARTICLE_DATE): Array<[string, string | null]> =>
  findFacts(sentence, { start: 0, end: sentence.length }, { articleDate })
    .filter((f) => f.kind === 'relative-date')
    .map((f) => [f.text, f.value])

describe('relative dates resolved against a Wednesday, 17 August 2022', () => {
  it.each([
    ['The last soldiers withdrew on Monday.', [['on Monday', '2022-08-15']]],
    ['On Wednesday, the minister resigned.', [['On Wednesday', '2022-08-17']]],
    ['Monday’s vote was close.', [['Monday’s', '2022-08-15']]],
    ['He was arrested last Wednesday.', [['last Wednesday', '2022-08-10']]],
    ['Talks resume next Monday.', [['next Monday', '2022-08-22']]],
    ['Prices fell last week.', [['last week', '2022-08-08..2022-08-14']]],
    ['At the end of last month, the army attacked.', [['At the end of last month', '2022-07']]],
    ['42 soldiers died at the beginning of August.', [['at the beginning of August', '2022-08']]],
    ['The attack came at the end of September.', [['at the end of September', '2021-09']]],
    // Looking ahead: a coming month, not last year's (dates.ts looksAhead); "since" always looks back.
    ['The depot would close at the end of January, the council said.', [['at the end of January', '2023-01']]],
    ['Fees will rise by the end of October.', [['by the end of October', '2022-10']]],
    ['Fees have not risen since the end of October.', [['since the end of October', '2021-10']]],
    ['The withdrawal from Afghanistan last year shocked allies.', [['last year', '2021']]],
    ['Sales are up this year.', [['this year', '2022']]],
    ['The report was published yesterday.', [['yesterday', '2022-08-16']]],
    ['The minister speaks today.', [['today', '2022-08-17']]],
    ['The bridge collapsed two days ago.', [['two days ago', '2022-08-15']]],
    ['The group has regenerated in the last two years.', [['in the last two years', '2020-08-17..2022-08-17']]],
    ['Elections will be held next month.', [['next month', '2022-09']]],
    ['Earlier this month, the court ruled.', [['Earlier this month', '2022-08']]],
    ['Fighting broke out last night.', [['last night', '2022-08-16']]],
    ['The clinic closed recently.', [['recently', null]]],
    ['Attacks have grown in recent times.', [['in recent times', null]]],
    ['The strike began a few days ago.', [['a few days ago', null]]]
  ])('%s', (sentence, expected) => {
    expect(relativeIn(sentence)).toEqual(expected)
  })

  it('leaves every value null when the article has no date', () => {
    expect(relativeIn('The last soldiers withdrew on Monday, and last year the army grew.', null)).toEqual([
      ['on Monday', null],
      ['last year', null]
    ])
  })

  it('does not take named days or a modal "may" for dates', () => {
    expect(relativeIn('Shops opened early on Black Friday.')).toEqual([])
    expect(relativeIn('She writes for The Sunday Times.')).toEqual([])
    expect(relativeIn('This may change.')).toEqual([])
    // Programmes and papers named for a day: a checker reading "relative date: Today" would look for a date.
    expect(relativeIn("Mr Okoro told the BBC's Today programme that 40 wards had closed.")).toEqual([])
    expect(relativeIn('The column ran in USA Today.')).toEqual([])
    expect(relativeIn('Today, the minister resigned.')).toEqual([['Today', '2022-08-17']])
    expect(relativeIn('He said: Today we vote.')).toEqual([['Today', '2022-08-17']])
    expect(relativeIn('She appeared on the Today show.')).toEqual([])
    expect(relativeIn('Ten Things to Know for Today')).toEqual([['Today', '2022-08-17']])
  })

  it('does not date a day that comes round every week', () => {
    // A checker read "relative date: every Tuesday morning → 2022-08-16" on a group that meets each week.
    expect(relativeIn('We had 40 parents through the door every Tuesday morning.')).toEqual([])
    expect(relativeIn('The market opens each Friday at 8am.')).toEqual([])
    expect(relativeIn('The group met on Tuesday, as it does every week.')).toEqual([['on Tuesday', '2022-08-16']])
  })

  it('treats a month with a year as an absolute date, not a relative one', () => {
    const facts = findFacts('It ended at the end of August 2021.', { start: 0, end: 34 }, { articleDate: ARTICLE_DATE })
    expect(facts.map((f) => [f.kind, f.text])).toEqual([['date', 'August 2021']])
  })

  it('handles month arithmetic at year ends and leap days', () => {
    expect(relativeIn('Prices rose last month.', '2023-01-10')).toEqual([['last month', '2022-12']])
    expect(relativeIn('It happened a year ago.', '2024-02-29')).toEqual([['a year ago', '2023']])
    expect(relativeIn('It happened one month ago.', '2024-03-31')).toEqual([['one month ago', '2024-02']])
  })
})
