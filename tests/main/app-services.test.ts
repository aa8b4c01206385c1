import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createApiService } from '../../src/main/services/api'
import { appServices, type AppServiceOptions } from '../../src/main/services/app-services'
import { Capabilities } from '../../src/main/services/capabilities'
import { tempDir } from '../helpers/temp-dir'

const SAMPLE = join(__dirname, '..', '..', 'resources', 'sample-article.txt')

/** The article is named on the command line: a file the checker chose. */
async function openedSample(options: AppServiceOptions = {}) {
  const dataDir = tempDir()
  const article = join(tempDir(), 'water.txt')
  copyFileSync(SAMPLE, article)
  const capabilities = new Capabilities()
  const deps = { dataDir, resourcesDir: dirname(SAMPLE), mode: 'browser' as const, launchFile: article, capabilities }
  const api = createApiService({ ...deps, ...appServices(dataDir, options) })
  const session = await api.openFile({ path: article })
  if (!session.ok) throw new Error(session.error.message)
  return { api, article, capabilities, session: session.value }
}

describe('services wired into the API', () => {
  it('renders the HTML report preview without writing a file, and saves one on request', async () => {
    const { api, session } = await openedSample()
    const preview = await api.renderReport({ casePath: session.casePath, format: 'html', save: false })
    if (!preview.ok) throw new Error(preview.error.message)
    expect(preview.value.path).toBeNull()
    expect(preview.value.content).toContain('Harbourside water plant')
    const saved = await api.renderReport({ casePath: session.casePath, format: 'md', save: true })
    if (!saved.ok) throw new Error(saved.error.message)
    expect(saved.value.path).toBe(join(dirname(session.casePath), 'water.report.md'))
    expect(existsSync(saved.value.path!)).toBe(true)
  })

  it('prints PDFs with the printer it is given (Electron’s own Chromium in the desktop app)', async () => {
    const printed: string[] = []
    const printPdf = async (html: string, paperSize: string) => (
      printed.push(paperSize),
      new TextEncoder().encode(`%PDF ${html.length}`)
    )
    const { api, session } = await openedSample({ printPdf })
    const saved = await api.renderReport({ casePath: session.casePath, format: 'pdf', save: true })
    if (!saved.ok) throw new Error(saved.error.message)
    expect(printed).toEqual(['A4'])
    expect(readFileSync(saved.value.path!, 'utf8')).toMatch(/^%PDF \d+$/)
  })

  it('saves where the save dialog says, and nothing when it is cancelled', async () => {
    const elsewhere = join(tempDir(), 'checked.html')
    const answers: (string | null)[] = [elsewhere, null]
    const suggested: string[] = []
    const chooseReportPath = async (path: string) => (suggested.push(path), answers.shift() ?? null)
    const { api, session } = await openedSample({ chooseReportPath })
    const saved = await api.renderReport({ casePath: session.casePath, format: 'html', save: true })
    expect(saved.ok && saved.value).toEqual({ content: null, path: elsewhere })
    expect(readFileSync(elsewhere, 'utf8')).toContain('Harbourside water plant')
    const cancelled = await api.renderReport({ casePath: session.casePath, format: 'html', save: true })
    expect(cancelled.ok && cancelled.value).toEqual({ content: null, path: null })
    expect(suggested).toEqual([
      join(dirname(session.casePath), 'water.report.html'),
      join(dirname(session.casePath), 'water.report.html')
    ])
    expect(existsSync(suggested[0])).toBe(false)
  })

  it('imports a new draft: a dry run writes nothing, the real import saves draft 2', async () => {
    const { api, article, capabilities, session } = await openedSample()
    const next = join(dirname(article), 'water-v2.txt')
    writeFileSync(next, readFileSync(article, 'utf8').replace('$11.5 million last year', '$12 million last year'))
    capabilities.grantFile(next) // as a drop on the window or a pick in the import dialog does
    const before = readFileSync(session.casePath, 'utf8')
    const dry = await api.revise({ casePath: session.casePath, file: { path: next }, dryRun: true })
    if (!dry.ok) throw new Error(dry.error.message)
    expect(dry.value.summary.changed).toBeGreaterThan(0)
    expect(dry.value.session.fingerprint).toBe(session.fingerprint)
    expect(readFileSync(session.casePath, 'utf8')).toBe(before)
    const real = await api.revise({ casePath: session.casePath, file: { path: next }, dryRun: false })
    if (!real.ok) throw new Error(real.error.message)
    expect(real.value.session.case.drafts).toHaveLength(2)
    expect(real.value.session.fingerprint).not.toBe(session.fingerprint)
    const current = real.value.session.case.drafts.find((d) => d.id === real.value.session.case.currentDraftId)
    expect(current?.article.text).toContain('$12 million')
    expect(real.value.session.sentences.at(-1)!.end).toBeLessThanOrEqual(current!.article.text.length)
  })
})
