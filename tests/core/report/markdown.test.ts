import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { md, mdLink } from '../../../src/core/report/markdown/inline'
import { renderMarkdown } from '../../../src/core/report/markdown/document'
import { FIXED_NOW } from './fixture'
import { hostileCase } from './hostile-case'
import { sampleCase } from './sample-case'

describe('Markdown report', () => {
  const report = renderMarkdown(sampleCase(), { now: FIXED_NOW })

  test('has the same sections as the HTML report, in order; the appendix only when asked for', () => {
    const headings = report.split('\n').filter((line) => line.startsWith('## '))
    expect(headings).toEqual([
      '## Summary',
      '## Checked items (7)',
      '## Changes since the previous draft',
      '## Not checked'
    ])
    expect(report).toContain('**Not ready to publish.**')
    expect(report).toContain('> Ready to publish means:')
    const full = renderMarkdown(sampleCase(), { now: FIXED_NOW, appendix: true })
    expect(
      full
        .split('\n')
        .filter((line) => line.startsWith('## '))
        .at(-1)
    ).toBe('## Appendix')
    expect(full).toContain('- 2024-05-14 09:10 UTC — Priya Raman changed the status: Unchecked → Verified, on draft 1')
    expect(full).toContain('**\\[5\\]**The levy, charged on workplace car parks')
  })

  test('page 1 holds corrections and open queries; items carry sources and passages', () => {
    const summary = report.slice(0, report.indexOf('## Checked items'))
    expect(summary).toContain(
      '- \\[5\\] Claim — **Incorrect:** The levy, charged on workplace car parks with more than ten spaces, raised ~~£6.2~~ **£5.4** million'
    )
    expect(summary).toContain(
      '- \\[4\\] Can we see the budget paper that ties the fare cut to the levy? — asked by Tom Becker'
    )
    expect(report).toContain('   > From 1 March a single adult fare will cost £1.80, down from £2.40.')
    expect(report).toContain(
      '   - Link: [https://www.riverton.example.gov/news/fares-to-fall](<https://www.riverton.example.gov/news/fares-to-fall>)'
    )
    expect(report).toContain('- [x] Primary source: council release')
    expect(report).not.toContain('+44 7700 900123')
  })

  test('corrections and changes are word diffs', () => {
    expect(report).toContain('raised ~~£6.2~~ **£5.4** million')
    expect(report).toContain('~~2011,~~ **2009,**')
  })

  test('a person off the record is "Person source (on file)"', () => {
    const caseFile = sampleCase()
    const s3 = caseFile.sources.find((source) => source.id === 's3')
    if (!s3?.person) throw new Error('fixture')
    Object.assign(s3, { title: 'Mira Kovac' })
    Object.assign(s3.person, { name: 'Mira Kovac', onRecord: false })
    const shared = renderMarkdown(caseFile, { now: FIXED_NOW, appendix: true })
    expect(shared).toContain('1. **Person source (on file)** · reached by phone')
    expect(shared).not.toContain('Kovac')
  })

  test('hostile text stays text: no raw tags, no non-http links', () => {
    const hostile = renderMarkdown(hostileCase(), { now: FIXED_NOW })
    expect(hostile).not.toMatch(/(^|[^\\])<(script|img|a|svg|iframe|style|link|b)\b/i)
    // A link needs an unescaped "](": only the report's own http(s) links have one.
    expect(hostile).not.toMatch(/(^|[^\\])\]\(<?(javascript|data):/i)
    for (const match of hostile.matchAll(/(?:^|[^\\])\]\(<?([^)>]*)/g)) expect(match[1]).toMatch(/^https?:\/\//)
    expect(hostile).toContain('javascript:alert(document.domain) (not an http(s) link)')
    expect(hostile).toContain('⟦U+202E⟧')
  })
})

describe('Markdown escaping', () => {
  test.each([
    ['<script>', '\\<script\\>'],
    ['a | b', 'a \\| b'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['[link](javascript:x)', '\\[link\\](javascript:x)'],
    ['![img](https://evil.example/p.png)', '!\\[img\\](https://evil.example/p.png)'],
    ['&lt;b&gt;', '\\&lt;b\\&gt;'],
    ['two\nlines', 'two lines'],
    ['**bold** _em_ `code` ~~s~~', '\\*\\*bold\\*\\* \\_em\\_ \\`code\\` \\~\\~s\\~\\~']
  ])('%j → %j', (input, expected) => {
    expect(md(input)).toBe(expected)
  })

  test('links only for http(s)', () => {
    expect(mdLink('https://example.org/a_(b)')).toBe('[https://example.org/a\\_(b)](<https://example.org/a_(b)>)')
    expect(mdLink('https://example.org/a b')).toBe('https://example.org/a b (not an http(s) link)')
    expect(mdLink('javascript:alert(1)')).toBe('javascript:alert(1) (not an http(s) link)')
  })

  test('escaped text never contains an unescaped markup character or a line break', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const out = md(text)
        expect(out).not.toMatch(/[\r\n]/)
        expect(out.replace(/\\[\\`*_[\]<>|~&#\-+=.)]/g, '')).not.toMatch(/[\\`*_[\]<>|~&#]/)
      }),
      { numRuns: 300 }
    )
  })
})
