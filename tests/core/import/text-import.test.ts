import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../../src/core/import/index'
import { SEED_PATH, expectWellFormed, fixtureBytes, imported, outline, seedAvailable, textsOf } from './helpers'

describe.skipIf(!seedAvailable)('seed article (../shared/fixtures/seed/article.txt)', () => {
  const load = () => imported('article.txt', new Uint8Array(readFileSync(SEED_PATH)))

  it('finds title, standfirst, metadata and caption', () => {
    const article = load()
    expect(article.title).toBe('Has President Macron abandoned Mali to the jihadists?')
    expect(article.standfirst).toMatch(/^The withdrawal of the French military from Mali, .* Joe Biden$/)
    expect(article.metadata).toEqual({ editor: 'REMIX NEWS', author: 'Thomas Brooke', tend: '1695477876.6577' })
    expect(textsOf(article, 'caption')).toEqual([
      'FILE - French Barkhane force soldiers who wrapped up a four-month tour of duty in the Sahel leave their base in Gao, Mali, June 9, 2021. (AP Photo/Jerome Delay, File)'
    ])
  })

  it('keeps the body as paragraphs, with tend as a metadata block at the very end', () => {
    const blocks = outline(load())
    expect(blocks.slice(0, 5).map(([kind]) => kind)).toEqual(['title', 'standfirst', 'metadata', 'metadata', 'caption'])
    expect(blocks.slice(5, -1).every(([kind]) => kind === 'paragraph')).toBe(true)
    expect(blocks.slice(5, -1)).toHaveLength(12)
    expect(blocks.at(-1)).toEqual(['metadata', 'tend: 1695477876.6577'])
    expect(blocks[5]?.[1]).toMatch(/^France ended its nine-year military deployment/)
  })

  it('keeps typographic quotes and accents untouched, and is well formed and stable', () => {
    const article = load()
    expect(article.text).toContain('“Mali is now alone with its choices,” wrote Nicolas Barotte')
    expect(article.text).toContain('Sávaré, Sokolo, and Kalumba')
    expectWellFormed(article)
    expect(load().text).toBe(article.text)
  })
})

describe('newsroom .txt layout', () => {
  const article = imported('newsroom.txt', fixtureBytes('newsroom.txt'))

  it('reads the header region and the trailer', () => {
    expect(article.title).toBe('Did the river authority really cut water leaks by a third?')
    expect(article.standfirst).toMatch(/^The Severn Valley water board says/)
    expect(article.metadata).toEqual({
      editor: 'CITY DESK',
      author: 'Priya Raman',
      date: '2024-03-14',
      tend: '1710412800.25'
    })
    expect(textsOf(article, 'metadata')).toEqual([
      'editor: CITY DESK',
      'author: Priya Raman',
      'date: 14 March 2024',
      'tend: 1710412800.25'
    ])
    expect(textsOf(article, 'caption')).toHaveLength(1)
    expectWellFormed(article)
  })

  it('keeps a body line such as "Note: the figures..." as prose', () => {
    expect(textsOf(article, 'paragraph')).toContain(
      'Note: the figures quoted by the board cover the financial years ending in March, not calendar years.'
    )
  })

  it('exposes published/dateline dates as ISO while keeping the original', () => {
    const dated = imported(
      'd.txt',
      'Bridge reopens\n\npublished: March 4, 2024\ndateline: LYON\n\nThe bridge reopened on Monday.'
    )
    expect(dated.metadata).toEqual({ published: 'March 4, 2024', date: '2024-03-04', dateline: 'LYON' })
  })

  it('peels metadata lines off the end of the last paragraph', () => {
    const tail = imported(
      't.txt',
      'Port strike ends\n\nDockers returned to work on Friday.\nslug: port-strike\ntend: 1700000000'
    )
    expect(outline(tail)).toEqual([
      ['title', 'Port strike ends'],
      ['paragraph', 'Dockers returned to work on Friday.'],
      ['metadata', 'slug: port-strike'],
      ['metadata', 'tend: 1700000000']
    ])
  })
})

