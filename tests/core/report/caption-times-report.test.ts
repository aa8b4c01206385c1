/**
 * The report of a captioned debate: each item says when the recording speaks it, at the time of the caption its
 * words begin in, so the editor finds it in the video without replaying the whole turn.
 */
import { describe, expect, test } from 'vitest'
import { parseArticle } from '../../../src/core/import/index'
import { extract } from '../../../src/core/extract/extract'
import { renderHtml } from '../../../src/core/report/html/document'
import { renderMarkdown } from '../../../src/core/report/markdown/document'
import type { CaseFile } from '../../../src/shared/case'
import { engineCase } from '../../helpers/builders'
import { FIXED_NOW } from './fixture'

const CAPTIONS = [
  'WEBVTT',
  '',
  '00:01:28.000 --> 00:01:33.500',
  '<v Chair>Now to health. Councillor Moss, please.',
  '',
  '00:01:34.500 --> 00:01:37.000',
  '<v Dana Moss>The clinic opened in a rented hall in 2019 with 12 staff.',
  '',
  '00:01:37.000 --> 00:01:41.500',
  'Its budget was cut by 8 percent in 2023.',
  '',
  '00:01:42.000 --> 00:01:47.000',
  'It now sees 640 patients a week, twice the number it was built for.',
  '',
  '00:01:47.200 --> 00:01:52.000',
  'The waiting list grew to 1,900 names last year.',
  ''
].join('\n')

/** The clinic debate with the claims whose words start as `checked` do given a status. */
function clinicCase(checked: string[]): CaseFile {
  const parsed = parseArticle('clinic.vtt', new TextEncoder().encode(CAPTIONS))
  if (!parsed.ok) throw new Error(parsed.error.message)
  const c = engineCase(parsed.value, extract(parsed.value), { fileName: 'clinic.vtt' })
  const isChecked = (exact: string) => checked.some((words) => exact.startsWith(words))
  return {
    ...c,
    items: c.items.map((item) =>
      isChecked(item.anchor.exact) ? { ...item, status: 'verified', state: 'accepted' } : item
    )
  }
}

describe('caption times in the report', () => {
  test("a checked claim in a turn's third caption says that caption's time, not the turn's", () => {
    const c = clinicCase(['It now sees 640'])
    expect(c.items.map((item) => item.anchor.exact.slice(0, 15))).toContain('It now sees 640')
    const html = renderHtml(c, { now: FIXED_NOW })
    expect(html).toContain('<p class="who">Claimed by Dana Moss · at 1:42 in the recording</p>')
    expect(html).not.toContain('<p class="who">Claimed by Dana Moss · at 1:34 in the recording</p>')
    expect(renderMarkdown(c, { now: FIXED_NOW })).toContain('Claimed by Dana Moss · at 1:42 in the recording')
  })

  // The checked items said when the recording speaks them; the lines of the items nobody checked did not, and the
  // editor had to find those in the video by their words.
  test('the lines of items not checked yet say when they are spoken too, in HTML and Markdown', () => {
    const c = clinicCase(['It now sees 640'])
    const html = renderHtml(c, { now: FIXED_NOW })
    const notChecked = html.slice(html.indexOf('<section id="not-checked">'))
    expect(notChecked).toMatch(
      /Its budget was cut by 8 percent in 2023\. <span class="muted">· at 1:37 in the recording</
    )
    expect(notChecked).toMatch(/The waiting list grew[^<]*<span class="muted">· at 1:47 in the recording</)
    const markdown = renderMarkdown(c, { now: FIXED_NOW })
    expect(markdown).toMatch(
      /^- \\\[\d+\\\] Claim by Dana Moss: Its budget was cut by 8 percent in 2023\. · at 1:37 in the recording$/m
    )
  })
})
