import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parseArticle } from '../../../src/core/import/index'
import { extract } from '../../../src/core/extract/extract'
import { claimReviewsFromModel } from '../../../src/core/report/claimreview'
import { renderHtml } from '../../../src/core/report/html/document'
import { renderMarkdown } from '../../../src/core/report/markdown/document'
import { buildReportModel } from '../../../src/core/report/build-report'
import type { CaseFile } from '../../../src/shared/case'
import { engineCase, sha256 } from '../../helpers/builders'
import { reviseCase } from '../../../src/core/revisions/revise-case'
import { FIXED_NOW } from './fixture'

function debateCase(fileName = 'harbour-debate.txt'): CaseFile {
  const bytes = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/transcripts', fileName)))
  const parsed = parseArticle(fileName, bytes)
  if (!parsed.ok) throw new Error(parsed.error.message)
  const c = engineCase(parsed.value, extract(parsed.value), { fileName })
  // Two of Lindqvist's claims and one of Okafor's checked; the rest untouched.
  // (The captions hold the second and third only.)
  const checked = ['The pier cost', 'The ferry carried', 'The council spent'].flatMap((words) =>
    c.items.filter((item) => item.anchor.exact.startsWith(words))
  )
  return {
    ...c,
    items: c.items.map((item) => (checked.includes(item) ? { ...item, status: 'verified', state: 'accepted' } : item))
  }
}