describe('plain .txt', () => {
  it.each([
    [
      'title line, CRLF, tabs and double spaces',
      fixtureBytes('plain-crlf.txt'),
      [
        ['title', 'Library opening hours to be extended'],
        [
          'paragraph',
          'The central library will stay open until 9pm on weekdays from April, the council confirmed on Monday.'
        ],
        [
          'paragraph',
          'Councillor Maria Sávaré said the change would cost about €40,000 a year, funded from the culture budget. She added that Sunday opening was “under review”.'
        ],
        ['paragraph', 'The library last changed its hours in 2019.']
      ]
    ],
    [
      'no title when the first line ends with a full stop',
      'The vote was close.\n\nIt passed by 31 to 29.',
      [
        ['paragraph', 'The vote was close.'],
        ['paragraph', 'It passed by 31 to 29.']
      ]
    ],
    [
      'a headline written as sentences is the title when a byline follows it',
      'Wages are outpacing prices. Economists are not celebrating yet.\n\nBy Nora Feld\n\nPay rose 4.1% in a year.',
      [
        ['title', 'Wages are outpacing prices. Economists are not celebrating yet.'],
        ['byline', 'By Nora Feld'],
        ['paragraph', 'Pay rose 4.1% in a year.']
      ]
    ],
    [
      'no title when the first line runs straight into the paragraph',
      'Council agrees budget\nafter a four-hour debate on Tuesday night.\n\nThe total is £1.2bn.',
      [
        ['paragraph', 'Council agrees budget after a four-hour debate on Tuesday night.'],
        ['paragraph', 'The total is £1.2bn.']
      ]
    ],
    [
      'a byline under the title and a bulleted list',
      '\n\nTram fares frozen\n\nBy Lotte Berg\n\nThe freeze covers:\n\n- single tickets\n- day passes\n\n\n',
      [
        ['title', 'Tram fares frozen'],
        ['byline', 'By Lotte Berg'],
        ['paragraph', 'The freeze covers:'],
        ['list-item', 'single tickets'],
        ['list-item', 'day passes']
      ]
    ],
    [
      'CR-only line endings, BOM and decomposed accents',
      '\ufeffCafe\u0301 closes\r\rThe cafe\u0301 closed after 40 years.',
      [
        ['title', 'Café closes'],
        ['paragraph', 'The café closed after 40 years.']
      ]
    ]
  ])('%s', (_label, content, expected) => {
    const article = imported('draft.txt', content)
    expect(outline(article)).toEqual(expected)
    expectWellFormed(article)
  })

  it('puts the byline author into metadata', () => {
    expect(imported('b.txt', 'Tram fares frozen\n\nBy Lotte Berg, 2 May 2024\n\nFares stay at €2.').metadata).toEqual({
      author: 'Lotte Berg',
      date: '2024-05-02'
    })
  })

  it('gives identical text for the same bytes', () => {
    const bytes = fixtureBytes('newsroom.txt')
    const first = parseArticle('newsroom.txt', bytes)
    const second = parseArticle('newsroom.txt', bytes)
    expect(first).toEqual(second)
  })
})

describe('run-in crossheads', () => {
  const draft = (body: string) =>
    imported('draft.txt', `Stadium deal splits the council\n\nThe council votes on Tuesday.\n\n${body}`)

  it('sets a head in capitals opening a paragraph apart, so its words never join the first sentence', () => {
    const article = draft(
      "THE MONEY Let's say the club borrows £48 million over 25 years.\n\nTHE MANY RISKS Plenty of clubs have never repaid."
    )
    expect(outline(article).slice(2)).toEqual([
      ['heading', 'THE MONEY'],
      ['paragraph', "Let's say the club borrows £48 million over 25 years."],
      ['heading', 'THE MANY RISKS'],
      ['paragraph', 'Plenty of clubs have never repaid.']
    ])
    expectWellFormed(article)
  })

  it('keeps datelines, labels and acronyms before a title in their paragraph', () => {
    for (const opening of [
      'LOS ANGELES, Sept. 28 (UPI) — The club said it would pay.',
      'NORTHGATE — The club said it would pay.',
      'SENATOR CLARK: Thank you for coming.',
      'FBI Director Ann Lowe said the club would pay.',
      'UK PM Ann Lowe said the club would pay.',
      'THE CLUB WILL PAY, the chairman said.'
    ])
      expect(outline(draft(opening)).slice(2), opening).toEqual([['paragraph', opening]])
  })
})
