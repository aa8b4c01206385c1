import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../../src/core/import/index'
import { stripInlineMarkdown } from '../../../src/core/import/markdown-inline'
import { expectWellFormed, fixtureBytes, imported, outline, textsOf } from './helpers'

describe('markdown feature with front matter', () => {
  const article = imported('feature.md', fixtureBytes('feature.md'))

  it('takes the first # heading as title, the emphasised dek as standfirst, the byline as byline', () => {
    expect(outline(article).slice(0, 3)).toEqual([
      ['title', 'Ferry fares: what the operator’s figures leave out'],
      [
        'standfirst',
        'The operator says average fares have fallen since 2020. Passengers say the opposite. Both can be right.'
      ],
      ['byline', 'By Jonas Feld · Published 14 March 2024']
    ])
  })

  it('turns front matter into metadata, not text', () => {
    expect(article.metadata).toMatchObject({ author: 'Jonas Feld', date: '2024-03-14', tags: 'transport, fact-check' })
    expect(article.text).not.toContain('---')
    expect(article.text).not.toContain('tags:')
  })

  it('keeps no markdown syntax, URLs, image alt text or HTML comments', () => {
    for (const fragment of [
      '**',
      '](',
      'https://',
      'Ferry at the quay',
      '<!--',
      'check the 2019 baseline',
      '`',
      '> '
    ]) {
      expect(article.text).not.toContain(fragment)
    }
    expect(article.text).toContain('Island Link said in its annual statement that the average fare fell by 8 per cent')
    expect(article.text).toContain('a new early_bird fare on the 06:40 crossing.')
  })

  it('finds headings (ATX and setext), list items and blockquotes', () => {
    expect(textsOf(article, 'heading')).toEqual(['Setext subheading about the timetable', 'What the operator says'])
    expect(textsOf(article, 'list-item')).toEqual([
      'three sailings a day instead of five,',
      'no sailing after 6pm on Sundays, and',
      'a new early_bird fare on the 06:40 crossing.',
      'The audit was carried out by Marsh & Clay.',
      'The auditors checked totals, not individual fares.'
    ])
    expect(textsOf(article, 'blockquote')).toEqual([
      '“Nobody I know pays the average fare,” said Ruth Ames, who runs a café near the harbour. “We pay the fare on the board.”'
    ])
    expectWellFormed(article)
  })
})

describe('markdown bylines', () => {
  it.each([
    ['**By Name Surname** · Published 14 March 2024', 'Name Surname', '2024-03-14'],
    ['By Ana Lima | March 14, 2024', 'Ana Lima', '2024-03-14'],
    ['_By Ana Lima, 14 March 2024_', 'Ana Lima', '2024-03-14']
  ])('%s', (line, author, date) => {
    const article = imported('b.md', `# Harbour dredging delayed\n\n${line}\n\nThe dredger arrives in June.`)
    expect(textsOf(article, 'byline')).toHaveLength(1)
    expect(article.metadata).toEqual({ author, date })
  })

  it('does not treat a body sentence starting with "By" as a byline', () => {
    const article = imported('b.md', '# Budget\n\nBy the end of March, the council had spent £3m.')
    expect(outline(article)).toEqual([
      ['title', 'Budget'],
      ['paragraph', 'By the end of March, the council had spent £3m.']
    ])
  })
})

