/**
 * The same noun with two close figures, and the same event with two dates: the true pairs a
 * checker wants flagged, and the near misses that must stay quiet (different things counted, a
 * hedged round figure, a change over time, two events).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { closeness } from '../../../src/core/consistency/close-figures'
import { extract } from '../../../src/core/extract/extract'
import { parseArticle } from '../../../src/core/import/index'
import { parseText } from '../../../src/core/import/text'
import type { Inconsistency } from '../../../src/shared/article'
import { SEED_DIR, sharedAvailable } from '../../helpers/shared'

/** The whole pipeline, as the app runs it, on a draft of paragraphs (first line the headline). */
function found(paragraphs: string[], date = '2024-03-15'): Inconsistency[] {
  const article = parseText(`${paragraphs.join('\n\n')}\n`)
  return extract(article, { articleDate: date }).inconsistencies
}
const pairs = (list: Inconsistency[]): string[][] => list.map((i) => i.spans.map((s) => s.text))

describe('closeness of two figures', () => {
  test.each<[number, number, ReturnType<typeof closeness>]>([
    [321, 312, 'transposed'],
    [301000, 310000, 'transposed'],
    [1184, 1148, 'transposed'],
    [6.24, 6.42, 'transposed'],
    [321, 331, 'one-digit'],
    [1184, 1194, 'one-digit'],
    [320, 321, 'rounded'],
    [6200000, 6240000, 'rounded'],
    [1200, 1184, 'rounded'],
    // Near misses: different quantities, not slips.
    [200, 300, null],
    [45, 54, null],
    [865, 866, null],
    [50, 47, null],
    [21, 22, null],
    [5000, 4500, null],
    [321, 123, null],
    [1184, 11840, null],
    [321, 321, null]
  ])('%d and %d: %s', (a, b, expected) => {
    expect(closeness(a, b)).toBe(expected)
  })
})

describe('the same noun with two close figures', () => {
  test('transposed digits between the standfirst and the body', () => {
    const list = found([
      'Storm floods town',
      'Storm Henk left 321 homes without power across the valley',
      'Engineers restored supplies to 312 homes by Thursday evening, the network operator said.'
    ])
    expect(pairs(list)).toEqual([['321 homes', '312 homes']])
    expect(list[0].note).toBe('“321 homes” in paragraph 1, “312 homes” in paragraph 2: digits swapped?')
  })

  test('one digit off', () => {
    expect(
      pairs(
        found([
          'Hospital beds',
          'The hospital has 1,184 beds, the trust said.',
          'Its 1,194 beds were all full on Monday night, a spokesperson added.'
        ])
      )
    ).toEqual([['1,184 beds', '1,194 beds']])
  })

  test('a round figure given exactly elsewhere, without "about"', () => {
    const list = found([
      'Crowd record',
      'The stadium held 45,000 fans on Saturday.',
      'Official figures put the crowd at 45,213 fans, the club said.'
    ])
    expect(list.map((i) => i.note)).toEqual([
      '“45,000 fans” in paragraph 1, “45,213 fans” in paragraph 2: the same figure, rounded in one place without saying so?'
    ])
  })

  test.each([
    [
      'a hedged round figure is consistent',
      [
        'Crowd record',
        'The stadium held about 45,000 fans on Saturday.',
        'Official figures put the crowd at 45,213 fans, the club said.'
      ]
    ],
    [
      'two different counts, far apart',
      [
        'Schools',
        'The borough has 11,800 pupils in its primary schools.',
        'A family with two pupils at primary school will save £930.'
      ]
    ],
    ['a change over time', ['Ferry', 'Islanders made 310,000 trips last year, down from 301,000 in 2019.']],
    ['different places', ['Floods', 'In Newark, 321 homes were flooded.', 'In Gainsborough, 312 homes were flooded.']],
    [
      'two small counts one apart',
      ['Votes', 'The committee has 21 members.', 'Only 22 members attended the meeting on Tuesday.']
    ]
  ])('near miss: %s', (_name, paragraphs) => {
    expect(found(paragraphs)).toEqual([])
  })
})

describe('the same event with two dates', () => {
  test('a vote on two days', () => {
    const list = found([
      'Library to close',
      'The council voted on 12 March to close the Elm Street library.',
      'The Elm Street library closure vote on 14 March was close, councillors said.'
    ])
    expect(list).toHaveLength(1)
    expect(list[0].kind).toBe('date')
    expect(pairs(list)).toEqual([['12 March', '14 March']])
    expect(list[0].note).toContain('the same event on two dates?')
  })

  test('a weekday that does not match the date given elsewhere', () => {
    // The article is dated Friday 15 March 2024: "on Tuesday" is 12 March.
    const list = found([
      'Library to close',
      'The council voted on Tuesday to close the Elm Street library.',
      'Councillors voted to close the Elm Street library on 13 March, ending a long debate.'
    ])
    expect(list.map((i) => i.kind)).toEqual(['date'])
  })

  test.each([
    [
      'two meetings',
      [
        'Council',
        'The council met on 12 March to discuss the library.',
        'It will meet again on 26 March to discuss the library budget.'
      ]
    ],
    [
      'a postponement',
      [
        'Council',
        'The vote on the library was set for 12 March.',
        'It was postponed to 19 March because the library report was late.'
      ]
    ],
    [
      'unrelated events',
      ['Council', 'The library closed on 12 March.', 'The swimming pool reopened on 14 March after repairs.']
    ],
    [
      'months apart',
      ['Council', 'The council voted on the library on 12 March.', 'The council voted on the library on 12 September.']
    ]
  ])('near miss: %s', (_name, paragraphs) => {
    expect(found(paragraphs).filter((i) => i.kind === 'date')).toEqual([])
  })
})

describe('no false alarm on clean articles', () => {
  const root = join(import.meta.dirname, '../../..')
  const clean = [
    'tests/fixtures/articles/harbour-ferry.txt',
    'tests/fixtures/articles/river-flood.txt',
    'tests/fixtures/articles/school-meals.md'
  ]
  test.each(clean)('%s', (path) => {
    const parsed = parseArticle(path, new Uint8Array(readFileSync(join(root, path))))
    if (!parsed.ok) throw new Error(parsed.error.message)
    expect(extract(parsed.value).inconsistencies).toEqual([])
  })

  test('the sample: only its one planted slip (301,000 / 310,000 homes)', () => {
    const parsed = parseArticle(
      'sample-article.txt',
      new Uint8Array(readFileSync(join(root, 'resources/sample-article.txt')))
    )
    if (!parsed.ok) throw new Error(parsed.error.message)
    expect(pairs(extract(parsed.value).inconsistencies)).toEqual([['301,000 homes', '310,000 homes']])
  })

  test.skipIf(!sharedAvailable('fixtures/seed/article.txt'))('the seed article', () => {
    const parsed = parseArticle('article.txt', new Uint8Array(readFileSync(join(SEED_DIR, 'article.txt'))))
    if (!parsed.ok) throw new Error(parsed.error.message)
    expect(extract(parsed.value).inconsistencies).toEqual([])
  })
})
