import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { defaultReportPath, exportReport, findChromium, type PdfPrinter } from '../../src/main/services/export'
import { FIXED_NOW } from '../core/report/fixture'
import { sampleCase } from '../core/report/sample-case'

const tempDir = () => mkdtempSync(join(tmpdir(), 'factdesk-export-'))
const base = { casePath: null, paperSize: 'A4' as const, now: FIXED_NOW }

/** Pages in a PDF: page objects are "/Type /Page" (the tree nodes are "/Type /Pages"). */
function pdfPageCount(bytes: Buffer): number {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?!s)\b/g) ?? []).length
}

describe('text formats', () => {
  test('without an output path the content comes back', async () => {
    const result = await exportReport({ ...base, case: sampleCase(), format: 'md', out: null })
    expect(result.ok && result.value.path).toBe(null)
    expect(result.ok && result.value.content).toContain('# Verification report: City to cut bus fares')
  })

  test('with an output path the file is written (CSV keeps its BOM) and nothing else is left behind', async () => {
    const dir = tempDir()
    const out = join(dir, 'report.csv')
    const result = await exportReport({ ...base, case: sampleCase(), format: 'csv', out })
    expect(result).toEqual({ ok: true, value: { content: null, path: out } })
    const bytes = readFileSync(out)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(readdirSync(dir)).toEqual(['report.csv'])
  })

  test('replaces an existing report whole', async () => {
    const dir = tempDir()
    const out = join(dir, 'report.html')
    writeFileSync(out, 'old report')
    await exportReport({ ...base, case: sampleCase(), format: 'html', out })
    expect(readFileSync(out, 'utf8').startsWith('<!doctype html>')).toBe(true)
  })

  test('a folder that does not exist is a clear error naming the path', async () => {
    const out = join(tempDir(), 'missing', 'report.html')
    const result = await exportReport({ ...base, case: sampleCase(), format: 'html', out })
    expect(result).toEqual({
      ok: false,
      error: { code: 'write-failed', message: `Could not write the report to ${out}: its folder does not exist.` }
    })
  })
})

describe('PDF', () => {
  const originalChromium = process.env.FACTDESK_CHROMIUM
  afterEach(() => {
    if (originalChromium === undefined) delete process.env.FACTDESK_CHROMIUM
    else process.env.FACTDESK_CHROMIUM = originalChromium
  })

  test('an injected printer (Electron) gets the report HTML, the paper size and the title', async () => {
    const calls: Array<{ html: string; paper: string; title?: string }> = []
    const printer: PdfPrinter = async (html, paper, footer) => {
      calls.push({ html, paper, title: footer?.title })
      return new TextEncoder().encode('%PDF-1.4 fake')
    }
    const out = join(tempDir(), 'r.pdf')
    const result = await exportReport(
      { ...base, case: sampleCase(), format: 'pdf', out, paperSize: 'Letter' },
      { printer }
    )
    expect(result).toEqual({ ok: true, value: { content: null, path: out } })
    expect(calls).toHaveLength(1)
    expect(calls[0].paper).toBe('Letter')
    expect(calls[0].title).toBe('Verification report: City to cut bus fares as ridership recovers')
    expect(calls[0].html).toContain('@page { size: Letter;')
    expect(readFileSync(out, 'latin1')).toBe('%PDF-1.4 fake')
  })

  test('without an output path it goes beside the case, or asks for one', async () => {
    const dir = tempDir()
    const printer: PdfPrinter = async () => new Uint8Array([37, 80, 68, 70])
    const casePath = join(dir, 'story.docx.factdesk.json')
    const beside = await exportReport({ ...base, case: sampleCase(), casePath, format: 'pdf', out: null }, { printer })
    expect(beside).toEqual({ ok: true, value: { content: null, path: join(dir, 'story.report.pdf') } })
    const nowhere = await exportReport({ ...base, case: sampleCase(), format: 'pdf', out: null }, { printer })
    expect(nowhere.ok || nowhere.error.code).toBe('out-required')
  })

  test('a printer failure is reported and writes nothing', async () => {
    const out = join(tempDir(), 'r.pdf')
    const result = await exportReport(
      { ...base, case: sampleCase(), format: 'pdf', out },
      { printer: async () => Promise.reject(new Error('renderer crashed\nstack…')) }
    )
    expect(result).toEqual({
      ok: false,
      error: { code: 'pdf-failed', message: 'Could not make the PDF report: renderer crashed' }
    })
    expect(existsSync(out)).toBe(false)
  })

  test('no Chromium: a clear message saying what to install or set', async () => {
    process.env.FACTDESK_CHROMIUM = '/nonexistent/chromium'
    const result = await exportReport({ ...base, case: sampleCase(), format: 'pdf', out: join(tempDir(), 'r.pdf') })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('no-chromium')
      expect(result.error.message).toContain('FACTDESK_CHROMIUM=/nonexistent/chromium')
      expect(result.error.message).toContain('install Chromium or set FACTDESK_CHROMIUM')
    }
  })

  const chromium = findChromium()
  if (!chromium) console.log('export.test: skipping the real PDF test: no Chromium found (set FACTDESK_CHROMIUM)')
  test.skipIf(!chromium)(
    'headless Chromium prints a real PDF with pages',
    async () => {
      const out = join(tempDir(), 'sample.pdf')
      const result = await exportReport({ ...base, case: sampleCase(), format: 'pdf', out })
      expect(result).toEqual({ ok: true, value: { content: null, path: out } })
      const bytes = readFileSync(out)
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
      expect(pdfPageCount(bytes)).toBeGreaterThan(2)
    },
    60_000
  )
})

describe('defaultReportPath', () => {
  test.each([
    ['/desk/story.docx.factdesk.json', 'pdf', '/desk/story.report.pdf'],
    ['/desk/story.docx', 'pdf', '/desk/story.report.pdf'],
    ['/desk/notes.factdesk.json', 'claimreview', '/desk/notes.report.claimreview.jsonld'],
    ['/desk/README', 'md', '/desk/README.report.md']
  ] as const)('%s (%s) → %s', (input, format, expected) => {
    expect(defaultReportPath(input, format)).toBe(expected)
  })
})

describe('a report never replaces a checker’s work', () => {
  test('an output path naming the case file, any case file, or the article it checks is refused, nothing written', async () => {
    const dir = tempDir()
    const article = join(dir, 'story.txt')
    const casePath = `${article}.factdesk.json`
    const other = join(dir, 'other.txt.factdesk.json')
    for (const [path, text] of [
      [article, 'The draft.'],
      [casePath, '{"the case": true}'],
      [other, '{"another case": true}']
    ])
      writeFileSync(path, text)
    const link = join(dir, 'report.json')
    symlinkSync(casePath, link)
    const input = { ...base, case: { ...sampleCase(), articlePath: article }, casePath, format: 'json' as const }
    for (const [out, what] of [
      [casePath, 'a case file'],
      [other, 'a case file'],
      [article, 'the article this case checks'],
      [link, 'a case file']
    ]) {
      const result = await exportReport({ ...input, out })
      expect(result.ok ? 'written' : result.error.message).toBe(
        `Report not written: ${out} is ${what}, which a report never replaces. Choose another file for the report.`
      )
    }
    expect(readFileSync(casePath, 'utf8')).toBe('{"the case": true}')
    expect(readFileSync(other, 'utf8')).toBe('{"another case": true}')
    expect(readFileSync(article, 'utf8')).toBe('The draft.')
    expect(readdirSync(dir).sort()).toEqual([
      'other.txt.factdesk.json',
      'report.json',
      'story.txt',
      'story.txt.factdesk.json'
    ])
  })
})
