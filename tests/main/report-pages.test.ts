/**
 * How long the printed report is: our own 645-word story with 10 items checked (statuses,
 * sources, passages, notes, a query, corrections) prints on at most 8 A4 pages, page 1 holding the
 * corrections and the open query. Printed by the machine's Chromium, pages counted by pdf.js.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { createCase } from '../../src/core/case/create-case'
import { addNote, addQuery, setCorrection, setVerdictNote } from '../../src/core/case/ops-notes'
import { setStatus } from '../../src/core/case/ops-status'
import { addSource, linkSource } from '../../src/core/case/ops-sources'
import { extract } from '../../src/core/extract/extract'
import { parseArticle } from '../../src/core/import/index'
import { renderTextReport } from '../../src/core/report/render'
import { chromiumPdfPrinter, findChromium } from '../../src/main/services/export'
import type { CaseFile } from '../../src/shared/case'
import type { Result } from '../../src/shared/result'

const STORY = join(import.meta.dirname, '../fixtures/articles/harbour-ferry.txt')
const ctx = { by: 'Ana Lopes', at: '2024-05-21T10:00:00.000Z' }
const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** The story with its first ten claims checked the way a checker leaves them at the end of a day. */
function checkedStory(): CaseFile {
  const text = readFileSync(STORY)
  const article = value(parseArticle('harbour-ferry.txt', new Uint8Array(text)))
  let c = createCase({
    article,
    extraction: extract(article),
    hash: 'b'.repeat(64),
    fileName: 'harbour-ferry.txt',
    articlePath: '',
    now: ctx.at,
    caseId: 'ferry'
  })
  const added = value(
    addSource(
      c,
      {
        kind: 'document',
        title: 'Tallis Sound Ferries annual accounts 2023',
        publisher: 'Tallis Sound Ferries',
        passage: 'Return journeys: 310,412 (2019: 345,020). Fuel: £1,104,000.',
        filePath: 'harbour-ferry.txt.evidence/accounts-2023.pdf',
        sha256: 'c'.repeat(64)
      },
      ctx
    )
  )
  c = added.case
  const person = value(
    addSource(
      c,
      {
        kind: 'person',
        person: {
          name: 'Harriet Venn',
          role: 'authority press officer',
          contact: '01234 567890',
          reachedAt: '2024-05-21',
          channel: 'phone',
          confirmed: 'The subsidy is £600,000 a year.',
          onRecord: false
        }
      },
      ctx
    )
  )
  c = person.case
  const claims = c.items.filter((item) => item.kind === 'claim').slice(0, 10)
  const statuses = [
    'verified',
    'verified',
    'incorrect',
    'verified',
    'misleading',
    'verified',
    'unverifiable',
    'verified',
    'in-progress',
    'verified'
  ]
  claims.forEach((claim, index) => {
    c = value(setStatus(c, claim.id, statuses[index], ctx))
    c = value(linkSource(c, claim.id, index % 3 === 0 ? person.id : added.id, ctx))
    c = setVerdictNote(c, claim.id, 'Checked against the company accounts and the authority.', ctx)
    c = value(addNote(c, claim.id, 'Figures match the accounts, page 12.', ctx))
    if (statuses[index] === 'incorrect' || statuses[index] === 'misleading')
      c = setCorrection(c, claim.id, claim.anchor.exact.replace(/\d/, '9'), ctx)
  })
  return value(addQuery(c, claims[8].id, 'Which year do the 341 days refer to?', ctx))
}

async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const document = await pdfjs.getDocument({ data: pdf, isEvalSupported: false }).promise
  const pages: string[] = []
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent()
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join('')
        .replace(/\s+/g, '')
    )
  }
  await document.destroy()
  return pages
}

describe('the printed report', () => {
  test.skipIf(!findChromium())(
    'a 645-word story with 10 items checked fits 8 A4 pages; page 1 holds corrections and the open query',
    async () => {
      expect(readFileSync(STORY, 'utf8').split(/\s+/).filter(Boolean)).toHaveLength(645)
      const caseFile = checkedStory()
      const html = renderTextReport(caseFile, 'html', { now: new Date(ctx.at), paperSize: 'A4' })
      const pages = await pageTexts(await chromiumPdfPrinter(html, 'A4', { title: 'Verification report' }))
      expect(pages.length).toBeLessThanOrEqual(8)
      expect(pages[0]).toContain('Corrections(2)')
      expect(pages[0]).toContain('Openqueriestothewriter(1)')
      expect(pages[0]).toContain('Whichyeardothe341daysreferto?')
      expect(pages.join('')).not.toContain('Venn')
      expect(pages.join('')).toContain('Personsource(onfile)')
    },
    120_000
  )
})