describe('markdown blocks', () => {
  it.each([
    [
      'setext title',
      'Flood defences\n==============\n\nWork starts in May.',
      [
        ['title', 'Flood defences'],
        ['paragraph', 'Work starts in May.']
      ]
    ],
    [
      'closing hashes and a later # heading',
      '# Title #\n\nText.\n\n# Second top heading',
      [
        ['title', 'Title'],
        ['paragraph', 'Text.'],
        ['heading', 'Second top heading']
      ]
    ],
    ['soft line breaks join with a space', 'One line\nand the next.', [['paragraph', 'One line and the next.']]],
    [
      'thematic breaks vanish',
      'Before.\n\n***\n\nAfter.',
      [
        ['paragraph', 'Before.'],
        ['paragraph', 'After.']
      ]
    ],
    [
      'fenced code keeps its content',
      'Run:\n\n```sh\nnpm   test\n```',
      [
        ['paragraph', 'Run:'],
        ['paragraph', 'npm test']
      ]
    ],
    [
      'nested list items each get a block',
      '* First\n  * Nested\n* Second',
      [
        ['list-item', 'First'],
        ['list-item', 'Nested'],
        ['list-item', 'Second']
      ]
    ],
    [
      'a list item with a lazy continuation line',
      '- The mayor said\nthe plan was final.\n- Nobody agreed.',
      [
        ['list-item', 'The mayor said the plan was final.'],
        ['list-item', 'Nobody agreed.']
      ]
    ],
    [
      'multi-paragraph blockquote',
      '> “First part,” she said.\n>\n> “Second part.”',
      [
        ['blockquote', '“First part,” she said.'],
        ['blockquote', '“Second part.”']
      ]
    ],
    [
      'reference links keep their text',
      'See [the report][r1] and [Le Figaro].\n\n[r1]: https://example.org/r\n[le figaro]: https://lefigaro.example',
      [['paragraph', 'See the report and Le Figaro.']]
    ],
    ['a bracket that is not a link stays', 'The price [sic] was wrong.', [['paragraph', 'The price [sic] was wrong.']]],
    [
      'a multi-line HTML comment disappears',
      'Kept.\n\n<!-- draft note\nspanning lines -->\n\nAlso kept.',
      [
        ['paragraph', 'Kept.'],
        ['paragraph', 'Also kept.']
      ]
    ],
    [
      'a table becomes one paragraph per row',
      '| Year | Troops |\n|------|--------|\n| 2013 | 5,000 |',
      [
        ['paragraph', 'Year · Troops'],
        ['paragraph', '2013 · 5,000']
      ]
    ]
  ])('%s', (_label, source, expected) => {
    const article = imported('x.md', source)
    expect(outline(article)).toEqual(expected)
    expectWellFormed(article)
  })

  it('uses the front matter title when there is no # heading, without adding it to the text', () => {
    const article = imported('x.markdown', '---\ntitle: "Quiet title"\npublished: 2 May 2024\n---\nBody text.')
    expect(article.title).toBe('Quiet title')
    expect(article.text).toBe('Body text.')
    expect(article.metadata).toMatchObject({ title: 'Quiet title', published: '2 May 2024', date: '2024-05-02' })
  })
})

describe('stripInlineMarkdown', () => {
  it.each([
    ['**bold** and *italic* and ***both***', 'bold and italic and both'],
    ['__strong__ and _em_ but snake_case_name stays', 'strong and em but snake_case_name stays'],
    ['~~struck~~ text', 'struck text'],
    ['[link *text*](https://example.org/a_(b) "Title")', 'link text'],
    ['![alt text](pic.png) caption', ' caption'],
    ['`code **not bold**` here', 'code **not bold** here'],
    ['\\*not emphasis\\* and 5 * 3 * 2', '*not emphasis* and 5 * 3 * 2'],
    ['<https://example.org/report>', 'https://example.org/report'],
    ['A <span class="x">tag</span> &amp; an entity &#8217; &rsquo;', 'A tag & an entity ’ ’'],
    ['“Quoted,” he said — ‘fine’ « oui » „ja“', '“Quoted,” he said — ‘fine’ « oui » „ja“']
  ])('%s', (input, output) => {
    expect(stripInlineMarkdown(input)).toBe(output)
  })
})

describe('markdown through markdown-it and yaml', () => {
  it('survives 20,000 nested block quotes without overflowing the stack', () => {
    const result = parseArticle('deep.md', new TextEncoder().encode(`${'>'.repeat(20_000)} Deep.\n\nAfter the quotes.`))
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value.text).toContain('After the quotes.')
  })

  it('reads front matter lists, numbers and flow sequences as text', () => {
    const article = imported('x.md', '---\nTags: [a, b]\nwords: 1200\nauthors:\n  - Ana Lima\n  - Jo Park\n---\nBody.')
    expect(article.metadata).toMatchObject({ tags: 'a, b', words: '1200', authors: 'Ana Lima, Jo Park' })
  })

  it('reads front matter YAML refuses line by line, and never shows it as text', () => {
    const article = imported('x.md', '---\ntitle: A: b: c\nauthor: Jo Park\n  bad: [indent\n---\nBody.')
    expect(article.metadata).toMatchObject({ author: 'Jo Park' })
    expect(article.text).toBe('Body.')
  })

  it('drops HTML tags and comments but keeps the words between them', () => {
    const article = imported('x.md', '<div class="x">\nKept &amp; shown <!-- hidden -->\n</div>\n\nNext.')
    expect(outline(article)).toEqual([
      ['paragraph', 'Kept & shown'],
      ['paragraph', 'Next.']
    ])
  })

  it('makes code blocks plain paragraphs without reading markup in them', () => {
    expect(outline(imported('x.md', 'Text.\n\n    **not bold**'))).toEqual([
      ['paragraph', 'Text.'],
      ['paragraph', '**not bold**']
    ])
  })
})
