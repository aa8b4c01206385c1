import { describe, expect, it } from 'vitest'
import { findDate, toIsoDate } from '../../../src/core/import/dates'
import { isCaptionLine, parseByline, parseMetadataLine } from '../../../src/core/import/header-lines'

describe('toIsoDate', () => {
  it.each([
    ['14 March 2024', '2024-03-14'],
    ['March 14, 2024', '2024-03-14'],
    ['Mar. 4 2024', '2024-03-04'],
    ['1st of June 2021', '2021-06-01'],
    ['Published Thursday 29 February 2024, 07:15', '2024-02-29'],
    ['2024-02-29T07:15:00+00:00', '2024-02-29'],
    ['2024/3/9', '2024-03-09'],
    ['14.03.2024', '2024-03-14'],
    ['25/12/2023', '2023-12-25'],
    ['12/25/2023', '2023-12-25'],
    ['PARIS, June 9, 2021 —', '2021-06-09']
  ])('%s → %s', (input, iso) => {
    expect(toIsoDate(input)).toBe(iso)
  })

  it.each(['03/04/2024', '30 February 2023', '2023-13-01', 'Monday', '1695477876.6577', 'in 2013'])(
    'gives no date for %s',
    (input) => {
      expect(toIsoDate(input)).toBeNull()
    }
  )

  it('reports where the date sits in the text', () => {
    const text = 'By Jane Doe | March 14, 2024'
    const found = findDate(text)
    expect(found && text.slice(found.start, found.end)).toBe('March 14, 2024')
  })
})

describe('parseByline', () => {
  it.each([
    ['By Jane Doe · Published 14 March 2024', 'Jane Doe', '2024-03-14'],
    ['By Jane Doe | March 14, 2024', 'Jane Doe', '2024-03-14'],
    ['By Jane Doe, 14 March 2024', 'Jane Doe', '2024-03-14'],
    ['By Jean-Pierre de la Fontaine and Ali Musa', 'Jean-Pierre de la Fontaine and Ali Musa', null],
    ['Written by Nicolas Barotte, Defence Correspondent', 'Nicolas Barotte', null],
    ['By Amira Haddad in Beirut', 'Amira Haddad', null]
  ])('%s', (line, author, date) => {
    expect(parseByline(line)).toEqual({ author, date })
  })

  it.each([
    'By the end of the year, 5,000 troops had left.',
    'By Monday, the convoy had reached Gao and the soldiers were resting.',
    'By 2013 the mission had a name.',
    'Bystanders said the blast was heard across the city.'
  ])('does not take prose for a byline: %s', (line) => {
    expect(parseByline(line)).toBeNull()
  })
})

describe('metadata lines and captions', () => {
  it.each([
    ['editor: REMIX NEWS', { key: 'editor', value: 'REMIX NEWS' }],
    ['Author: Thomas Brooke', { key: 'author', value: 'Thomas Brooke' }],
    ['tend: 1695477876.6577', { key: 'tend', value: '1695477876.6577' }],
    ['word count: 612', { key: 'word count', value: '612' }],
    ['desk_slug: mali-withdrawal', { key: 'desk_slug', value: 'mali-withdrawal' }]
  ])('reads %s', (line, expected) => {
    expect(parseMetadataLine(line)).toEqual(expected)
  })

  it.each([
    'Note: the figures were revised on Monday.',
    'Correction: an earlier version misstated the number of troops',
    'The verdict: France left Mali after nine years and thousands of deployments.',
    'Barotte: “Mali is now alone with its choices.”',
    'In short: the mission failed, critics say, because it never had local support.'
  ])('leaves prose alone: %s', (line) => {
    expect(parseMetadataLine(line)).toBeNull()
  })

  it.each([
    ['FILE - French soldiers leave their base in Gao, Mali, June 9, 2021. (AP Photo/Jerome Delay, File)', true],
    ['Soldiers on patrol near Menaka. (Photo: Souleymane Ag Anara/AFP)', true],
    ['A camera above the bus lane on Dock Street. Photo: Lena Marsh', true],
    ['Protesters gather in Bamako on Friday. (Reuters)', true],
    ['France initially sent 5,000 troops into the former French colony back in 2013.', false],
    ['He said the photo was taken in 2019 (a claim we could not verify).', false]
  ])('caption? %s', (line, expected) => {
    expect(isCaptionLine(line)).toBe(expected)
  })
})
