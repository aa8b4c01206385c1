import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createApiService } from '../../src/main/services/api'
import { appServices } from '../../src/main/services/app-services'
import { tempDir } from '../helpers/temp-dir'

const SAMPLE = join(__dirname, '..', '..', 'resources', 'sample-article.txt')

async function openedSample() {
  const dataDir = tempDir()
  const api = createApiService({ dataDir, resourcesDir: dirname(SAMPLE), mode: 'browser', ...appServices(dataDir) })
  const article = join(tempDir(), 'water.txt')
  copyFileSync(SAMPLE, article)
  const session = await api.openFile({ path: article })
  if (!session.ok) throw new Error(session.error.message)
  return { api, article, session: session.value }
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

  it('imports a new draft: a dry run writes nothing, the real import saves draft 2', async () => {
    const { api, article, session } = await openedSample()
    const next = join(dirname(article), 'water-v2.txt')
    writeFileSync(next, readFileSync(article, 'utf8').replace('$11.5 million last year', '$12 million last year'))
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
