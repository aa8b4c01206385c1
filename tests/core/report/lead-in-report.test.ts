/**
 * In the report, a checked claim the engine cut from the middle of its sentence ("…, which staff said would raise
 * $3.4 million") is printed after the words of its sentence before it, set apart from the claim, so an editor reads
 * what "which" refers to. A claim that starts its sentence is printed as before.
 */
import { describe, expect, test } from 'vitest'
import { extract } from '../../../src/core/extract/extract'
import { renderHtml } from '../../../src/core/report/html/document'
import { renderMarkdown } from '../../../src/core/report/markdown/document'
import type { CaseFile } from '../../../src/shared/case'
import { engineCase, paragraphs } from '../../helpers/builders'
import { FIXED_NOW } from './fixture'

const article = paragraphs(
  'Households in Lake Harlow will pay 18% more for water from March, the utilities board said on Wednesday.',
  'The board voted 4-1 to approve the increase, which staff said would raise about $3.4 million a year toward ' +
    'replacing 2,100 lead service lines.'
)

/** Every claim verified, so each is printed whole in the report's checked items. */
function checkedCase(): CaseFile {
  const c = engineCase(article, extract(article))
  return { ...c, items: c.items.map((item) => ({ ...item, status: 'verified', state: 'accepted' as const })) }
}

describe('lead-in of a cut claim in the report', () => {
  test('HTML prints the words before the claim inside its block, in a span of their own', () => {
    const html = renderHtml(checkedCase(), { now: FIXED_NOW })
    expect(html).toContain(
      '<blockquote class="said"><span class="lead-in" title="The words before it in its sentence">The board voted 4-1 ' +
        'to approve the increase,</span> which staff said would raise about $3.4 million'
    )
    expect(html).toContain('<blockquote class="said">The board voted 4-1 to approve the increase</blockquote>')
  })

  test('Markdown prints them on a line of their own before the quoted claim', () => {
    const markdown = renderMarkdown(checkedCase(), { now: FIXED_NOW })
    expect(markdown).toContain(
      '_Before it in its sentence:_ The board voted 4-1 to approve the increase,\n\n> which staff said would raise'
    )
    expect(markdown.match(/_Before it in its sentence:_/g)).toHaveLength(1)
  })

  test('one-line lists (what nobody checked, page 1) open a cut claim on its lead-in’s last words, set apart', () => {
    const open = engineCase(article, extract(article))
    const html = renderHtml(open, { now: FIXED_NOW })
    expect(html).toContain(
      '<span class="lead-in" title="The words before it in its sentence">…4-1 to approve the increase,</span> which ' +
        'staff said would raise'
    )
    const markdown = renderMarkdown(open, { now: FIXED_NOW })
    expect(markdown).toContain(': _…4-1 to approve the increase,_ which staff said would raise')
    // The claim that starts its sentence is listed as it was.
    expect(markdown).toMatch(/: The board voted 4-1 to approve the increase\n/)
  })
})