describe('the report of a transcript', () => {
  test('groups the checked items by speaker, in the order they first speak, items in transcript order', () => {
    const model = buildReportModel(debateCase(), { now: FIXED_NOW })
    expect(
      model.bySpeaker?.map((group) => [group.name, group.entries.map((entry) => entry.text.slice(0, 17))])
    ).toEqual([
      ['OKAFOR', ['The ferry carried']],
      ['LINDQVIST', ['The council spent', 'The pier cost 2.1']]
    ])
  })

  test('HTML: a heading per speaker with the items one level down; Markdown the same', () => {
    const html = renderHtml(debateCase(), { now: FIXED_NOW })
    const speakers = [...html.matchAll(/<h3 class="speaker">([^<]+)/g)].map((m) => m[1]?.trim())
    expect(speakers).toEqual(['OKAFOR', 'LINDQVIST'])
    const okafor = html.slice(html.indexOf('<h3 class="speaker">OKAFOR'), html.indexOf('<h3 class="speaker">LINDQVIST'))
    expect(okafor).toContain('<h4>[')
    expect(okafor).toContain('The ferry carried 1.2 million passengers')
    expect(okafor).not.toContain('The pier cost')
    const markdown = renderMarkdown(debateCase(), { now: FIXED_NOW })
    expect(markdown.split('\n').filter((line) => /^###? /.test(line))).toEqual(
      expect.arrayContaining(['## Checked items (3)', '### OKAFOR (1)', '### LINDQVIST (2)'])
    )
    expect(markdown).toMatch(/### OKAFOR \(1\)\n\n#### \\\[\d+\\\] Verified/)
  })

  // The workspace shows each turn's caption time; the report did not, and the editor could not find the words in the
  // recording.
  test('from captions, each checked item says when it is spoken; a transcript without times says nothing', () => {
    const html = renderHtml(debateCase('harbour-debate.vtt'), { now: FIXED_NOW })
    expect(html).toContain('<p class="who">Claimed by Amara Okafor · at 0:05 in the recording</p>')
    expect(html).toContain('<p class="who">Claimed by Erik Lindqvist · at 0:12 in the recording</p>')
    expect(renderMarkdown(debateCase('harbour-debate.vtt'), { now: FIXED_NOW })).toContain(
      'Claimed by Amara Okafor · at 0:05 in the recording'
    )
    expect(renderHtml(debateCase(), { now: FIXED_NOW })).not.toContain('in the recording')
  })

  // The checked items are grouped under speakers, but the one-line lists of the rest did not say whose words they were.
  test('the lines of items not checked say who spoke them', () => {
    const html = renderHtml(debateCase(), { now: FIXED_NOW })
    const notChecked = html.slice(html.indexOf('<section id="not-checked">'))
    expect(notChecked).toMatch(/<span class="muted">Claim by (OKAFOR|LINDQVIST):<\/span>/)
    expect(notChecked).not.toMatch(/<span class="muted">Claim:<\/span>/)
    const markdown = renderMarkdown(debateCase(), { now: FIXED_NOW })
    expect(markdown).toMatch(/^- \\\[\d+\\\] Claim by (OKAFOR|LINDQVIST): /m)
  })

  test('an article keeps its items in article order, ungrouped', () => {
    const c = debateCase()
    const article = {
      ...c.drafts[0]!.article,
      blocks: c.drafts[0]!.article.blocks.map((b) => ({ kind: 'paragraph' as const, start: b.start, end: b.end }))
    }
    const model = buildReportModel({ ...c, drafts: [{ ...c.drafts[0]!, article }] }, { now: FIXED_NOW })
    expect(model.bySpeaker).toBeNull()
    const articleHtml = renderHtml({ ...c, drafts: [{ ...c.drafts[0]!, article }] }, { now: FIXED_NOW })
    expect(articleHtml).not.toContain('class="speaker"')
  })

  test('ClaimReview: a transcript appears as a CreativeWork (a debate is no news article), an article as a NewsArticle', () => {
    const c = debateCase()
    const appearances = (caseFile: CaseFile) =>
      claimReviewsFromModel(buildReportModel(caseFile, { now: FIXED_NOW })).map(
        (review) => review.itemReviewed.appearance['@type']
      )
    expect(appearances(c)).toEqual(['CreativeWork', 'CreativeWork', 'CreativeWork'])
    const article = {
      ...c.drafts[0]!.article,
      blocks: c.drafts[0]!.article.blocks.map((b) => ({ kind: 'paragraph' as const, start: b.start, end: b.end }))
    }
    expect(appearances({ ...c, drafts: [{ ...c.drafts[0]!, article }] })).toEqual([
      'NewsArticle',
      'NewsArticle',
      'NewsArticle'
    ])
  })
})

describe('the report of a transcript revised', () => {
  test('says which turns have a new speaker when their words did not change', () => {
    const c = debateCase()
    const raw = readFileSync(join(__dirname, '../../fixtures/transcripts/harbour-debate.txt'), 'utf8')
    // One of Lindqvist's turns given to Okafor in the corrected transcript, not a word changed.
    const turn = raw.indexOf('LINDQVIST: The council spent')
    const corrected = `${raw.slice(0, turn)}OKAFOR:${raw.slice(turn + 'LINDQVIST:'.length)}`
    const parsed = parseArticle('harbour-debate.txt', new TextEncoder().encode(corrected))
    if (!parsed.ok) throw new Error(parsed.error.message)
    const [first] = c.drafts
    expect(parsed.value.text).toBe(first.article.text)
    const revised: CaseFile = {
      ...c,
      drafts: [first, { ...first, id: 'd2', article: parsed.value }],
      currentDraftId: 'd2'
    }
    const model = buildReportModel(revised, { now: FIXED_NOW })
    expect(model.textChanges).toBe('No words changed; 1 turn has a new speaker: LINDQVIST → OKAFOR.')
    expect(renderMarkdown(revised, { now: FIXED_NOW })).toContain(
      'In the text: no words changed; 1 turn has a new speaker: LINDQVIST → OKAFOR.'
    )
  })
})

describe('the items to check again in a transcript', () => {
  test('are headed "the words or the speaker changed" when a line went to another speaker', () => {
    const c = debateCase()
    const raw = readFileSync(join(__dirname, '../../fixtures/transcripts/harbour-debate.txt'), 'utf8')
    const corrected = raw.replace('LINDQVIST: The council spent', 'OKAFOR: The council spent')
    const parsed = parseArticle('harbour-debate-2.txt', new TextEncoder().encode(corrected))
    if (!parsed.ok) throw new Error(parsed.error.message)
    const result = reviseCase(c, {
      article: parsed.value,
      hash: sha256(parsed.value.text),
      fileName: 'harbour-debate-2.txt',
      extraction: extract(parsed.value),
      checker: 'Ana',
      now: '2026-03-05T10:00:00.000Z'
    })
    if (!result.ok) throw new Error(result.error.message)
    const revised = result.value.case
    expect(renderMarkdown(revised, { now: FIXED_NOW })).toContain(
      '### To check again: the words or the speaker changed (1)'
    )
    expect(renderHtml(revised, { now: FIXED_NOW })).toContain('To check again: the words or the speaker changed (1)')
    expect(renderMarkdown(c, { now: FIXED_NOW })).not.toContain('To check again')
  })
})
