/**
 * The newsroom profile: saved through the API into the data folder, checked like a status edit, and
 * every case created afterwards starts with its statuses, ratings, checklists and report header; a damaged or
 * foreign profile is not used (the checker is told why) and nothing in it is lost.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_RATING_MAP, DEFAULT_STATUSES } from '../../src/shared/case'
import { callApi, createApiService } from '../../src/main/services/api'
import { loadProfile, profilePath, readProfile } from '../../src/main/services/profile'
import { DEFAULT_CHECKLISTS, DEFAULT_REPORT_HEADER } from '../../src/core/case/case-settings'
import { tempDir } from '../helpers/temp-dir'

const SAMPLE = join(__dirname, '..', '..', 'resources', 'sample-article.txt')
const LEGAL = {
  id: 'legal-review',
  label: 'Legal review',
  color: '#123456',
  description: 'With the lawyers.',
  resolved: false
}
const STATUSES = [...DEFAULT_STATUSES.filter((s) => s.id !== 'unverifiable'), LEGAL]
const RATINGS = [
  ...DEFAULT_RATING_MAP.filter((r) => r.status !== 'unverifiable'),
  { status: 'legal-review', ratingValue: 0, alternateName: 'Pending' }
]

function service(dataDir: string) {
  return createApiService({
    dataDir,
    resourcesDir: dirname(SAMPLE),
    mode: 'browser',
    now: () => new Date('2026-03-06T10:00:00Z')
  })
}

describe('the newsroom profile', () => {
  it('is saved in the data folder, and a case made afterwards starts with its statuses and ratings', async () => {
    const dataDir = tempDir()
    const api = service(dataDir)
    const saved = await api.saveProfile({ statuses: STATUSES, ratingMap: RATINGS })
    if (!saved.ok) throw new Error(saved.error.message)
    expect(saved.value.savedAt).toBe('2026-03-06T10:00:00.000Z')
    expect((await loadProfile(dataDir))?.statuses.map((s) => s.id)).toEqual(STATUSES.map((s) => s.id))
    const startup = await api.getStartup()
    if (!startup.ok || !startup.value.session) throw new Error('the sample did not open')
    const c = startup.value.session.case
    expect(c.statuses.map((s) => s.label)).toContain('Legal review')
    expect(c.statuses.map((s) => s.id)).not.toContain('unverifiable')
    expect(c.ratingMap).toContainEqual({ status: 'legal-review', ratingValue: 0, alternateName: 'Pending' })
  })

  it('refuses a profile without the statuses Factdesk sets, with duplicate labels, or with unknown fields', async () => {
    const api = service(tempDir())
    expect((await api.saveProfile({ statuses: STATUSES.filter((s) => s.id !== 'unchecked'), ratingMap: [] })).ok).toBe(
      false
    )
    const twice = STATUSES.map((s) => (s.id === 'legal-review' ? { ...s, label: 'Verified' } : s))
    expect((await api.saveProfile({ statuses: twice, ratingMap: [] })).ok).toBe(false)
    const extra = await callApi(api, 'saveProfile', { statuses: STATUSES, ratingMap: [], header: 'x' })
    expect(extra.ok).toBe(false)
  })

  it('keeps the flags of the statuses Factdesk sets and drops rating rows for statuses it lacks', async () => {
    const dataDir = tempDir()
    const api = service(dataDir)
    const flipped = STATUSES.map((s) => (s.id === 'needs-recheck' ? { ...s, resolved: true, system: false } : s))
    const saved = await api.saveProfile({
      statuses: flipped,
      ratingMap: [...RATINGS, { status: 'gone', ratingValue: 1, alternateName: 'X' }]
    })
    if (!saved.ok) throw new Error(saved.error.message)
    expect(saved.value.statuses.find((s) => s.id === 'needs-recheck')).toMatchObject({ resolved: false, system: true })
    expect(saved.value.ratingMap.map((r) => r.status)).not.toContain('gone')
  })

  it('holds checklists and the report header too, and a new case starts with them', async () => {
    const dataDir = tempDir()
    const api = service(dataDir)
    const checklists = { ...DEFAULT_CHECKLISTS, quote: [{ key: 'tape', label: 'Tape heard', hint: 'Where' }] }
    const reportHeader = { ...DEFAULT_REPORT_HEADER, newsroom: 'The Harbour Herald', logoText: 'THH' }
    const saved = await api.saveProfile({ statuses: STATUSES, ratingMap: RATINGS, checklists, reportHeader })
    if (!saved.ok) throw new Error(saved.error.message)
    const startup = await api.getStartup()
    if (!startup.ok || !startup.value.session) throw new Error('the sample did not open')
    const c = startup.value.session.case
    expect(c.checklists?.quote).toEqual(checklists.quote)
    expect(c.reportHeader).toEqual(reportHeader)
    expect(startup.value.session.notice).toBeUndefined()
    // Saving statuses alone (an older caller) keeps the checklists and header already in the profile.
    await api.saveProfile({ statuses: STATUSES, ratingMap: RATINGS })
    expect((await loadProfile(dataDir))?.reportHeader.newsroom).toBe('The Harbour Herald')
  })

  it('a damaged profile: new cases get the built-in settings, the checker is told, the file is left alone', async () => {
    const dataDir = tempDir()
    writeFileSync(profilePath(dataDir), '{"statuses": 3')
    expect(await loadProfile(dataDir)).toBeNull()
    const startup = await service(dataDir).getStartup()
    if (!startup.ok || !startup.value.session) throw new Error('the sample did not open')
    expect(startup.value.session.case.statuses.map((s) => s.id)).toEqual(DEFAULT_STATUSES.map((s) => s.id))
    expect(startup.value.session.case.checklists).toEqual(DEFAULT_CHECKLISTS)
    expect(startup.value.session.notice).toMatch(/newsroom profile .*profile\.json is not valid JSON.*built-in/)
    expect(readFileSync(profilePath(dataDir), 'utf8')).toBe('{"statuses": 3')
  })

  it('a foreign profile.json (another program’s) is not taken for one, and is kept when a profile is saved', async () => {
    const dataDir = tempDir()
    const foreign = '{"theme": "dark", "fontSize": 14}'
    writeFileSync(profilePath(dataDir), foreign)
    const reading = await readProfile(dataDir)
    expect(reading.profile).toBeNull()
    expect(reading.problem).toMatch(/is not a Factdesk newsroom profile/)
    const saved = await service(dataDir).saveProfile({ statuses: STATUSES, ratingMap: RATINGS })
    if (!saved.ok) throw new Error(saved.error.message)
    expect(saved.value.notice).toMatch(/kept as .*profile \(set aside 2026-03-06T10-00-00Z\)\.json/)
    const aside = readdirSync(dataDir).filter((name) => name.startsWith('profile (set aside'))
    expect(aside.map((name) => readFileSync(join(dataDir, name), 'utf8'))).toEqual([foreign])
    expect((await readProfile(dataDir)).problem).toBeNull()
  })

  it('uses the good parts of a profile with a bad one, and says which part was left out', async () => {
    const dataDir = tempDir()
    const header = { ...DEFAULT_REPORT_HEADER, newsroom: 'Herald' }
    writeFileSync(
      profilePath(dataDir),
      JSON.stringify({ statuses: STATUSES, ratingMap: RATINGS, checklists: { quote: 'x' }, reportHeader: header })
    )
    const reading = await readProfile(dataDir)
    expect(reading.problem).toMatch(/its checklists \(quote: .*\)\. New cases take the built-in value instead/)
    expect(reading.profile?.checklists).toEqual(DEFAULT_CHECKLISTS)
    expect(reading.profile?.reportHeader.newsroom).toBe('Herald')
    expect(reading.profile?.statuses.map((s) => s.id)).toContain('legal-review')
  })

  it('keeps the fields a newer Factdesk wrote into the profile', async () => {
    const dataDir = tempDir()
    writeFileSync(profilePath(dataDir), JSON.stringify({ statuses: STATUSES, ratingMap: RATINGS, styleGuide: 'AP' }))
    const saved = await service(dataDir).saveProfile({ statuses: STATUSES, ratingMap: [] })
    if (!saved.ok) throw new Error(saved.error.message)
    const onDisk = JSON.parse(readFileSync(profilePath(dataDir), 'utf8')) as Record<string, unknown>
    expect(onDisk.styleGuide).toBe('AP')
    expect(onDisk.ratingMap).toEqual([])
  })

  it('refuses a checklist with an empty step or a header line too long, and keeps the profile it had', async () => {
    const dataDir = tempDir()
    const api = service(dataDir)
    await api.saveProfile({ statuses: STATUSES, ratingMap: RATINGS })
    const before = readFileSync(profilePath(dataDir), 'utf8')
    const empty = { ...DEFAULT_CHECKLISTS, claim: [{ key: 'x', label: ' ', hint: '' }] }
    const refused = await api.saveProfile({ statuses: STATUSES, ratingMap: RATINGS, checklists: empty })
    expect(refused.ok ? 'ok' : refused.error.message).toMatch(/needs a label/)
    const long = { ...DEFAULT_REPORT_HEADER, contact: 'x'.repeat(300) }
    expect((await api.saveProfile({ statuses: STATUSES, ratingMap: RATINGS, reportHeader: long })).ok).toBe(false)
    expect(readFileSync(profilePath(dataDir), 'utf8')).toBe(before)
  })
})
