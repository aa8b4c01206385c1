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

/**
 * Pages copied from a browser carry their date on a line of its own with no colon: "Published 3 December
 * 2026", "Updated March 14, 2024 10:15 a.m. ET". Before, that line was the story's first claim and the
 * story had no date, so "on Tuesday" could not be dated.
 */
describe('a date line with no colon in the header', () => {
  const story = (dateLine: string): string =>
    `Ferry operator cuts winter sailings\n\nBy Ruth Okonjo\n\n${dateLine}\n\nThe operator said on Tuesday it would run four crossings a day instead of six.\n`

  test.each([
    ['Published 3 December 2026', 'published', '2026-12-03'],
    ['First published on Thu 3 Dec 2026 09.00 GMT', 'published', '2026-12-03'],
    ['Updated December 3, 2026, 5:30 p.m. ET', 'updated', '2026-12-03'],
    ['Thursday 3 December 2026', 'date', '2026-12-03']
  ])('"%s" is metadata and dates the story', (dateLine, key, iso) => {
    const article = imported('story.txt', story(dateLine))
    expect(outline(article).filter(([kind]) => kind === 'metadata')).toEqual([['metadata', dateLine]])
    expect(article.metadata).toMatchObject({ date: iso, [key]: expect.any(String) })
    const claims = extract(article).claims.map((claim) => claim.text)
    expect(claims.some((text) => text.includes(dateLine))).toBe(false)
  })

  test('a sentence that opens with "Published" and a date stays prose', () => {
    const line = 'Published 3 December 2026, the audit found 40 faults in the harbour wall.'
    const article = imported('story.txt', `Ferry operator cuts winter sailings\n\n${line}\n`)
    expect(outline(article).map(([kind]) => kind)).toEqual(['title', 'paragraph'])
    expect(article.metadata.date).toBeUndefined()
  })

  test('a published date wins over an updated one, whichever comes first', () => {
    const article = imported(
      'story.txt',
      'Ferry operator cuts winter sailings\n\nUpdated 4 December 2026 08:15 GMT\nPublished 3 December 2026\n\nThe operator said it would cut sailings.\n'
    )
    expect(article.metadata).toMatchObject({ date: '2026-12-03', updated: '4 December 2026 08:15 GMT' })
  })
})
