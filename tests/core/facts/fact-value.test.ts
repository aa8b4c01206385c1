/** A fact's value is shown only when it says more than the words ("DATE 2013 = 2013" is gone). */
import { describe, expect, test } from 'vitest'
import { factValueToShow } from '../../../src/core/facts/fact-value'
import type { Fact } from '../../../src/shared/article'

const fact = (kind: Fact['kind'], text: string, value: string | null): Fact => ({
  kind,
  start: 0,
  end: text.length,
  text,
  value
})

describe('factValueToShow', () => {
  test.each<[Fact, ReturnType<typeof factValueToShow>]>([
    [fact('date', '2013', '2013'), null],
    [fact('date', '14 March 2024', '2024-03-14'), null],
    [fact('date', 'March 14, 2024', '2024-03-14'), null],
    [fact('date', 'June 9, 2021', '2021-06-09'), null],
    [fact('date', 'the 1990s', '1990..1999'), null],
    [fact('date', '14 March', '2024-03-14'), { kind: 'date', value: '2024-03-14' }],
    [fact('date', 'in August', '2022-08'), { kind: 'date', value: '2022-08' }],
    [fact('relative-date', 'on Monday', '2022-08-15'), { kind: 'date', value: '2022-08-15' }],
    [fact('relative-date', 'last year', null), { kind: 'unresolved', reason: 'no-article-date' }],
    [fact('relative-date', 'recently', null), { kind: 'unresolved', reason: 'vague' }],
    [fact('person', 'Barotte', 'Nicolas Barotte'), { kind: 'name', value: 'Nicolas Barotte' }],
    [fact('person', 'Nicolas Barotte', 'Nicolas Barotte'), null],
    [fact('number', '5,000 troops', '5000 troops'), null]
  ])('%j', (input, shown) => {
    expect(factValueToShow(input)).toEqual(shown)
  })
})
