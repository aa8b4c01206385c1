import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { parseDocument, DomUtils } from 'htmlparser2'
import { renderHtml } from '../../../src/core/report/html/document'
import type { Item } from '../../../src/shared/case'
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

describe('a quote closed by a comma (“…,” said Osei)', () => {
  const penny = (item: Item) => item.id === 'i4'

  test('is shown without the comma, which is the sentence’s, in the item and its one-line entry', () => {
    const text = textOf(html())
    expect(text).toContain('Every penny of the cut is paid for by the parking levy Said by Amara Osei')
    expect(text).not.toContain('parking levy,')
  })

  test('a correction of it is diffed from the words inside the marks, comma and all: no comma is shown added', () => {
    const caseFile = sampleCase()
    const item = caseFile.items.find(penny)!
    item.status = 'incorrect'
    item.correction = {
      replacement: 'Every penny of the cut is paid for by the bus reserve,',
      at: '2024-05-15T12:00:00.000Z',
      by: 'Tom Becker'
    }
    const report = html(caseFile)
    expect(report).toContain('<del>parking levy,</del>\u2009<ins>bus reserve,</ins>')
  })
})

describe('what the report shows', () => {
  const report = html()
  const text = textOf(report)
  const page1 = report.slice(0, report.indexOf('id="items"'))

  test('header: title, author, checkers with the statuses each gave, article date, draft identity and report time', () => {
    const hash = sampleCase().drafts[1].hash
    expect(text).toContain('City to cut bus fares as ridership recovers')
    expect(text).toContain('Author Dana Whitlock')
    expect(text).toContain('Checked by Priya Raman (5 statuses) , Tom Becker (2 statuses)')
    expect(text).toContain('Article date 2024-05-14')
    expect(text).toContain(`${hash.slice(0, 12)} (SHA-256 of its text)`)
    expect(report).toContain(`title="${hash}"`)
    expect(text).toContain('Report made 2024-05-16 10:00 UTC')
    expect(text).toContain('draft 2 of 2')
  })

  test('page 1: the verdict, its reasons, the rule, then corrections, open queries, re-checks and counts', () => {
    const summary = textOf(page1)
    expect(summary).toContain('Not ready to publish')
    expect(summary).toContain('1 item is rated Incorrect and still in the draft: [5].')
    expect(summary).toContain('Ready to publish means: every claim and quote still in the current draft')
    // Incorrect and Misleading items with the suggested wording as a word diff, in article order.
    expect(summary.indexOf('Corrections (2)')).toBeGreaterThan(summary.indexOf('Ready to publish means'))
    expect(summary.indexOf('[2] Claim: Misleading')).toBeLessThan(summary.indexOf('[5] Claim: Incorrect'))
    expect(page1).toContain('<del>£6.2</del>\u2009<ins>£5.4</ins>')
    expect(summary).toContain('Council receipts show £5.4 million')
    // The open query, not the resolved one.
    expect(summary).toContain('Open queries to the writer (1)')
    expect(summary).toContain(
      '[4] Can we see the budget paper that ties the fare cut to the levy? — asked by Tom Becker'
    )
    expect(summary).not.toContain('Where does £6.2 million come from?')
    expect(summary).toContain('To check again: the words changed (1) [7] Claim: The city last cut fares in 2009')
    expect(page1).toMatch(/<span class="swatch" style="--c:#1e8e3e"><\/span>Verified 3<\/span>/)
  })

  test('checked items in article order, each with its sources, passages and links; no history without the appendix', () => {
    const items = report.slice(report.indexOf('id="items"'), report.indexOf('id="changes"'))
    expect([...items.matchAll(/<article class="item" id="item-(\w+)"/g)].map((match) => match[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '7',
      '8'
    ])
    const item1 = items.slice(items.indexOf('id="item-1"'), items.indexOf('id="item-2"'))
    expect(item1).toContain('<a href="https://www.riverton.example.gov/news/fares-to-fall" rel="noreferrer noopener">')
    expect(item1).toContain('web.archive.org/web/20240514090500')
    expect(textOf(item1)).toContain('From 1 March a single adult fare will cost £1.80, down from £2.40.')
    expect(textOf(item1)).toContain(
      'Amara Osei, Chair, transport committee · Person · Reached by phone 2024-05-15 11:30 UTC'
    )
    expect(textOf(item1)).toContain('Confirmed Both quotes, as printed.')
    expect(textOf(item1)).toContain('Primary source: council release')
    expect(item1).toContain('<li class="done">')
    expect(report).not.toContain('id="appendix"')
    expect(report).not.toContain('History of each item')
  })

  test('nothing empty is printed: no "None written", no "No passage recorded", no "Nothing recorded"', () => {
    for (const filler of ['None written', 'No passage recorded', 'Nothing recorded', 'No source linked.'])
      expect(text).not.toContain(filler)
    const item7 = textOf(report.slice(report.indexOf('id="item-7"'), report.indexOf('id="item-8"')))
    expect(item7).not.toContain('Sources')
    expect(item7).not.toContain('Notes')
  })

  test('a person source never shows its contact details (source protection)', () => {
    expect(report).not.toContain('+44 7700 900123')
  })

  test('a person source off the record is "Person source (on file)": no name, role, title or notes', () => {
    const caseFile = sampleCase()
    const s3 = caseFile.sources.find((source) => source.id === 's3')
    if (!s3?.person) throw new Error('fixture')
    s3.person.onRecord = false
    s3.person.name = 'Mira Kovac'
    s3.title = 'Mira Kovac, council press office'
    s3.notes = 'Kovac prefers text messages'
    const shared = [html(caseFile), renderHtml(caseFile, { now: FIXED_NOW, appendix: true })]
    for (const markup of shared) {
      const items = markup.slice(markup.indexOf('id="items"'))
      expect(textOf(items)).toContain('Person source (on file) · Reached by phone')
      expect(markup).not.toContain('Chair, transport committee')
      expect(markup).not.toContain('Kovac')
      expect(markup).not.toContain('prefers text messages')
      // Her passage still says what she confirmed.
      expect(items).toContain('Confirmed both quotes word for word from her speech notes.')
    }
  })

  test('quotes show their speaker; twins point at their twin', () => {
    expect(textOf(report.slice(report.indexOf('id="item-3"'), report.indexOf('id="item-4"')))).toContain(
      'Said by Amara Osei, Councillor, chair of the transport committee'
    )
    expect(report.slice(report.indexOf('id="item-8"'))).toContain('same fact as <a href="#item-1">[1]</a>')
  })

  test('unchecked, dismissed and removed items close the report, one line each', () => {
    const closing = textOf(report.slice(report.indexOf('id="not-checked"')))
    expect(closing).toContain(
      'Not checked yet (1) [6] Quote by one local business owner: Nobody asked the shops on Mill Street Dismissed'
    )
    expect(closing).toContain(
      'Dismissed: not to check (1) [D1] Claim: Critics say the plan will hurt small firms. · Priya Raman'
    )
    expect(closing).toContain(
      'No longer in the draft (1) [R1] Claim: The committee meets monthly at the Guildhall and votes in public. · was Unchecked'
    )
    expect(report).not.toContain('<article class="item" id="item-6"')
  })

  test('changes since the previous draft as word diffs', () => {
    const changes = report.slice(report.indexOf('id="changes"'), report.indexOf('id="not-checked"'))
    expect(changes).toContain('<del>2011,</del>\u2009<ins>2009,</ins>')
    expect(changes).toContain('Removed from the draft')
  })

  test('the appendix, when asked for: history as sentences, the evidence with hashes, the drafts and the checked copy', () => {
    const withAppendix = renderHtml(sampleCase(), { now: FIXED_NOW, appendix: true })
    const appendix = withAppendix.slice(withAppendix.indexOf('id="appendix"'))
    const words = textOf(appendix)
    expect(words).toContain('2024-05-14 09:10 UTC Priya Raman changed the status: Unchecked → Verified, on draft 1')
    expect(words).toContain('No longer in draft 2: kept with all its work')
    // The time never wraps ("Dr af t"): its cell does not break.
    expect(appendix).toContain('<td class="when">')
    expect(withAppendix).toMatch(/td\.when \{ white-space: nowrap;/)
    expect(appendix).toContain('evidence/fares-to-fall.html')
    for (const draft of sampleCase().drafts) expect(appendix).toContain(draft.hash)
    const copy = appendix.slice(appendix.indexOf('id="copy"'))
    for (let n = 1; n <= 8; n++) expect(copy).toContain(`href="#item-${n}"`)
    expect(copy).toContain(
      '<a class="marker" href="#item-5" style="--c:#d93025">[5]</a><span class="hl" style="--c:#d93025">The levy'
    )
    expect(copy).toMatch(/\[3\]<\/a><span class="hl quote" style="--c:#1e8e3e">We promised/)
  })

  test('with one draft, there is no changes section at all', () => {
    const caseFile = sampleCase()
    caseFile.drafts = [caseFile.drafts[1]]
    const markup = html(caseFile)
    expect(markup).not.toContain('id="changes"')
    expect(textOf(markup)).not.toContain('Changes since the previous draft')
  })
})

describe('safety', () => {
  test('the document is self-contained with a locked-down CSP and print rules', () => {
    const report = html()
    expect(report).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`
    )
    expect(report).toContain('@media print')
    expect(report).toContain('break-before: page')
    expect(findActiveContent(report).problems).toEqual([])
  })

  test('a hostile case gives a report with no active content and no loads', () => {
    const report = renderHtml(hostileCase(), { now: FIXED_NOW, appendix: true })
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
    const hostileChars = fc.constantFrom(
      '<',
      '>',
      '"',
      "'",
      '`',
      '&',
      '/',
      '=',
      ' ',
      'on',
      'script',
      'javascript:',
      '\u202e',
      '\u0000',
      'style',
      '{',
      '}',
      '(',
      ')',
      'a',
      '\n'
    )
    const hostileText = fc.array(hostileChars, { minLength: 1, maxLength: 40 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, hostileText, (a, b, c, d) => {
        const article = articleOf({ author: d }, title(a), p(`${b} words ${c}`))
        const notes = [{ id: 'n', at: c, by: d, text: b }]
        const item = claim(article, 'words', {
          ...checkedInDraft2(),
          verdictNote: a,
          notes,
          speaker: { name: c, description: d, anonymous: false }
        })
        const caseFile = secondDraftCase(article, b, [item], [])
        caseFile.statuses[0].label = d
        caseFile.statuses[0].color = a
        const report = renderHtml(caseFile, { now: FIXED_NOW, appendix: true })
        expect(findActiveContent(report).problems).toEqual([])
      }),
      { numRuns: 150 }
    )
  })
})
