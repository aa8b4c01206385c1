import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { parseDocument, DomUtils } from 'htmlparser2'
import { renderHtml } from '../../../src/core/report/html/document'
import { articleOf, claim, p, title } from '../../helpers/builders'
import { FIXED_NOW, checkedInDraft2, secondDraftCase } from './fixture'
import { findActiveContent } from './html-safety'
import { hostileCase } from './hostile-case'
import { sampleCase } from './sample-case'

const html = (caseFile = sampleCase()) => renderHtml(caseFile, { now: FIXED_NOW })
/** Visible text, one space between elements (so "<dt>Author</dt><dd>Dana</dd>" reads "Author Dana"). */
function textOf(markup: string): string {
  const texts: string[] = []
  const walk = (nodes: ReturnType<typeof parseDocument>['children']): void => {
    for (const node of nodes) {
      if (DomUtils.isText(node)) texts.push(node.data)
      else if (DomUtils.isTag(node) && node.name !== 'style' && node.name !== 'title') walk(node.children)
    }
  }
  walk(parseDocument(markup).children)
  return texts.join(' ').replace(/\s+/g, ' ')
}

describe('what the report shows', () => {
  const report = html()
  const text = textOf(report)

  test('header: title, author, checkers, article date, draft identity and report time', () => {
    const caseFile = sampleCase()
    const hash = caseFile.drafts[1].hash
    expect(text).toContain('City to cut bus fares as ridership recovers')
    expect(text).toContain('Author Dana Whitlock')
    expect(text).toContain('Checked by Priya Raman, Tom Becker')
    expect(text).toContain('Article date 2024-05-14')
    expect(text).toContain(`Draft identity ${hash.slice(0, 12)}`)
    expect(text).toContain(hash)
    expect(text).toContain('Report made 2024-05-16 10:00 UTC')
    expect(text).toContain('draft 2 of 2')
  })

  test('summary: the verdict, its reasons and the rule it follows', () => {
    expect(text).toContain('Not ready to publish')
    expect(text).toContain('1 item is rated Incorrect and still in the draft: [5].')
    expect(text).toContain('Ready to publish means: every claim and quote still in the current draft')
    expect(report).toMatch(/<span class="swatch" style="--c:#1e8e3e"><\/span>Verified<\/td><td class="num">3<\/td>/)
  })

  test('the checked copy carries a numbered marker in status colour at each item', () => {
    const copy = report.slice(report.indexOf('id="copy"'), report.indexOf('id="items"'))
    for (let n = 1; n <= 8; n++) expect(copy).toContain(`href="#item-${n}"`)
    expect(copy).toContain('<a class="marker" href="#item-5" style="--c:#d93025">[5]</a><span class="hl" style="--c:#d93025">The levy')
    // A quote inside a sentence takes its own (innermost) colour, dashed.
    expect(copy).toMatch(/\[3\]<\/a><span class="hl quote" style="--c:#1e8e3e">We promised/)
    expect(copy).not.toContain('[D1]')
    expect(textOf(copy)).toContain('Critics say the plan will hurt small firms.')
  })

  test('each item lists its sources with passage, links, archive, hash and person details', () => {
    const item1 = report.slice(report.indexOf('id="item-1"'), report.indexOf('id="item-2"'))
    expect(item1).toContain('<a href="https://www.riverton.example.gov/news/fares-to-fall" rel="noreferrer noopener">')
    expect(item1).toContain('web.archive.org/web/20240514090500')
    expect(textOf(item1)).toContain('From 1 March a single adult fare will cost £1.80, down from £2.40.')
    expect(textOf(item1)).toContain('Reached 2024-05-15 11:30 UTC by phone')
    expect(textOf(item1)).toContain('Confirmed Both quotes, as printed.')
    expect(textOf(item1)).toContain('primary source: council release')
    expect(item1).toContain('<li class="done">')
    const item2 = report.slice(report.indexOf('id="item-2"'), report.indexOf('id="item-3"'))
    expect(item2).toContain('5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03')
  })

  test('a person source never shows its contact details (source protection)', () => {
    expect(report).not.toContain('+44 7700 900123')
  })

  test('quotes show their speaker; twins point at their twin', () => {
    expect(textOf(report.slice(report.indexOf('id="item-3"'), report.indexOf('id="item-4"')))).toContain('Speaker Amara Osei, Councillor, chair of the transport committee')
    expect(report.slice(report.indexOf('id="item-8"'))).toContain('<dt>Same fact as</dt><dd><a href="#item-1">[1]</a>')
  })

  test('dismissed and removed items are listed apart, briefly', () => {
    expect(text).toContain('Dismissed (not checked)')
    expect(report).toMatch(/<tr id="item-D1"><td>D1<\/td><td>Claim<\/td><td>Critics say/)
    expect(report).toMatch(/<tr id="item-R1"><td>R1<\/td><td>Claim<\/td><td>The committee meets monthly/)
  })

  test('queries open first; corrections and changes as word diffs', () => {
    const queries = report.slice(report.indexOf('id="queries"'))
    expect(queries.indexOf('Can we see the budget paper')).toBeLessThan(queries.indexOf('Where does £6.2 million come from?'))
    expect(queries).toContain('<del>£6.2</del><ins>£5.4</ins>')
    const changes = report.slice(report.indexOf('id="changes"'), report.indexOf('id="appendix"'))
    expect(changes).toContain('<del>2011,</del><ins>2009,</ins>')
    expect(changes).toContain('Removed from the draft')
  })

  test('the evidence appendix lists every source and every draft with hashes', () => {
    const appendix = report.slice(report.indexOf('id="appendix"'))
    for (const id of ['s1', 's2', 's3', 's4']) expect(appendix).toContain(`<code>${id}</code>`)
    expect(appendix).toContain('evidence/fares-to-fall.html')
    for (const draft of sampleCase().drafts) expect(appendix).toContain(draft.hash)
  })

  test('with one draft, the changes section says there is nothing to compare', () => {
    const caseFile = sampleCase()
    caseFile.drafts = [caseFile.drafts[1]]
    expect(textOf(html(caseFile))).toContain('Only one draft has been imported')
  })
})

