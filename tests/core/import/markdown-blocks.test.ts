import { describe, expect, it } from 'vitest'
import type { BlockKind } from '../../../src/shared/article'
import { expectWellFormed, imported, outline } from './helpers'

/**
 * The hostile shapes of issue 9 (a flat list of 262,000 items, 210,000 headings) were made cheap by reading
 * markdown-it's block tokens as they come (markdown-blocks.ts). At a small size, with the markup a real draft puts
 * in them, they import to the blocks they always did: each item its own list item, each heading its own heading,
 * the markup gone, a link by reference read even when the reference comes at the end of the draft.
 */

/** Item n of a long list in one of the forms a writer uses, and the words a reader sees of it. */
const ITEM_FORMS: [(n: number) => string, (n: number) => string][] = [
  [(n) => `- Pier ${n}`, (n) => `Pier ${n}`],
  [(n) => `- *Pier* ${n} closed`, (n) => `Pier ${n} closed`],
  [(n) => `- see [the survey][survey] for pier ${n}`, (n) => `see the survey for pier ${n}`],
  [(n) => `- pier ${n} reopened\n  on Monday`, (n) => `pier ${n} reopened on Monday`],
  [(n) => `- \`code ${n}\` and **fare** ${n}`, (n) => `code ${n} and fare ${n}`]
]

describe('a long Markdown list imports item by item, as before', () => {
  const count = 2_000
  const items = Array.from({ length: count }, (_, n) => ITEM_FORMS[n % ITEM_FORMS.length]!)
  const source = [
    '# Ferry piers',
    '',
    ...items.map(([write], n) => write(n)),
    '',
    'After the list.',
    '',
    '[survey]: https://example.org/survey'
  ].join('\n')
  const article = imported('piers.md', source)

  it('gives the title, every item in order with its markup read, then the paragraph after', () => {
    expectWellFormed(article)
    expect(outline(article)).toEqual([
      ['title', 'Ferry piers'],
      ...items.map(([, read], n): [BlockKind, string] => ['list-item', read(n)]),
      ['paragraph', 'After the list.']
    ])
  })

  it('keeps an item inside a block quote a quote, and a nested item an item', () => {
    const nested = imported('nested.md', '- outer\n  - inner *one*\n- outer two\n\n> - quoted item\n')
    expect(outline(nested)).toEqual([
      ['list-item', 'outer'],
      ['list-item', 'inner one'],
      ['list-item', 'outer two'],
      ['blockquote', 'quoted item']
    ])
  })
})

describe('many Markdown headings import one block each, as before', () => {
  const count = 2_000
  const source = Array.from({ length: count }, (_, n) =>
    n % 3 === 0 ? `# Heading ${n}` : n % 3 === 1 ? `## *Heading* ${n}` : `Heading ${n}\n---`
  ).join('\n\n')
  const article = imported('headings.md', source)

  it('takes the first as the title and every other as a heading, markup gone', () => {
    expectWellFormed(article)
    expect(outline(article)).toEqual(
      Array.from({ length: count }, (_, n): [BlockKind, string] => [n === 0 ? 'title' : 'heading', `Heading ${n}`])
    )
  })

  it('keeps the standfirst under the title and a table row a paragraph of its cells', () => {
    const headed = imported(
      'headed.md',
      '# Fares\n\n*What the operator left out.*\n\n## Figures\n\n| Year | Fare |\n|---|---|\n| 2020 | *£5* |\n\n# Later'
    )
    expect(outline(headed)).toEqual([
      ['title', 'Fares'],
      ['standfirst', 'What the operator left out.'],
      ['heading', 'Figures'],
      ['paragraph', 'Year · Fare'],
      ['paragraph', '2020 · £5'],
      ['heading', 'Later']
    ])
  })
})
