/**
 * Header metadata lines are never claims: `date: 2024-03-14` under a headline is metadata whether
 * the draft is Markdown without front matter or plain text typed with no blank line after the
 * title. Body lines that merely look like labels stay prose.
 */
import { describe, expect, test } from 'vitest'
import { extract } from '../../../src/core/extract/extract'
import { imported, outline } from './helpers'

const BODY = 'The council voted 7 to 2 on Tuesday to close the Elm Street library, saving £120,000 a year.'

describe('a date line in the header is metadata, never a claim', () => {
  test.each([
    ['Markdown, after the title', 'story.md', `# Council votes to close library\n\ndate: 2024-03-14\n\n${BODY}\n`],
    [
      'Markdown, two lines after the title',
      'story.md',
      `# Council votes to close library\n\ndate: 2024-03-14\nauthor: Jo Marsh\n\n${BODY}\n`
    ],
    [
      'Markdown, front matter and then a date line',
      'story.md',
      `---\ntitle: Council votes\n---\n\ndate: 2024-03-14\n\n${BODY}\n`
    ],
    [
      'plain text, no blank line after the title',
      'story.txt',
      `Council votes to close library\ndate: 2024-03-14\n${BODY}\n`
    ]
  ])('%s', (_name, fileName, source) => {
    const article = imported(fileName, source)
    expect(
      outline(article)
        .filter(([kind]) => kind === 'metadata')
        .map(([, text]) => text)
    ).toContain('date: 2024-03-14')
    expect(article.metadata.date).toBe('2024-03-14')
    const claims = extract(article).claims.map((claim) => claim.text)
    expect(claims).toEqual([BODY])
  })

  test('a label-like line in the body stays prose', () => {
    const article = imported(
      'story.md',
      `# Council votes\n\n${BODY}\n\nUpdate: the vote is to be held again on 14 March.\n`
    )
    expect(outline(article).map(([kind]) => kind)).toEqual(['title', 'paragraph', 'paragraph'])
  })

  test('a title with a byline under it, no blank line, still reads as title and byline', () => {
    const article = imported('story.txt', `Council votes to close library\nBy Jo Marsh\n\n${BODY}\n`)
    expect(outline(article).slice(0, 2)).toEqual([
      ['title', 'Council votes to close library'],
      ['byline', 'By Jo Marsh']
    ])
  })
})