describe('safety', () => {
  test('the document is self-contained with a locked-down CSP and print rules', () => {
    const report = html()
    expect(report).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`)
    expect(report).toContain('@media print')
    expect(report).toContain('break-before: page')
    expect(findActiveContent(report).problems).toEqual([])
  })

  test('a hostile case gives a report with no active content and no loads', () => {
    const report = html(hostileCase())
    const found = findActiveContent(report)
    expect(found.problems).toEqual([])
    expect(found.tags.has('script')).toBe(false)
    // The words are all still there, as text.
    const text = textOf(report)
    expect(text).toContain('<script>alert("x")</script>')
    expect(text).toContain('javascript:alert(document.domain)')
    expect(text).toContain('invoice⟦U+202E⟧gpj.exe')
    expect(report).not.toContain('\u202e')
    expect(report).not.toContain('href="javascript')
    expect(report).not.toContain('href="//evil')
  })

  test('status colours that try to break out of their style fall back to grey', () => {
    const report = html(hostileCase())
    const styles = [...report.matchAll(/style="([^"]*)"/g)].map((match) => match[1])
    expect(styles.length).toBeGreaterThan(10)
    for (const style of styles) expect(style).toMatch(/^--c:(#[0-9a-f]{3,8}|[a-z]+)$/)
    expect(report).not.toContain('evil.example/s.png')
    expect(report).toContain('--c:#9aa0a6')
  })

  test('random text in every field never yields active content', () => {
    const hostileChars = fc.constantFrom('<', '>', '"', "'", '`', '&', '/', '=', ' ', 'on', 'script', 'javascript:', '\u202e', '\u0000', 'style', '{', '}', '(', ')', 'a', '\n')
    const hostileText = fc.array(hostileChars, { minLength: 1, maxLength: 40 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, hostileText, (a, b, c, d) => {
        const article = articleOf({ author: d }, title(a), p(`${b} words ${c}`))
        const notes = [{ id: 'n', at: c, by: d, text: b }]
        const item = claim(article, 'words', { ...checkedInDraft2(), verdictNote: a, notes, speaker: { name: c, description: d, anonymous: false } })
        const caseFile = secondDraftCase(article, b, [item], [])
        caseFile.statuses[0].label = d
        caseFile.statuses[0].color = a
        const report = renderHtml(caseFile, { now: FIXED_NOW })
        expect(findActiveContent(report).problems).toEqual([])
      }),
      { numRuns: 150 }
    )
  })
})
